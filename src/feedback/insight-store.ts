// Where question outcomes and feedback live: SQLite in ressec.sqlite by default, PostgreSQL with RESSEC_DATABASE_URL.
import type { FeedbackReason, FeedbackRecord, InsightRetention, QuestionRecord } from './insight-records.js';

export interface InsightStore {
  recordQuestion(record: QuestionRecord): Promise<void>;
  question(answerId: string, retention: InsightRetention, now: Date): Promise<QuestionRecord | undefined>;
  /** One rating per answer: a later 👍/👎 on the same answer replaces the earlier one. */
  recordFeedback(record: FeedbackRecord): Promise<void>;
  /** Adds the reason (and, where kept, the note) to the answer's 👎; false when there is none. */
  explainFeedback(answerId: string, reason: FeedbackReason, note: string | undefined): Promise<boolean>;
  /** Rows at or after `since`, oldest first; text older than the retention allows is never returned. */
  questionsSince(since: Date, retention: InsightRetention, now: Date): Promise<QuestionRecord[]>;
  feedbackSince(since: Date, retention: InsightRetention, now: Date): Promise<FeedbackRecord[]>;
  /** Clears text past its period (or all text when none is kept) and deletes rows past theirs; returns rows changed. */
  purge(retention: InsightRetention, now: Date): Promise<number>;
  close(): Promise<void>;
}
