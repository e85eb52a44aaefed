// Desk-verified answers: saved from a closed ticket's advice (or a 👎 answer), checked like any document, used first
// for matching questions with "Verified by the advice desk on <date>", never once retired or expired.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { today } from '../../src/answer/citations.js';
import { type App, buildApp } from '../../src/app.js';
import type { Reply } from '../../src/core/reply.js';
import { textTurn } from '../../src/core/turn.js';
import { VERBS } from '../../src/core/verbs.js';
import { ticketActions } from '../../src/escalation/case-file.js';
import { silentLogger } from '../../src/log.js';
import { renderVerifiedFile } from '../../src/verified/verified-answer-file.js';
import { VERIFIED_VERBS } from '../../src/verified/verified-verbs.js';
import { fixtureConfig } from '../support/fixture-app.js';
import { ADVICE, deskSavesVerifiedAnswer, deskTurn, formOf, QUESTION } from './support/desk-verifies.js';

function text(replies: Reply[]): string {
  return replies
    .flatMap((reply) => reply.blocks)
    .map((block) => (block.kind === 'text' ? block.markdown : block.kind === 'context' ? block.text : ''))
    .join('\n');
}

async function withDesk(run: (app: App, directory: string) => Promise<void>, extra: Record<string, string> = {}) {
  const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'ressec-verified-')), 'verified');
  const app = await buildApp(
    fixtureConfig({ RESSEC_VERIFIED_DIR: directory, RESSEC_DESK_MEMBERS: 'console:desk-anna', ...extra }),
    silentLogger(),
    { stateUrl: 'memory:' },
  );
  try {
    await run(app, directory);
  } finally {
    await app.close();
  }
}

const ask = (app: App, question: string) =>
  app.router.handleTurn(textTurn(question, { platform: 'slack', user: { id: 'U-OTHER' } }));

