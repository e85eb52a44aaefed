// The result of a check before it is rendered: flags with their basis, mitigations, next steps, and escalation.
import type { Jurisdiction } from '../../config.js';
import { en } from '../../i18n/catalog-en.js';
import type { ContactPoint } from '../../knowledge/contact-points.js';
import type { DocumentReference, RiskFactor, RiskLevel } from '../rules/risk-rule.js';

export interface RaisedFlag {
  id: string;
  factor: RiskFactor | 'combination' | 'policy';
  level: RiskLevel;
  reason: string;
  basis: DocumentReference[];
  mitigations: string[];
  escalate: boolean;
}

export interface NextStep {
  text: string;
  basis: DocumentReference[];
}

export interface Appraisal {
  flowId: string;
  level: RiskLevel;
  flags: RaisedFlag[];
  mitigations: string[];
  nextSteps: NextStep[];
  escalate: boolean;
}

/** What the appraisal needs from the institution's configuration and the corpus. */
export interface AppraisalSettings {
  deskName: string;
  institutionName: string;
  institutionJurisdiction?: Jurisdiction;
  /** Days of notice the institution asks before a deadline (0: none set). */
  noticeDays: number;
  /** Terms that always send a check to the desk (case-insensitive substrings of answers). */
  escalateTechnologies: string[];
  escalatePartners: string[];
  contactPoints: ContactPoint[];
  /** YYYY-MM-DD. */
  today: string;
}

/** The last next step of every appraisal (English; the catalogs give it in the researcher's language). */
export const NOT_A_CLEARANCE = en.notAClearance;
