// A question in a flow, as data: what to ask, how an answer is recognised (kind, choices) and validated (schema).
import type { z } from 'zod';
import type { Condition } from './condition.js';

export type FieldKind = 'choice' | 'yes-no-unsure' | 'text' | 'date' | 'multi';

/** A stored answer: one value (choice, yes/no/unsure, text, YYYY-MM-DD date) or several (multi). */
export type AnswerValue = string | string[];

export interface FieldChoice {
  /** Stable value stored in state and matched by rules (kebab-case). */
  value: string;
  label: string;
  /** Other words a user may type for this choice. */
  synonyms?: string[];
}

export interface FieldDefinition {
  /** Stable id: answers are stored under it, so never reuse an id for a different question. */
  id: string;
  /** Short name for summaries and `change <field>`. */
  label: string;
  question: string;
  help: string;
  kind: FieldKind;
  choices?: FieldChoice[];
  /** The data list the choices come from: they follow the list in use (bind-lists.ts). */
  choicesFrom?: string;
  /** Asked only when this holds on earlier answers. */
  when?: Condition;
  optional?: boolean;
  /** Validates a recognised value; results are data (safeParse), never exceptions. */
  schema: z.ZodType<AnswerValue>;
}

export const NONE_VALUE = 'none';
