// Stored feedback through the router, as any channel drives it: every question's outcome is recorded with its glossary
// terms and jurisdictions, the text only with RESSEC_KEEP_QUESTIONS, 👍/👎 with the reason, and never in a log line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.js';
import { buildApp } from '../../src/app.js';
import type { Reply } from '../../src/core/reply.js';
import { type Turn, textTurn } from '../../src/core/turn.js';
import { VERBS } from '../../src/core/verbs.js';
import { silentLogger } from '../../src/log.js';
import { captureLogger } from '../support/capture-log.js';
import { fixtureConfig } from '../support/fixture-app.js';

const QUESTION = 'What does the RCAT do for a university in the UK?';
const SECRET_NOTE = 'It missed the Hydra Photonics partnership entirely';

async function ask(app: App, text: string): Promise<{ replies: Reply[]; answerId: string }> {
  const replies = await app.router.handleTurn(textTurn(text, { platform: 'slack', user: { id: 'U1' } }));
  const answerId = replies.find((reply) => reply.answerId)?.answerId ?? '';
  return { replies, answerId };
}

function action(verb: string, value: string): Turn {
  return { ...textTurn('', { platform: 'slack', user: { id: 'U1' } }), input: { kind: 'action', verb, value } };
}

function form(verb: string, values: Record<string, string>): Turn {
  return { ...textTurn('', { platform: 'slack', user: { id: 'U1' } }), input: { kind: 'form', verb, values } };
}

async function withApp(extra: Record<string, string>, run: (app: App, lines: string[]) => Promise<void>) {
  const { log, lines } = captureLogger();
  const app = await buildApp(fixtureConfig(extra), log, { stateUrl: 'memory:' });
  try {
    await run(app, lines);
  } finally {
    await app.close();
  }
}

const since = new Date(0);

describe('stored feedback', () => {
  it('records each outcome with glossary terms and jurisdictions, and no text by default', async () => {
    await withApp({}, async (app, lines) => {
      const answered = await ask(app, QUESTION);
      await ask(app, 'What is the capital of Mongolia?');
      await ask(app, 'How do I split a shipment so it avoids the export licence?');
      await app.insights.flush();
      const rows = await app.insights.store.questionsSince(since, app.insights.retention, new Date());
      expect(rows.map((row) => row.outcome)).toEqual(['answered', 'declined', 'refused']);
      expect(rows[0]).toMatchObject({
        answerId: answered.answerId,
        channel: 'slack',
        glossaryTerms: ['RCAT'],
        jurisdictions: ['UK'],
        citedDocuments: ['uk-test-rcat'],
        language: 'en',
      });
      expect(rows.every((row) => row.text === undefined)).toBe(true);
      // A refusal keeps its outcome only.
      expect(rows[2]?.glossaryTerms).toEqual([]);
      expect(lines.join('\n')).not.toContain('RCAT do');
    });
  });

  it('keeps the question text and the 👎 note only with RESSEC_KEEP_QUESTIONS, and never logs them', async () => {
    await withApp({ RESSEC_KEEP_QUESTIONS: '30d' }, async (app, lines) => {
      const { answerId } = await ask(app, QUESTION);
      const [reasonForm] = await app.router.handleTurn(action(VERBS.feedback, `down:${answerId}`));
      const formBlock = reasonForm?.blocks.find((block) => block.kind === 'form');
      expect(formBlock?.kind === 'form' && formBlock.fields.map((field) => field.id)).toEqual([
        'answerId',
        'reason',
        'note',
      ]);
      expect(formBlock?.kind === 'form' && formBlock.intro).toContain('kept for 30 days');
      const [thanks] = await app.router.handleTurn(
        form(VERBS.feedbackReason, { answerId, reason: 'missing', note: SECRET_NOTE }),
      );
      expect(thanks?.fallbackText).toContain('your reason is recorded');
      await app.insights.flush();
      const [row] = await app.insights.store.questionsSince(since, app.insights.retention, new Date());
      expect(row?.text).toBe(QUESTION);
      const [feedback] = await app.insights.store.feedbackSince(since, app.insights.retention, new Date());
      expect(feedback).toMatchObject({
        answerId,
        rating: 'down',
        reason: 'missing',
        note: SECRET_NOTE,
        channel: 'slack',
        citedDocuments: ['uk-test-rcat'],
      });
      const logged = lines.join('\n');
      expect(logged).not.toContain('RCAT do');
      expect(logged).not.toContain('Hydra');
      expect(logged).toContain('"event":"feedback-reason"');
    });
  });

  it('without the opt-in, asks no note and keeps none even if one is sent', async () => {
    await withApp({}, async (app) => {
      const { answerId } = await ask(app, QUESTION);
      const [reasonForm] = await app.router.handleTurn(action(VERBS.feedback, `down:${answerId}`));
      const formBlock = reasonForm?.blocks.find((block) => block.kind === 'form');
      expect(formBlock?.kind === 'form' && formBlock.fields.map((field) => field.id)).toEqual(['answerId', 'reason']);
      expect(formBlock?.kind === 'form' && formBlock.intro).toContain('without your question or your name');
      await app.router.handleTurn(form(VERBS.feedbackReason, { answerId, reason: 'wrong', note: SECRET_NOTE }));
      const [feedback] = await app.insights.store.feedbackSince(
        since,
        { keepTextDays: 365, retentionDays: 365 },
        new Date(),
      );
      expect(feedback).toMatchObject({ rating: 'down', reason: 'wrong' });
      expect(feedback?.note).toBeUndefined();
    });
  });

  it('a later 👍 replaces a 👎 on the same answer; a made-up answer id records nothing', async () => {
    await withApp({}, async (app) => {
      const { answerId } = await ask(app, QUESTION);
      await app.router.handleTurn(action(VERBS.feedback, `down:${answerId}`));
      const [thanks] = await app.router.handleTurn(action(VERBS.feedback, `up:${answerId}`));
      expect(thanks?.fallbackText).toBe('Thanks for the feedback.');
      await app.router.handleTurn(action(VERBS.feedback, 'up:<script>'));
      const rows = await app.insights.store.feedbackSince(since, app.insights.retention, new Date());
      expect(rows.map((row) => [row.answerId, row.rating])).toEqual([[answerId, 'up']]);
    });
  });
});

describe('retention on disk', () => {
  const onDisk = (dataDir: string) =>
    ['ressec.sqlite', 'ressec.sqlite-wal']
      .map((name) => path.join(dataDir, name))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file).toString('latin1'))
      .join('');

  it('writes no question text to the database by default', async () => {
    const config = fixtureConfig();
    const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
    try {
      await ask(app, QUESTION);
      await app.insights.flush();
      expect(onDisk(config.dataDir)).toContain('insight_questions');
      expect(onDisk(config.dataDir)).not.toContain('RCAT do for');
    } finally {
      await app.close();
    }
  });

  it('with RESSEC_KEEP_QUESTIONS, the purge removes text past its period from the file itself', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T09:00:00Z'), toFake: ['Date'] });
    const config = fixtureConfig({ RESSEC_KEEP_QUESTIONS: '7d' });
    try {
      const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
      try {
        await ask(app, QUESTION);
        await app.insights.flush();
        expect(onDisk(config.dataDir)).toContain('RCAT do for');
        vi.setSystemTime(new Date('2026-06-09T09:00:00Z'));
        expect(await app.insights.purge()).toBe(1);
      } finally {
        await app.close();
      }
      expect(onDisk(config.dataDir)).not.toContain('RCAT do for');
    } finally {
      vi.useRealTimers();
    }
  });
});