describe('desk-verified answers', () => {
  it('saves a closed ticket’s advice as a corpus document and gives it first to a matching question', async () => {
    await withDesk(async (app, directory) => {
      const before = text(await ask(app, 'Can I take my own laptop to a conference in Brazil?'));
      expect(before).not.toContain('Verified by the advice desk');

      const saved = await deskSavesVerifiedAnswer(app);
      expect(text(saved)).toMatch(
        /Saved as verified answer `verified-can-i-bring-my-own-laptop[a-z0-9-]*-[0-9a-f]{4}`/,
      );
      const [file] = readdirSync(directory);
      const front = parse(readFileSync(path.join(directory, file ?? ''), 'utf8').split('---')[1] ?? '');
      expect(front.verified).toMatchObject({ questions: [QUESTION], answer: ADVICE, on: today() });
      expect(front.verified.role).toBe('the research security advice desk');
      expect(front.verified.from).toMatch(/^RS-\d{4}-\d{4}$/);
      expect(front.review_by > today()).toBe(true);
      expect(front.sources[0]).toMatchObject({
        url: 'https://example.org/travel',
        title: 'Travelling abroad with devices',
      });

      // A paraphrase, from another researcher, with no restart.
      const after = await ask(app, 'Can I take my own laptop to a conference in Brazil?');
      expect(text(after)).toContain(ADVICE);
      expect(text(after)).toContain(`Verified by the advice desk on ${today()}`);
      await app.insights.flush();
      const rows = await app.insights.store.questionsSince(new Date(0), app.insights.retention, new Date());
      expect(rows.filter((row) => row.verifiedDocument).length).toBe(1);
      // An unrelated question still gets the corpus.
      expect(text(await ask(app, 'What does the RCAT do for a university in the UK?'))).not.toContain('Verified by');
    });
  });

  it('offers "Save as verified answer" on tickets with advice only, to the desk only', async () => {
    await withDesk(async (app) => {
      const other = await app.router.handleTurn({
        ...textTurn('', { platform: 'slack', user: { id: 'U-OTHER' } }),
        input: { kind: 'action', verb: VERIFIED_VERBS.new, value: 'RS-2026-0001' },
      });
      expect(text(other)).toContain('Only members of the advice desk');
      await deskSavesVerifiedAnswer(app);
      const [ticket] = await app.escalation.store.list({});
      expect(ticket && ticketActions(ticket, 'desk').map((option) => option.label)).toContain(
        'Save as verified answer',
      );
      expect(ticket && ticketActions(ticket, 'requester').map((option) => option.label)).not.toContain(
        'Save as verified answer',
      );
      const unadvised = await app.escalation.service.submit('plain', {
        requester: { platform: 'slack', userId: 'U-X' },
        origin: { kind: 'request' },
        subject: 'Something',
        note: '',
        priority: 'low',
      });
      if (unadvised.kind !== 'created') throw new Error('not filed');
      expect(ticketActions(unadvised.ticket, 'desk').map((option) => option.label)).not.toContain(
        'Save as verified answer',
      );
      const refused = await app.router.handleTurn(deskTurn({ kind: 'text', text: `verify ${unadvised.ticket.id}` }));
      expect(text(refused)).toContain('has no advice yet');
    });
  });

  it('checks the answer like any document: problems are shown on their fields and nothing is written', async () => {
    await withDesk(async (app, directory) => {
      const badSource = await deskSavesVerifiedAnswer(app, { sources: 'just a title' });
      expect(formOf(badSource).fields.find((field) => field.id === 'sources')?.error).toContain('title | https://link');
      const foreign = await deskSavesVerifiedAnswer(app, {
        answer: 'Ask for a loaner laptop at https://unknown-host.example/loan before you travel.',
      });
      expect(formOf(foreign).fields.find((field) => field.id === 'answer')?.error).toContain(
        'not among the document’s sources',
      );
      const late = await deskSavesVerifiedAnswer(app, { reviewBy: '2099-01-01' });
      expect(formOf(late).fields.find((field) => field.id === 'reviewBy')?.error).toContain('within 12 months');
      expect(readdirSync(directory)).toEqual([]);
    });
  });

  it('the desk can retire one: from then on it is not used', async () => {
    await withDesk(async (app, directory) => {
      const saved = await deskSavesVerifiedAnswer(app);
      const retire = saved.flatMap((reply) => reply.blocks).find((block) => block.kind === 'choices');
      const id = retire?.kind === 'choices' ? (retire.options[0]?.value ?? '') : '';
      expect(text(await app.router.handleTurn(deskTurn({ kind: 'text', text: 'verify' })))).toContain(id);
      const retired = await app.router.handleTurn(deskTurn({ kind: 'action', verb: VERIFIED_VERBS.retire, value: id }));
      expect(text(retired)).toContain('no longer given');
      expect(readFileSync(path.join(directory, `${id}.md`), 'utf8')).toContain(`retired: ${today()}`);
      expect(text(await ask(app, QUESTION))).not.toContain('Verified by the advice desk');
      expect(app.knowledge.document(id)).toBeUndefined();
      expect(text(await app.router.handleTurn(deskTurn({ kind: 'text', text: 'verify' })))).toContain(
        'No verified answers in force',
      );
    });
  });

  it('an expired verified answer is neither given nor quoted', async () => {
    const directory = path.join(mkdtempSync(path.join(os.tmpdir(), 'ressec-verified-')), 'verified');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(directory);
    const id = 'verified-bring-my-own-laptop-to-brazil-0000';
    writeFileSync(
      path.join(directory, `${id}.md`),
      renderVerifiedFile(id, {
        questions: [QUESTION],
        answer: ADVICE,
        role: 'advice desk',
        on: '2024-01-10',
        reviewBy: '2025-01-09',
        sources: [{ title: 'Travel', url: 'https://example.org/travel' }],
        jurisdiction: 'GENERAL',
      }),
    );
    const app = await buildApp(fixtureConfig({ RESSEC_VERIFIED_DIR: directory }), silentLogger(), {
      stateUrl: 'memory:',
    });
    try {
      expect(app.knowledge.document(id)).toBeUndefined();
      expect(text(await ask(app, QUESTION))).not.toContain('Verified by');
    } finally {
      await app.close();
    }
  });

  it('from an answer marked 👎: the form starts from its question where text is kept', async () => {
    await withDesk(
      async (app) => {
        const replies = await ask(app, 'What should I do with my laptop before I travel abroad?');
        const answerId = replies.find((reply) => reply.answerId)?.answerId ?? '';
        await app.router.handleTurn({
          ...textTurn('', { platform: 'slack', user: { id: 'U-OTHER' } }),
          input: { kind: 'action', verb: VERBS.feedback, value: `down:${answerId}` },
        });
        await app.insights.flush();
        const form = formOf(await app.router.handleTurn(deskTurn({ kind: 'text', text: `/verify ${answerId}` })));
        const initial = Object.fromEntries(form.fields.map((field) => [field.id, field.initial]));
        expect(initial).toMatchObject({
          ref: `answer:${answerId}`,
          questions: 'What should I do with my laptop before I travel abroad?',
          sources: 'Travelling abroad with devices (test fixture) | https://example.org/travel',
        });
      },
      { RESSEC_KEEP_QUESTIONS: '30d' },
    );
  });
});
