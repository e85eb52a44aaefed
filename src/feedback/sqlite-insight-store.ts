// The insight store in ressec.sqlite (secure_delete is on, and a purge truncates the write-ahead log, so cleared text
// does not linger in free pages or the log).
import { migrate, type SqlDatabase } from '../store/sql-database.js';
import { INSIGHT_MIGRATIONS, INSIGHT_MODULE } from './insight-migrations.js';
import type { FeedbackReason, FeedbackRecord, InsightRetention, QuestionRecord } from './insight-records.js';
import { retentionCutoffs } from './insight-records.js';
import {
  FEEDBACK_COLUMNS,
  type FeedbackRow,
  feedbackRecord,
  feedbackRow,
  QUESTION_COLUMNS,
  type QuestionRow,
  questionRecord,
  questionRow,
} from './insight-rows.js';
import type { InsightStore } from './insight-store.js';

const placeholders = (columns: string) =>
  columns
    .split(', ')
    .map((column) => `@${column}`)
    .join(', ');

const INSERT_QUESTION = `INSERT INTO insight_questions (${QUESTION_COLUMNS}) VALUES (${placeholders(QUESTION_COLUMNS)}) ON CONFLICT (answer_id) DO NOTHING`;

export class SqliteInsightStore implements InsightStore {
  /** Prepared on the first answer and kept: every answer records one row. */
  private insertQuestion: ReturnType<SqlDatabase['prepare']> | undefined;

  constructor(
    private readonly db: SqlDatabase,
    private readonly ownsDatabase = false,
  ) {
    migrate(db, INSIGHT_MODULE, INSIGHT_MIGRATIONS);
  }

  async recordQuestion(record: QuestionRecord): Promise<void> {
    this.insertQuestion ??= this.db.prepare(INSERT_QUESTION);
    this.insertQuestion.run(questionRow(record));
  }

  async question(answerId: string, retention: InsightRetention, now: Date): Promise<QuestionRecord | undefined> {
    const { text } = retentionCutoffs(retention, now);
    const row = this.db
      .prepare(`SELECT ${QUESTION_COLUMNS} FROM insight_questions WHERE answer_id = ?`)
      .get(answerId) as QuestionRow | undefined;
    return row ? questionRecord(row, text) : undefined;
  }

  async recordFeedback(record: FeedbackRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO insight_feedback (${FEEDBACK_COLUMNS}) VALUES (${placeholders(FEEDBACK_COLUMNS)})
         ON CONFLICT (answer_id) DO UPDATE SET rated_at = excluded.rated_at, channel = excluded.channel,
           rating = excluded.rating, reason = excluded.reason, cited_documents = excluded.cited_documents, note = excluded.note`,
      )
      .run(feedbackRow(record));
  }

  async explainFeedback(answerId: string, reason: FeedbackReason, note: string | undefined): Promise<boolean> {
    const result = this.db
      .prepare(`UPDATE insight_feedback SET reason = ?, note = ? WHERE answer_id = ? AND rating = 'down'`)
      .run(reason, note ?? null, answerId);
    return result.changes > 0;
  }

  async questionsSince(since: Date, retention: InsightRetention, now: Date): Promise<QuestionRecord[]> {
    const { text } = retentionCutoffs(retention, now);
    const rows = this.db
      .prepare(`SELECT ${QUESTION_COLUMNS} FROM insight_questions WHERE asked_at >= ? ORDER BY asked_at, answer_id`)
      .all(since.toISOString()) as QuestionRow[];
    return rows.map((row) => questionRecord(row, text));
  }

  async feedbackSince(since: Date, retention: InsightRetention, now: Date): Promise<FeedbackRecord[]> {
    const { text } = retentionCutoffs(retention, now);
    const rows = this.db
      .prepare(`SELECT ${FEEDBACK_COLUMNS} FROM insight_feedback WHERE rated_at >= ? ORDER BY rated_at, answer_id`)
      .all(since.toISOString()) as FeedbackRow[];
    return rows.map((row) => feedbackRecord(row, text));
  }

  async purge(retention: InsightRetention, now: Date): Promise<number> {
    const { text, rows } = retentionCutoffs(retention, now);
    const run = this.db.transaction(() => {
      let changed = 0;
      changed += this.db
        .prepare('UPDATE insight_questions SET question_text = NULL WHERE question_text IS NOT NULL AND asked_at < ?')
        .run(text).changes;
      changed += this.db
        .prepare('UPDATE insight_feedback SET note = NULL WHERE note IS NOT NULL AND rated_at < ?')
        .run(text).changes;
      changed += this.db.prepare('DELETE FROM insight_questions WHERE asked_at < ?').run(rows).changes;
      changed += this.db.prepare('DELETE FROM insight_feedback WHERE rated_at < ?').run(rows).changes;
      return changed;
    });
    const changed = run.immediate();
    if (changed > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return changed;
  }

  async close(): Promise<void> {
    if (this.ownsDatabase) this.db.close();
  }
}
