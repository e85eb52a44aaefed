// The shape of a guided check's texts in one language, by flow id and field id (never by position), so a flow can
// change its order without its translations going astray. Choice labels shared by every flow (yes/no/unsure, the
// technology areas) and help shared by a field id in every flow are given once, at the top.
export interface FieldTexts {
  label: string;
  question: string;
  help?: string;
  choices?: Record<string, string>;
}

export interface FlowTextSet {
  title: string;
  summary: string;
  fields: Record<string, Partial<FieldTexts>>;
}

export interface FlowTexts {
  /** Labels of choices with the same value in every flow. */
  choices: Record<string, string>;
  /** Texts of fields with the same id and words in every flow. */
  fields: Record<string, Partial<FieldTexts>>;
  flows: Record<string, FlowTextSet>;
}
