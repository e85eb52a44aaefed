// The platform-neutral reply model. Every channel renderer maps every block kind.

export interface Citation {
  /** Number shown in the answer text as [n]. */
  n: number;
  /** Passage (chunk) id, e.g. `nl-contact-point#who-can-ask`. */
  id: string;
  documentId: string;
  title: string;
  section?: string;
  publisher: string;
  date: string;
  url: string;
  jurisdiction: string;
  /** The passage text the answer draws on. */
  excerpt: string;
  /** True when the cited document is past its review_by date. */
  stale?: boolean;
}

export interface ChoiceOption {
  label: string;
  verb: string;
  value?: string;
  style?: 'primary' | 'danger';
}

export type FormFieldKind = 'text' | 'textarea' | 'select' | 'multiselect' | 'date' | 'email';

export interface FormField {
  id: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  help?: string;
  placeholder?: string;
  initial?: string | string[];
  maxLength?: number;
  options?: { label: string; value: string }[];
  /** A validation error to show on this field, when the form is shown again. */
  error?: string;
  /** Carried from the context (the ticket being replied to): never asked, sent back unchanged as `initial`. */
  hidden?: boolean;
}

export interface AppraisalFlagView {
  id: string;
  level: 'low' | 'medium' | 'high';
  reason: string;
  /** Citation numbers in the block's citation list. */
  citations: number[];
}

export interface AppraisalView {
  flow: string;
  flowTitle: string;
  level: 'low' | 'medium' | 'high';
  flags: AppraisalFlagView[];
  mitigations: string[];
  nextSteps: string[];
  escalate: boolean;
  citations: Citation[];
  /** Labels and headings in this language (en, nl, de, fr); absent: English, as the desk reads it. */
  language?: string;
}

export type TicketStatus = 'new' | 'in_review' | 'needs_info' | 'advice_given' | 'closed';

export interface TicketView {
  id: string;
  subject: string;
  status: TicketStatus;
  priority: 'low' | 'medium' | 'high';
  requester: string;
  assignee?: string;
  deadline?: string;
  flags?: string[];
  updatedAt: string;
}

export type Block =
  | { kind: 'text'; markdown: string }
  | { kind: 'citations'; items: Citation[] }
  | {
      kind: 'choices';
      prompt?: string;
      display: 'buttons' | 'select';
      options: ChoiceOption[];
      /** The options repeat the numbered list in the text just above, in order: a text channel does not print them again. */
      mirrorsList?: boolean;
    }
  | { kind: 'form'; verb: string; title: string; submitLabel: string; intro?: string; fields: FormField[] }
  | { kind: 'appraisal'; appraisal: AppraisalView }
  | { kind: 'ticket'; ticket: TicketView; actions?: ChoiceOption[] }
  | { kind: 'context'; text: string };

export type BlockKind = Block['kind'];

/** The values of a form's fields carried from the context (hidden): a channel sends them back with the answers. */
export function carriedValues(form: Extract<Block, { kind: 'form' }>): Record<string, string> {
  const carried: Record<string, string> = {};
  for (const field of form.fields)
    if (field.hidden && typeof field.initial === 'string') carried[field.id] = field.initial;
  return carried;
}

export const BLOCK_KINDS: readonly BlockKind[] = [
  'text',
  'citations',
  'choices',
  'form',
  'appraisal',
  'ticket',
  'context',
] as const;

export interface Reply {
  visibility: 'public' | 'private';
  blocks: Block[];
  /** Plain text for notifications and for clients that cannot show blocks. */
  fallbackText: string;
  /** Set on answers so channels can record feedback against them. */
  answerId?: string;
}

export const DISCLAIMER = 'Guidance, not legal advice: an appraisal is never a clearance; your advice desk decides.';

export function textReply(markdown: string, visibility: Reply['visibility'] = 'public'): Reply {
  return { visibility, blocks: [{ kind: 'text', markdown }], fallbackText: markdown };
}
