// A check completed after the corpus was reloaded cites the corpus in use then, not the one the process started
// with: the intake reads the corpus through the same holder the answers do.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Router } from '../../src/core/router.js';
import { MemoryStateStore } from '../../src/core/state-store.js';
import { textTurn } from '../../src/core/turn.js';
import { registerIntake } from '../../src/intake/register-intake.js';
import { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { KnowledgeHolder } from '../../src/knowledge/knowledge-holder.js';
import { silentLogger } from '../../src/log.js';
import { loadCorpus, testConfig, textOf } from './support/intake-fixtures.js';

async function citedAfter(swapTo?: KnowledgeBase): Promise<string[]> {
  const holder = new KnowledgeHolder(await loadCorpus());
  const router = new Router(silentLogger(), new MemoryStateStore());
  registerIntake(router, { knowledge: holder, config: testConfig() });
  const say = (text: string) => router.handleTurn(textTurn(text));
  let screen = textOf(await say('check travel'));
  for (let guard = 0; guard < 15 && !screen.includes('please check your answers'); guard += 1) {
    const text = /YYYY-MM-DD/.test(screen) ? '2027-12-01' : /country/i.test(screen) ? 'China' : '1';
    screen = textOf(await say(text));
  }
  expect(screen).toContain('please check your answers');
  if (swapTo) holder.swap(swapTo);
  const replies = await router.handleTurn(textTurn('confirm'));
  const appraisal = replies.flatMap((reply) => reply.blocks).find((block) => block.kind === 'appraisal');
  if (appraisal?.kind !== 'appraisal') throw new Error('no appraisal');
  return appraisal.appraisal.citations.map((citation) => citation.id.split('#')[0] ?? '');
}

describe('intake and corpus reload', () => {
  it('cites the corpus in use when the check completes', async () => {
    const fixture = await KnowledgeBase.load({ dir: path.resolve('test/fixtures/knowledge'), institutionDirs: [] });
    const fixtureIds = new Set(fixture.knowledge.documents.map((document) => document.id));
    expect(fixtureIds.size).toBeGreaterThan(0);
    const before = await citedAfter();
    expect(before.length).toBeGreaterThan(0);
    expect(before.some((id) => !fixtureIds.has(id))).toBe(true);
    const after = await citedAfter(fixture.knowledge);
    // The shipped corpus's documents are gone after the swap, so none of them is cited (never invented); the test
    // corpus holds none of the documents the travel check's rules name.
    expect(after).toEqual([]);
  });
});
