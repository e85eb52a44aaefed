// What one feature leaves in conversation state for another: an answer or a finished appraisal that
// "Ask the advice desk" / "Send to the advice desk" turns into a ticket.
import type { AppraisalView } from './reply.js';

export interface StoredAnswer {
  question: string;
  answer: string;
  outcome: 'answered' | 'no-grounding' | 'declined' | 'refused';
  citations: { id: string; title: string; url: string }[];
  userId: string;
  platform: string;
}

export interface StoredAppraisal {
  intakeId: string;
  flow: string;
  flowTitle: string;
  /** Answers by field id, with the question text each answered, for the desk. */
  answers: { field: string; question: string; answer: string }[];
  appraisal: AppraisalView;
  /** The same appraisal with its reasons, mitigations and next steps in the researcher's language (not English). */
  researcherAppraisal?: AppraisalView;
  /** The answers with their questions and choice labels in the researcher's language (not English), for their copy. */
  researcherAnswers?: { field: string; question: string; answer: string }[];
  /** A deadline the researcher gave (YYYY-MM-DD), if the flow asks for one. */
  deadline?: string;
  /** The language the researcher ran the check in (en, nl, de, fr): what they are shown; the desk reads English. */
  language?: string;
  userId: string;
  platform: string;
  completedAt: string;
}

export function answerStateKey(answerId: string): string {
  return `answer:${answerId}`;
}

export function appraisalStateKey(intakeId: string): string {
  return `appraisal:${intakeId}`;
}
