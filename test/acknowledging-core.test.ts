// The core of `ressec slack` / `ressec teams` itself, whose turns are all answered by answer threads: it loads no
// corpus (each answer thread loads its own), yet matches commands as the answering core does, since channels decide
// at acknowledgement whether a text is a command.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../src/app.js';
import type { Turn } from '../src/core/turn.js';
import { silentLogger } from '../src/log.js';
import { fixtureConfig } from './support/fixture-app.js';

const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const question: Turn = {
  id: 'message:D1:1',
  platform: 'slack',
  user: { id: 'U1' },
  conversation: { id: 'D1', kind: 'dm' },
  input: { kind: 'text', text: 'What should I do with my laptop before travelling abroad?' },
  receivedAt: new Date(0).toISOString(),
};

describe('a core that answers elsewhere', () => {
  it('loads no corpus, matches the same commands, and refuses to answer a question itself', async () => {
    const config = fixtureConfig();
    const answering = await buildApp(config, silentLogger(), { stateUrl: 'memory:' });
    const acknowledging = await buildApp(config, silentLogger(), { stateUrl: 'memory:', answers: 'elsewhere' });
    apps.push(answering, acknowledging);
    expect(answering.knowledge.documents.length).toBeGreaterThan(0);
    expect(acknowledging.knowledge.documents).toEqual([]);
    expect(acknowledging.knowledge.passages).toEqual([]);
    for (const text of ['help', 'check visitor', '/tickets', 'ticket T-1', 'report 30', 'check my laptop please']) {
      expect(acknowledging.router.matchCommand(text)?.command.name).toBe(
        answering.router.matchCommand(text)?.command.name,
      );
    }
    await expect(acknowledging.router.handleTurn(question)).rejects.toThrow(/answer threads/);
  });

  it('does not stop on a missing corpus folder: the answer threads, which load it, report that', async () => {
    const config = fixtureConfig({ RESSEC_KNOWLEDGE_DIR: path.join('test', 'no-such-corpus') });
    await expect(buildApp(config, silentLogger(), { stateUrl: 'memory:' })).rejects.toThrow(/does not exist/);
    const acknowledging = await buildApp(config, silentLogger(), { stateUrl: 'memory:', answers: 'elsewhere' });
    apps.push(acknowledging);
    expect(acknowledging.knowledge.documents).toEqual([]);
  });
});
