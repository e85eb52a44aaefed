import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LISTS, DESTINATIONS_LIST, TECHNOLOGY_LIST } from './lists.js';
import { loadDataLists } from './load-lists.js';

const FREEDONIA = {
  id: 'freedonia',
  name: 'Freedonia',
  aliases: ['republic of freedonia'],
  legal_basis: 'a fictitious test measure',
  url: 'https://example.org/freedonia',
};

function folderWith(files: Record<string, unknown>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ressec-lists-'));
  mkdirSync(path.join(folder, 'lists'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(path.join(folder, 'lists', name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return folder;
}

describe('institution lists', () => {
  it('are the built-in lists when no folder has a lists/ file', async () => {
    const { lists, problems } = await loadDataLists([mkdtempSync(path.join(os.tmpdir(), 'ressec-lists-'))]);
    expect(lists).toBe(BUILT_IN_LISTS);
    expect(problems).toEqual([]);
  });

  it('replace the built-in list with the same id, and leave the others', async () => {
    const destinations = { ...BUILT_IN_LISTS.destinations, entries: [FREEDONIA] };
    const { lists, problems } = await loadDataLists([folderWith({ 'destinations.json': destinations })]);
    expect(problems).toEqual([]);
    expect(lists.match(DESTINATIONS_LIST, 'Capital city, Freedonia')).toBe('Freedonia');
    expect(lists.match(DESTINATIONS_LIST, 'Moscow, Russia')).toBeUndefined();
    expect(lists.technologies).toBe(BUILT_IN_LISTS.technologies);
  });

  it('report a file that does not validate, or names no list, and keep the built-in list', async () => {
    const broken = { ...BUILT_IN_LISTS.technologies, entries: [{ id: 'x', name: 'X' }] };
    const folder = folderWith({
      'a.json': broken,
      'b.json': { ...BUILT_IN_LISTS.destinations, id: 'my-own-list' },
      'c.json': '{ not json',
    });
    const { lists, problems } = await loadDataLists([folder]);
    expect(lists.technologies).toBe(BUILT_IN_LISTS.technologies);
    expect(lists.entryIds(TECHNOLOGY_LIST)).toHaveLength(10);
    expect(problems.map((problem) => path.basename(problem.file))).toEqual(['a.json', 'b.json', 'c.json']);
    expect(problems[0]?.field).toMatch(/^entries\.0/);
    expect(problems[1]?.field).toBe('id');
  });

  it('take the later folder where two replace the same list', async () => {
    const first = folderWith({ 'd.json': { ...BUILT_IN_LISTS.destinations, entries: [FREEDONIA] } });
    const second = folderWith({
      'd.json': {
        ...BUILT_IN_LISTS.destinations,
        entries: [{ ...FREEDONIA, id: 'sylvania', name: 'Sylvania', aliases: [] }],
      },
    });
    const { lists } = await loadDataLists([first, second]);
    expect(lists.match(DESTINATIONS_LIST, 'Sylvania')).toBe('Sylvania');
    expect(lists.match(DESTINATIONS_LIST, 'Freedonia')).toBeUndefined();
  });
});
