// A guided check is data: its questions, the rules that appraise the answers, and the steps to suggest.
import type { Jurisdiction } from '../config.js';
import type { Condition } from './condition.js';
import type { DataLists } from './data/lists.js';
import type { FieldDefinition } from './field.js';
import type { CombinationRule, DocumentReference, RiskRule } from './rules/risk-rule.js';

export interface NextStepTemplate {
  /** Shown when this holds on the answers; always when absent. */
  when?: Condition;
  /** Shown only when the appraisal goes to the desk (true) or does not (false). */
  escalated?: boolean;
  /** Shown only to institutions in these jurisdictions (or with none configured). */
  jurisdictions?: Jurisdiction[];
  /** `{desk}` is replaced by the desk's configured name. */
  text: string;
  basis?: DocumentReference[];
}

export interface FlowDefinition {
  id: string;
  title: string;
  /** One line for the list of checks. */
  summary: string;
  /** Other words that start this flow with `check <word>`. */
  aliases: string[];
  fields: FieldDefinition[];
  rules: RiskRule[];
  combinations: CombinationRule[];
  nextSteps: NextStepTemplate[];
  /** The field holding the researcher's deadline (YYYY-MM-DD), passed to the desk. */
  deadlineField?: string;
  /** The data lists its conditions and list-fed choices use: those in use when the flow was bound (bind-lists.ts). */
  lists?: DataLists;
}
