// A risk rule, as data: when it fires, how serious it is, why (one line), what it rests on, and what helps.
import type { Condition } from '../condition.js';

export type RiskLevel = 'low' | 'medium' | 'high';

export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

/** A corpus document a rule rests on; `section` picks the passage whose heading contains it. */
export interface DocumentReference {
  document: string;
  section?: string;
}

/**
 * The factor a rule speaks to, after the Dutch what / where / who factors: "what" is the research or technology,
 * "where" the country, "who" the organisation, "how" the arrangements (agreements, access, disclosure, devices).
 */
export type RiskFactor = 'what' | 'where' | 'who' | 'how';

export interface RiskRule {
  id: string;
  factor: RiskFactor;
  level: RiskLevel;
  when: Condition;
  /**
   * One line; `{match}` is replaced by the list entries that matched and `{detail}` by what their data says (from
   * data files, never user text).
   */
  reason: string;
  basis: DocumentReference[];
  /** `{match}` and `{advice}` (the matched countries' travel-advice pages) are filled in as in `reason`. */
  mitigations: string[];
  /** Sends the appraisal to the desk whatever the overall level. */
  escalate?: boolean;
}

/** Fires when, for every group of factors, a flag on one of them fired (Canada's partner × research matrix). */
export interface CombinationRule {
  id: string;
  requires: RiskFactor[][];
  /** Only flags at or above this level count towards the combination. */
  minimumLevel: RiskLevel;
  level: RiskLevel;
  reason: string;
  basis: DocumentReference[];
  mitigations: string[];
  escalate?: boolean;
}

export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

export function highestLevel(levels: RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>((highest, level) => (levelRank(level) > levelRank(highest) ? level : highest), 'low');
}
