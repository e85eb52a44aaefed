// Smarter handoff: every ticket carries a short summary, the jurisdictions, the researcher's language and the flow;
// RESSEC_DESK_ROUTES assigns it to a desk member; the researcher is told the desk's stated response time.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { Reply } from '../../src/core/reply.js';
import { textTurn } from '../../src/core/turn.js';
import { caseFile } from '../../src/escalation/case-file.js';
import { silentLogger } from '../../src/log.js';
import { fixtureConfig } from '../support/fixture-app.js';

const ROUTES = 'jurisdiction=NL:slack:U-NL-DESK,flow=visitor:slack:U-VISITS,*:console:desk-anna';

function text(replies: Reply[]): string {
  return replies
    .flatMap((reply) => reply.blocks)
    .map((block) => (block.kind === 'text' ? block.markdown : ''))
    .join('\n');
}

async function withApp(run: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<void>) {
  const app = await buildApp(
    fixtureConfig({
      RESSEC_DESK_ROUTES: ROUTES,
      RESSEC_DESK_RESPONSE_TIME: 'two working days',
      RESSEC_DESK_MEMBERS: 'console:desk-anna,slack:U-NL-DESK',
    }),
    silentLogger(),
    { stateUrl: 'memory:' },
  );
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

describe('handoff to the desk', () => {
  it('a ticket from a Dutch question carries summary, jurisdiction, language and flow, and is routed by jurisdiction', async () => {
    await withApp(async (app) => {
      const user = { id: 'U-RES', name: 'Rita' };
      const question = 'Wat doet het Loket Kennisveiligheid voor mijn onderzoek in Nederland?';
      const replies = await app.router.handleTurn(textTurn(question, { platform: 'slack', user }));
      const answerId = replies.find((reply) => reply.answerId)?.answerId ?? '';
      const filed = await app.router.handleTurn({
        ...textTurn('', { platform: 'slack', user }),
        input: {
          kind: 'form',
          verb: 'ticket.submit',
          values: { subject: 'Loket', note: 'Graag advies', attach: `answer:${answerId}` },
        },
      });
      // The researcher wrote Dutch, so the filing notice is Dutch; the desk's name and stated time are as configured.
      expect(text(filed)).toContain(
        'The research security advice desk streeft ernaar binnen two working days te reageren.',
      );
      expect(text(filed)).toContain('U hoort het hier zodra de status verandert');
      const [ticket] = await app.escalation.store.list({});
      expect(ticket?.handoff).toMatchObject({ language: 'nl', jurisdictions: ['NL'], flow: 'question' });
      expect(ticket?.handoff?.summary).toContain(question);
      expect(ticket?.assignee).toEqual({ platform: 'slack', userId: 'U-NL-DESK' });
      const summary = ticket ? caseFile(ticket).sections[0] : undefined;
      expect(summary?.heading).toBe('Summary');
      expect(summary?.lines[1]).toBe('Jurisdiction: NL · Language: nl · Flow: question · Routed to slack:U-NL-DESK');
    });
  });

  it('routes by flow, then falls back to the catch-all rule; an appraisal’s flow is its own', async () => {
    await withApp(async (app) => {
      const requester = { platform: 'slack' as const, userId: 'U-RES' };
      const visit = await app.escalation.service.submit('v', {
        requester,
        origin: {
          kind: 'appraisal',
          intakeId: 'i-1',
          flow: 'visitor',
          flowTitle: 'Hosting a visiting researcher',
          answers: [],
          level: 'medium',
          flags: [{ id: 'f', level: 'medium', reason: 'sensitive lab' }],
          mitigations: [],
          nextSteps: [],
          citations: [],
          completedAt: new Date().toISOString(),
        },
        subject: 'A visitor',
        note: '',
        priority: 'medium',
      });
      const other = await app.escalation.service.submit('o', {
        requester,
        origin: { kind: 'request' },
        subject: 'A general question',
        note: 'About our policy',
        priority: 'low',
      });
      if (visit.kind !== 'created' || other.kind !== 'created') throw new Error('not filed');
      expect(visit.ticket.handoff).toMatchObject({ flow: 'visitor', language: 'en' });
      expect(visit.ticket.handoff?.summary).toBe('Hosting a visiting researcher, medium risk: medium sensitive lab');
      expect(visit.ticket.assignee).toEqual({ platform: 'slack', userId: 'U-VISITS' });
      expect(other.ticket.handoff).toMatchObject({ flow: 'request', summary: 'A general question: About our policy' });
      expect(other.ticket.assignee).toEqual({ platform: 'console', userId: 'desk-anna' });
    });
  });

  it('says nothing about a response time the desk has not stated, and rejects a malformed route', async () => {
    const app = await buildApp(fixtureConfig(), silentLogger(), { stateUrl: 'memory:' });
    try {
      const filed = await app.router.handleTurn({
        ...textTurn('', { platform: 'slack', user: { id: 'U-RES' } }),
        input: {
          kind: 'form',
          verb: 'ticket.submit',
          values: { subject: 'Hello', note: 'A question', attach: 'none' },
        },
      });
      expect(text(filed)).not.toContain('aims to respond');
      const [ticket] = await app.escalation.store.list({});
      expect(ticket?.assignee).toBeUndefined();
    } finally {
      await app.close();
    }
    expect(() => loadConfig({ RESSEC_DESK_ROUTES: 'country=NL:slack:U1' })).toThrow(ConfigError);
  });
});
