// The country and technology lists reload with the corpus: an institution changes a list file while a check is in
// progress, the running process reloads, and the same check goes on with the new list (nothing asked again that was
// answered, nothing dropped), offering the new technology area and flagging the new destination.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type App, buildApp } from '../../src/app.js';
import type { AppraisalView } from '../../src/core/reply.js';
import { textTurn } from '../../src/core/turn.js';
import { BUILT_IN_LISTS } from '../../src/intake/data/lists.js';
import { silentLogger } from '../../src/log.js';
import { fixtureConfig } from '../support/fixture-app.js';
import { textOf } from './support/intake-fixtures.js';

const open: App[] = [];
afterEach(async () => {
  for (const app of open.splice(0)) await app.close();
});

function writeInstitutionLists(folder: string): void {
  mkdirSync(path.join(folder, 'lists'), { recursive: true });
  const destinations = {
    ...BUILT_IN_LISTS.destinations,
    entries: [
      ...BUILT_IN_LISTS.destinations.entries,
      {
        id: 'freedonia',
        name: 'Freedonia',
        aliases: [],
        legal_basis: 'a fictitious measure of the test institution',
        url: 'https://eastmoor.example/freedonia',
      },
    ],
  };
  const technologies = {
    ...BUILT_IN_LISTS.technologies,
    entries: [
      ...BUILT_IN_LISTS.technologies.entries,
      { id: 'hypersonics', name: 'Hypersonic flight', priority: false, aliases: ['hypersonic'] },
    ],
  };
  writeFileSync(path.join(folder, 'lists', 'destinations.json'), JSON.stringify(destinations));
  writeFileSync(path.join(folder, 'lists', 'technologies.json'), JSON.stringify(technologies));
}

describe('data lists and corpus reload', () => {
  it('a running process uses an institution list changed while a check is in progress', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ressec-institution-'));
    copyFileSync(
      'test/fixtures/institution/eastmoor-test-procedure.md',
      path.join(folder, 'eastmoor-test-procedure.md'),
    );
    const config = fixtureConfig({ RESSEC_INSTITUTION_DIRS: folder });
    const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:', watchKnowledge: true });
    open.push(app);
    const say = async (text: string) => app.router.handleTurn(textTurn(text));

    let screen = textOf(await say('check travel'));
    expect(screen).toMatch(/What is the trip for/);
    screen = textOf(await say('1'));
    expect(screen).toMatch(/Which country are you travelling to/);

    // The institution changes its lists: the folder watch reloads the corpus, lists included.
    writeInstitutionLists(folder);
    await vi.waitUntil(() => app.knowledgeHolder.version > 1, { timeout: 10_000, interval: 20 });
    expect(app.knowledge.lists.match('eu-arms-embargo-destinations', 'Freedonia')).toBe('Freedonia');

    // The same check goes on: the destination question is still the one asked.
    let replies = await say('Freedonia');
    screen = textOf(replies);
    let offeredNewArea = false;
    for (let guard = 0; guard < 20 && !screen.includes('please check your answers'); guard += 1) {
      if (/critical technology areas/i.test(screen)) {
        // The options are in the form (Slack, Teams) that the question comes with.
        offeredNewArea = JSON.stringify(replies).includes('Hypersonic flight');
        replies = await say('Hypersonic flight');
      } else {
        replies = await say(/YYYY-MM-DD/.test(screen) ? '2027-12-01' : '1');
      }
      screen = textOf(replies);
    }
    expect(offeredNewArea).toBe(true);
    expect(screen).toContain('please check your answers');
    expect(screen).toContain('Freedonia');
    expect(screen).toContain('Hypersonic flight');

    replies = await say('confirm');
    const block = replies.flatMap((reply) => reply.blocks).find((item) => item.kind === 'appraisal');
    const appraisal = (block as { appraisal: AppraisalView } | undefined)?.appraisal;
    expect(appraisal).toBeDefined();
    const flags = new Map(appraisal?.flags.map((flag) => [flag.id, flag.reason]));
    expect(flags.get('restricted-destination')).toMatch(/^Freedonia is under EU restrictive measures/);
    expect(flags.has('critical-technology-area')).toBe(true);
  });
});
