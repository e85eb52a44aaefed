// A data folder with a little of everything the report reads, made through the real router and escalation service:
// six questions (one of each outcome and more), 👍 and 👎 with a reason, and three tickets the desk answers after 2, 4
// and 10 hours, one of them closed after 26. The clock is faked for the desk's timings, three days back from now.
import { vi } from 'vitest';
import { type App, buildApp } from '../../../src/app.js';
import type { Turn } from '../../../src/core/turn.js';
import { textTurn } from '../../../src/core/turn.js';
import { VERBS } from '../../../src/core/verbs.js';
import { silentLogger } from '../../../src/log.js';
import { fixtureConfig } from '../../support/fixture-app.js';

export const DESK = { platform: 'console' as const, userId: 'desk-anna', name: 'Anna' };
const START = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 86_400_000);
const HOUR = 3_600_000;

export function turn(text: string, user = 'researcher-1'): Turn {
  return textTurn(text, { platform: 'slack', user: { id: user } });
}

function action(verb: string, value: string): Turn {
  return { ...turn(''), input: { kind: 'action', verb, value } };
}

async function ask(app: App, text: string): Promise<string> {
  const replies = await app.router.handleTurn(turn(text));
  return replies.find((reply) => reply.answerId)?.answerId ?? '';
}

export async function seedDataFolder(extra: Record<string, string> = {}) {
  vi.useFakeTimers({ now: START, toFake: ['Date'] });
  const config = fixtureConfig({ RESSEC_DESK_MEMBERS: 'console:desk-anna', ...extra });
  const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
  try {
    const rcat = await ask(app, 'What does the RCAT do for a university in the UK?');
    const laptop = await ask(app, 'What should I do with my laptop before I travel abroad?');
    await ask(app, 'Who is the Loket Kennisveiligheid?');
    await ask(app, 'What are the rules for research security in Brazil under its national law?');
    await ask(app, 'What is the capital of Mongolia?');
    await ask(app, 'How do I split a shipment so it avoids the export licence?');
    await app.router.handleTurn(action(VERBS.feedback, `up:${rcat}`));
    await app.router.handleTurn(action(VERBS.feedback, `down:${laptop}`));
    await app.router.handleTurn({
      ...turn(''),
      input: { kind: 'form', verb: VERBS.feedbackReason, values: { answerId: laptop, reason: 'outdated' } },
    });
    const service = app.escalation.service;
    const requester = { platform: 'slack' as const, userId: 'researcher-1' };
    const ids: string[] = [];
    for (const [index, priority] of (['high', 'medium', 'low'] as const).entries()) {
      vi.setSystemTime(START.getTime() + index * HOUR);
      const filed = await service.submit(`seed:${index}`, {
        requester,
        origin: { kind: 'request' },
        subject: `Question ${index + 1}`,
        note: '',
        priority,
      });
      if (filed.kind !== 'created') throw new Error('not filed');
      ids.push(filed.ticket.id);
    }
    const act = async (id: string, hoursAfterStart: number, key: string, kind: 'claim' | 'close') => {
      vi.setSystemTime(START.getTime() + hoursAfterStart * HOUR);
      const outcome = await service.act(id, key, DESK, { kind } as { kind: 'claim' });
      if (outcome.kind !== 'updated') throw new Error(`${kind} ${outcome.kind}`);
    };
    // First responses after 2, 4 (=5-1) and 10 (=12-2) hours; the first ticket is closed after 26 hours.
    await act(ids[0] ?? '', 2, 'a1', 'claim');
    await act(ids[1] ?? '', 5, 'a2', 'claim');
    await act(ids[2] ?? '', 12, 'a3', 'claim');
    await act(ids[0] ?? '', 26, 'a4', 'close');
    await app.insights.flush();
  } finally {
    await app.close();
    vi.useRealTimers();
  }
  return config;
}
