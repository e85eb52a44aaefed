// The insight store contract on SQLite and a real PostgreSQL alike: what is recorded, one rating per answer, and a
// retention that holds on read and on purge.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuestionRecord } from '../../src/feedback/insight-records.js';
import type { InsightStore } from '../../src/feedback/insight-store.js';
import { PostgresInsightStore } from '../../src/feedback/postgres-insight-store.js';
import { SqliteInsightStore } from '../../src/feedback/sqlite-insight-store.js';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { openSqlDatabase } from '../../src/store/sql-database.js';
import { createTestDatabase } from '../postgres/test-database.js';

const BACKENDS: { name: string; open(): Promise<{ store: InsightStore; close(): Promise<void> }> }[] = [
  {
    name: 'sqlite',
    async open() {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ressec-insights-')), 'ressec.sqlite');
      const store = new SqliteInsightStore(openSqlDatabase(file), true);
      return { store, close: () => store.close() };
    },
  },
  {
    name: 'postgres',
    async open() {
      const database = await createTestDatabase();
      const postgres = new PostgresDatabase(database.url, silentLogger());
      const store = new PostgresInsightStore(postgres);
      return {
        store,
        close: async () => {
          await postgres.close();
          await database.drop();
        },
      };
    },
  },
];

const NOW = new Date('2026-12-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const keep30 = { keepTextDays: 30, retentionDays: 365 };
const keepNone = { retentionDays: 365 };

function question(answerId: string, askedAt: string, extra: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    answerId,
    askedAt,
    channel: 'slack',
    outcome: 'no-grounding',
    mode: 'offline',
    language: 'en',
    jurisdictions: ['NL'],
    glossaryTerms: ['Loket Kennisveiligheid'],
    citedDocuments: [],
    ...extra,
  };
}

describe.each(BACKENDS)('insight store contract on $name', (backend) => {
  let opened: Awaited<ReturnType<(typeof BACKENDS)[number]['open']>>;
  let store: InsightStore;
  beforeEach(async () => {
    opened = await backend.open();
    store = opened.store;
  });
  afterEach(async () => {
    await opened.close();
  });

  it('records a question once per answer id, with its terms, jurisdictions and cited documents', async () => {
    await store.recordQuestion(question('a-0000001', daysAgo(1), { citedDocuments: ['nl-contact-point'] }));
    await store.recordQuestion(question('a-0000001', daysAgo(0), { outcome: 'answered' }));
    const rows = await store.questionsSince(new Date(daysAgo(7)), keepNone, NOW);
    expect(rows).toEqual([question('a-0000001', daysAgo(1), { citedDocuments: ['nl-contact-point'] })]);
    expect(await store.question('a-0000001', keepNone, NOW)).toMatchObject({ outcome: 'no-grounding' });
    expect(await store.question('missing', keepNone, NOW)).toBeUndefined();
  });

  it('returns text only within the opted-in period, and never when text is not kept', async () => {
    await store.recordQuestion(question('a-recent1', daysAgo(2), { text: 'recent question' }));
    await store.recordQuestion(question('a-oldtext', daysAgo(40), { text: 'old question' }));
    const kept = await store.questionsSince(new Date(daysAgo(100)), keep30, NOW);
    expect(kept.map((row) => [row.answerId, row.text])).toEqual([
      ['a-oldtext', undefined],
      ['a-recent1', 'recent question'],
    ]);
    const none = await store.questionsSince(new Date(daysAgo(100)), keepNone, NOW);
    expect(none.every((row) => row.text === undefined)).toBe(true);
  });

  it('keeps one rating per answer (the latest) and adds the reason to a 👎 only', async () => {
    await store.recordFeedback({
      answerId: 'a-1',
      ratedAt: daysAgo(1),
      channel: 'slack',
      rating: 'up',
      citedDocuments: ['d1'],
    });
    expect(await store.explainFeedback('a-1', 'missing', undefined)).toBe(false);
    await store.recordFeedback({
      answerId: 'a-1',
      ratedAt: daysAgo(0),
      channel: 'slack',
      rating: 'down',
      citedDocuments: ['d1'],
    });
    expect(await store.explainFeedback('a-1', 'outdated', 'the list changed')).toBe(true);
    expect(await store.explainFeedback('nope', 'outdated', undefined)).toBe(false);
    const rows = await store.feedbackSince(new Date(daysAgo(7)), keep30, NOW);
    expect(rows).toEqual([
      {
        answerId: 'a-1',
        ratedAt: daysAgo(0),
        channel: 'slack',
        rating: 'down',
        reason: 'outdated',
        citedDocuments: ['d1'],
        note: 'the list changed',
      },
    ]);
  });

  it('purges text past its period (all text when none is kept) and rows past theirs', async () => {
    await store.recordQuestion(question('a-recent1', daysAgo(2), { text: 'recent question' }));
    await store.recordQuestion(question('a-oldtext', daysAgo(40), { text: 'old question' }));
    await store.recordQuestion(question('a-ancient', daysAgo(400)));
    await store.recordFeedback({
      answerId: 'a-oldtext',
      ratedAt: daysAgo(40),
      channel: 'teams',
      rating: 'down',
      citedDocuments: [],
      note: 'old note',
    });
    expect(await store.purge(keep30, NOW)).toBe(3);
    const raw = await store.questionsSince(new Date(0), { keepTextDays: 365, retentionDays: 3650 }, NOW);
    expect(raw.map((row) => [row.answerId, row.text])).toEqual([
      ['a-oldtext', undefined],
      ['a-recent1', 'recent question'],
    ]);
    const feedback = await store.feedbackSince(new Date(0), { keepTextDays: 365, retentionDays: 3650 }, NOW);
    expect(feedback[0]?.note).toBeUndefined();
    // The institution turns the opt-in off: the text still held goes at the next purge.
    expect(await store.purge(keepNone, NOW)).toBe(1);
    const after = await store.questionsSince(new Date(0), { keepTextDays: 365, retentionDays: 3650 }, NOW);
    expect(after.some((row) => row.text !== undefined)).toBe(false);
  });
});
