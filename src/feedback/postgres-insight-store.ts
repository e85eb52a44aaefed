// The insight store on the process's shared PostgreSQL pool, migrated once under the advisory lock.
import type { PostgresDatabase } from '../store/postgres/postgres-database.js';
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

const numbered = (columns: string) =>
  columns
    .split(', ')
    .map((_, index) => `$${index + 1}`)
    .join(', ');

export class PostgresInsightStore implements InsightStore {
  constructor(
    private readonly database: PostgresDatabase,
    private readonly release: () => Promise<void> = async () => {},
  ) {}

  migrate(): Promise<number> {
    return this.ready();
  }

  private ready(): Promise<number> {
    return this.database.migrate(INSIGHT_MODULE, INSIGHT_MIGRATIONS);
  }

  async recordQuestion(record: QuestionRecord): Promise<void> {
    await this.ready();
    await this.database.pool.query(
      `INSERT INTO insight_questions (${QUESTION_COLUMNS}) VALUES (${numbered(QUESTION_COLUMNS)}) ON CONFLICT (answer_id) DO NOTHING`,
      Object.values(questionRow(record)),
    );
  }

  async question(answerId: string, retention: InsightRetention, now: Date): Promise<QuestionRecord | undefined> {
    const { text } = retentionCutoffs(retention, now);
    await this.ready();
    const { rows } = await this.database.pool.query<QuestionRow>(
      `SELECT ${QUESTION_COLUMNS} FROM insight_questions WHERE answer_id = $1`,
      [answerId],
    );
    return rows[0] ? questionRecord(rows[0], text) : undefined;
  }

  async recordFeedback(record: FeedbackRecord): Promise<void> {
    await this.ready();
    await this.database.pool.query(
      `INSERT INTO insight_feedback (${FEEDBACK_COLUMNS}) VALUES (${numbered(FEEDBACK_COLUMNS)})
       ON CONFLICT (answer_id) DO UPDATE SET rated_at = excluded.rated_at, channel = excluded.channel,
         rating = excluded.rating, reason = excluded.reason, cited_documents = excluded.cited_documents, note = excluded.note`,
      Object.values(feedbackRow(record)),
    );
  }

  async explainFeedback(answerId: string, reason: FeedbackReason, note: string | undefined): Promise<boolean> {
    await this.ready();
    const result = await this.database.pool.query(
      `UPDATE insight_feedback SET reason = $1, note = $2 WHERE answer_id = $3 AND rating = 'down'`,
      [reason, note ?? null, answerId],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async questionsSince(since: Date, retention: InsightRetention, now: Date): Promise<QuestionRecord[]> {
    await this.ready();
    const { text } = retentionCutoffs(retention, now);
    const { rows } = await this.database.pool.query<QuestionRow>(
      `SELECT ${QUESTION_COLUMNS} FROM insight_questions WHERE asked_at >= $1 ORDER BY asked_at, answer_id`,
      [since.toISOString()],
    );
    return rows.map((row) => questionRecord(row, text));
  }

  async feedbackSince(since: Date, retention: InsightRetention, now: Date): Promise<FeedbackRecord[]> {
    await this.ready();
    const { text } = retentionCutoffs(retention, now);
    const { rows } = await this.database.pool.query<FeedbackRow>(
      `SELECT ${FEEDBACK_COLUMNS} FROM insight_feedback WHERE rated_at >= $1 ORDER BY rated_at, answer_id`,
      [since.toISOString()],
    );
    return rows.map((row) => feedbackRecord(row, text));
  }

  async purge(retention: InsightRetention, now: Date): Promise<number> {
    await this.ready();
    const { text, rows } = retentionCutoffs(retention, now);
    return this.database.transaction(async (client) => {
      const counts = await Promise.all([
        client.query(
          'UPDATE insight_questions SET question_text = NULL WHERE question_text IS NOT NULL AND asked_at < $1',
          [text],
        ),
        client.query('UPDATE insight_feedback SET note = NULL WHERE note IS NOT NULL AND rated_at < $1', [text]),
      ]);
      const deleted = await Promise.all([
        client.query('DELETE FROM insight_questions WHERE asked_at < $1', [rows]),
        client.query('DELETE FROM insight_feedback WHERE rated_at < $1', [rows]),
      ]);
      return [...counts, ...deleted].reduce((sum, result) => sum + (result.rowCount ?? 0), 0);
    });
  }

  async close(): Promise<void> {
    await this.release();
  }
}
