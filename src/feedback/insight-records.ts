// What ressec keeps to improve its answers: one row per question answered and one per 👍/👎, without names. The
// question text and a feedback note are there only where the institution opted in, and only for that period.
import type { AnswerOutcome } from '../answer/answer.js';

export const FEEDBACK_REASONS = ['missing', 'wrong', 'outdated', 'unclear', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export const FEEDBACK_REASON_LABELS: Record<FeedbackReason, string> = {
  missing: 'Something was missing',
  wrong: 'Something was wrong',
  outdated: 'Out of date',
  unclear: 'Hard to follow',
  other: 'Something else',
};

export interface QuestionRecord {
  answerId: string;
  /** ISO timestamp. */
  askedAt: string;
  /** The platform it was asked on: slack, teams, console, cli. */
  channel: string;
  outcome: AnswerOutcome;
  mode: 'offline' | 'llm';
  language: string;
  /** Jurisdictions the question named (or the glossary implied). */
  jurisdictions: string[];
  /** Glossary terms the question matched: the topic of a gap when no text is kept. */
  glossaryTerms: string[];
  citedDocuments: string[];
  /** The desk-verified answer it was given, if any. */
  verifiedDocument?: string;
  /** Only with RESSEC_KEEP_QUESTIONS, and cleared when that period ends. */
  text?: string;
}

export interface FeedbackRecord {
  answerId: string;
  ratedAt: string;
  channel: string;
  rating: 'up' | 'down';
  reason?: FeedbackReason;
  citedDocuments: string[];
  /** The researcher's own words: only with RESSEC_KEEP_QUESTIONS, and cleared with the question text. */
  note?: string;
}

export interface InsightRetention {
  /** How long question text and notes are kept; undefined keeps none. */
  keepTextDays?: number;
  /** How long the rows without text are kept. */
  retentionDays: number;
}

const DAY_MS = 86_400_000;

/** The instants before which text, and whole rows, may no longer be kept. */
export function retentionCutoffs(retention: InsightRetention, now: Date): { text: string; rows: string } {
  const text = retention.keepTextDays === undefined ? now : new Date(now.getTime() - retention.keepTextDays * DAY_MS);
  return {
    // With no opt-in, any text is past its time (it may be left from an earlier setting).
    text: retention.keepTextDays === undefined ? new Date(now.getTime() + DAY_MS).toISOString() : text.toISOString(),
    rows: new Date(now.getTime() - retention.retentionDays * DAY_MS).toISOString(),
  };
}
