// An institution folder that holds only its own lists (`lists/*.json`, no documents) is in use: the lists are loaded
// and named by `knowledge check` and the chat's greeting, and a check consults them. "No valid document" is said only
// of a folder that gives nothing usable: no document and no valid list.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.js';
import { BUILT_IN_LISTS } from '../../src/intake/data/lists.js';
import { main } from '../../src/main.js';
import { BENIGN } from './support/answer-sets.js';

const directory = mkdtempSync(path.join(tmpdir(), 'ressec-lists-only-'));
const KNOWLEDGE = path.resolve('test/fixtures/knowledge');

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

async function ressec(args: string[], institution: string, input = '') {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough().on('data', (chunk) => {
    stdout += String(chunk);
  });
  const err = new PassThrough().on('data', (chunk) => {
    stderr += String(chunk);
  });
  const io: CliIo = { stdin: Readable.from([input]), stdout: out, stderr: err, isTTY: false };
  const environment = {
    RESSEC_DATA_DIR: mkdtempSync(path.join(directory, 'data-')),
    RESSEC_KNOWLEDGE_DIR: KNOWLEDGE,
    RESSEC_INSTITUTION_DIRS: institution,
    RESSEC_LOG_LEVEL: 'silent',
  };
  const code = await main(args, environment, io);
  return { code, stdout, stderr };
}

/** An institution folder with `lists/` and the given files in it, and nothing else. */
function listsOnlyFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(directory, 'institution-'));
  mkdirSync(path.join(folder, 'lists'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, 'lists', name), text);
  return folder;
}

const withFreedonia = JSON.stringify({
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
});
const entries = BUILT_IN_LISTS.destinations.entries.length + 1;

describe('an institution folder with only lists/', () => {
  it('knowledge check loads the list and names it; no "no valid document"', async () => {
    const folder = listsOnlyFolder({ 'destinations.json': withFreedonia });
    const file = path.join(folder, 'lists', 'destinations.json');

    const text = await ressec(['knowledge', 'check'], folder);
    expect(text.stdout).not.toMatch(/no valid document/);
    expect(text.stdout).toContain(
      `list ${BUILT_IN_LISTS.destinations.id}: ${entries} entries from ${file} (replaces the built-in list)`,
    );
    expect(text.stdout).toContain('✓ corpus valid');
    expect(text.code).toBe(0);

    const json = await ressec(['knowledge', 'check', '--json'], folder);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.problems).toEqual([]);
    expect(report.lists).toEqual([
      { id: BUILT_IN_LISTS.destinations.id, title: BUILT_IN_LISTS.destinations.title, entries, file },
    ]);
  });

  it('the chat starts and says which list it loaded; a check consults it', async () => {
    const folder = listsOnlyFolder({ 'destinations.json': withFreedonia });
    const chat = await ressec(['chat'], folder, '/quit\n');
    expect(chat.stderr).not.toMatch(/no valid document/);
    expect(chat.code).toBe(0);
    expect(chat.stdout).toContain(`Your list "${BUILT_IN_LISTS.destinations.title}" (${entries} entries`);

    const answers = path.join(folder, '..', `answers-${path.basename(folder)}.json`);
    writeFileSync(answers, JSON.stringify({ ...BENIGN.travel, 'destination-country': 'Freedonia' }));
    const check = await ressec(['check', 'travel', '--answers', answers, '--json'], folder);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const flags = JSON.parse(check.stdout).flags.map((flag: { id: string }) => flag.id);
    expect(flags).toContain('restricted-destination');
  });

  it('with no valid list either, the folder holds nothing usable and says so', async () => {
    const folder = listsOnlyFolder({ 'destinations.json': '{ not json' });
    const check = await ressec(['knowledge', 'check'], folder);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`RESSEC_INSTITUTION_DIRS: ${folder} holds no valid document or list`);
    expect(check.stdout).toMatch(/destinations\.json: not readable JSON/);

    const chat = await ressec(['chat'], folder, '/quit\n');
    expect(chat.code).toBe(2);
    expect(chat.stderr).toContain(`RESSEC_INSTITUTION_DIRS: ${folder} holds no valid document or list`);
  });

  it('an empty folder still holds no valid document', async () => {
    const folder = mkdtempSync(path.join(directory, 'empty-'));
    const check = await ressec(['knowledge', 'check'], folder);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`RESSEC_INSTITUTION_DIRS: ${folder} holds no valid document`);
  });
});
