// The desk's report as data: what `ressec report --json` prints and every rendering (text, chat, HTML) reads.
import type { AnswerOutcome } from '../answer/answer.js';
import type { FeedbackReason } from '../feedback/insight-records.js';
import type { Spread } from './percentiles.js';

export const OUTCOMES: readonly AnswerOutcome[] = ['answered', 'no-grounding', 'declined', 'refused'];

export const OUTCOME_LABELS: Record<AnswerOutcome, string> = {
  answered: 'Answered',
  'no-grounding': 'No grounding',
  declined: 'Declined',
  refused: 'Refused',
};

export interface DocumentCount {
  id: string;
  title: string;
  count: number;
}

export interface GapGroup {
  /** What the questions share: glossary terms and jurisdictions, or (with kept text) their main words. */
  topic: string;
  jurisdictions: string[];
  terms: string[];
  unanswered: number;
  disliked: number;
  /** A few of the questions themselves, only where text is kept. */
  examples: string[];
}

export interface DeskReport {
  generatedAt: string;
  since: string;
  days: number;
  /** Whether question text was kept (RESSEC_KEEP_QUESTIONS) and for how long. */
  keepTextDays?: number;
  questions: {
    total: number;
    byOutcome: Record<AnswerOutcome, number>;
    byChannel: Record<string, number>;
    byLanguage: Record<string, number>;
    /** Questions per day (per week beyond two months, per month beyond a year), oldest first, by first day. */
    perDay: { day: string; count: number }[];
    verifiedAnswers: number;
  };
  feedback: {
    up: number;
    down: number;
    /** 👍 / (👍 + 👎); undefined with no ratings. */
    ratio?: number;
    /** Answered questions that got a rating. */
    rated: number;
    reasons: Record<FeedbackReason | 'none', number>;
  };
  documents: { mostCited: DocumentCount[]; mostDisliked: DocumentCount[] };
  stale: { id: string; title: string; reviewBy: string; verified: boolean }[];
  gaps: GapGroup[];
  /** The latest answers marked 👎, newest first: `verify <answer id>` saves a verified answer for one. */
  disliked: { answerId: string; ratedAt: string; reason?: string; question?: string }[];
  tickets: {
    total: number;
    byFlow: Record<string, number>;
    byLevel: Record<string, number>;
    byStatus: Record<string, number>;
    /** Hours from filing to the desk's first action the researcher sees, and to closing. */
    firstResponseHours: Spread;
    closingHours: Spread;
    /** Open tickets with no desk response yet. */
    awaitingFirstResponse: number;
  };
}
