// The desk's report from a real data folder: questions asked, rated and escalated through the router, tickets handled
// by a desk member over (fake) hours; the figures, the CLI and the desk command in chat.
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import { textTurn } from '../../src/core/turn.js';
import { silentLogger } from '../../src/log.js';
import { main } from '../../src/main.js';
import { buildReport } from '../../src/report/build-report.js';
import type { DeskReport } from '../../src/report/desk-report.js';
import { fixtureConfig } from '../support/fixture-app.js';
import { seedDataFolder, turn } from './support/seed-data-folder.js';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, text: () => text };
}

async function run(args: string[], environment: Record<string, string>) {
  const stdout = capture();
  const stderr = capture();
  const code = await main(args, environment, {
    stdin: new PassThrough(),
    stdout: stdout.stream,
    stderr: stderr.stream,
    isTTY: false,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('the desk report', () => {
  let environment: Record<string, string>;
  let report: DeskReport;
  beforeAll(async () => {
    const config = await seedDataFolder();
    environment = {
      RESSEC_DATA_DIR: config.dataDir,
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_OFFLINE: 'true',
      RESSEC_LOG_LEVEL: 'silent',
      RESSEC_DESK_MEMBERS: 'console:desk-anna',
    };
    const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
    try {
      report = await buildReport(
        { insights: app.insights, tickets: app.escalation.store, knowledge: app.knowledge },
        3650,
      );
    } finally {
      await app.close();
    }
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('counts questions by outcome, channel and language', () => {
    expect(report.questions.total).toBe(6);
    expect(report.questions.byOutcome).toEqual({ answered: 3, 'no-grounding': 1, declined: 1, refused: 1 });
    expect(report.questions.byChannel).toEqual({ slack: 6 });
  });

  it('shows the feedback ratio, the reasons and the documents cited and marked 👎', () => {
    expect(report.feedback).toMatchObject({ up: 1, down: 1, ratio: 0.5, rated: 2 });
    expect(report.feedback.reasons.outdated).toBe(1);
    expect(report.documents.mostCited.map((document) => document.id)).toContain('uk-test-rcat');
    expect(report.documents.mostDisliked.map((document) => document.id)).toEqual(['general-test-travel']);
  });

  it('lists the latest answers marked 👎 by id, for `verify <answer id>`', () => {
    expect(report.disliked).toHaveLength(1);
    expect(report.disliked[0]).toMatchObject({ reason: 'outdated' });
    expect(report.disliked[0]?.question).toBeUndefined();
  });

  it('groups gaps by glossary term and jurisdiction when no text is kept', () => {
    const topics = report.gaps.map((gap) => [gap.topic, gap.unanswered, gap.disliked, gap.examples.length]);
    expect(topics).toContainEqual(['laptop', 0, 1, 0]);
    expect(report.gaps.reduce((sum, gap) => sum + gap.unanswered, 0)).toBe(1);
  });

  it('gives tickets by flow, level and status, and median and p90 hours to the first response and to closing', () => {
    expect(report.tickets).toMatchObject({
      total: 3,
      byFlow: { request: 3 },
      byLevel: { high: 1, medium: 1, low: 1 },
      byStatus: { closed: 1, in_review: 2 },
      firstResponseHours: { count: 3, median: 4, p90: 10 },
      closingHours: { count: 1, median: 26, p90: 26 },
      awaitingFirstResponse: 0,
    });
  });

  it('ressec report prints text, --json the same figures, and rejects bad options with exit 2', async () => {
    const text = await run(['report', '--since', '3650d'], environment);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Questions: 6');
    expect(text.stdout).toContain('median 4.0 h, p90 10.0 h (3 tickets)');
    const json = await run(['report', '--since=3650d', '--json'], environment);
    expect(JSON.parse(json.stdout)).toMatchObject({ questions: { total: 6 }, tickets: { total: 3 } });
    const recent = await run(['report', '--json'], environment);
    expect(JSON.parse(recent.stdout)).toMatchObject({ days: 30 });
    expect((await run(['report', '--since', 'soon'], environment)).code).toBe(2);
    const both = await run(['report', '--json', '--html'], environment);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('choose --json or --html');
  });

  it('the desk command shows the report to desk members only', async () => {
    const app = await buildApp(fixtureConfig(environment), silentLogger(), { stateUrl: 'memory:' });
    try {
      const [refused] = await app.router.handleTurn(turn('report 3650d'));
      expect(refused?.fallbackText).toContain('Only members of the advice desk');
      const [shown] = await app.router.handleTurn(
        textTurn('/report 3650d', { platform: 'console', user: { id: 'desk-anna' } }),
      );
      const text = shown?.blocks.find((block) => block.kind === 'text');
      expect(shown?.visibility).toBe('private');
      expect(text?.kind === 'text' && text.markdown).toContain('**Questions: 6**');
      const [bad] = await app.router.handleTurn(
        textTurn('/report yesterday', { platform: 'console', user: { id: 'desk-anna' } }),
      );
      expect(bad?.fallbackText).toContain('for example `report 30d`');
    } finally {
      await app.close();
    }
  });
});
