// Misconfiguration fails loudly at start: exit 2 and a message naming the variable; .env and --version work.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDataDir } from './support/fixture-app.js';

const BIN = path.resolve('bin/ressec.js');
const KNOWLEDGE = path.resolve('test/fixtures/knowledge');

function ressec(args: string[], env: Record<string, string | undefined> = {}, cwd = process.cwd(), input = '') {
  // An undefined value leaves the variable unset, so a .env file can supply it.
  const environment = {
    PATH: process.env.PATH ?? '',
    RESSEC_DATA_DIR: temporaryDataDir(),
    RESSEC_LOG_LEVEL: 'silent',
    ...env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: Object.fromEntries(
      Object.entries(environment).filter(([, value]) => value !== undefined),
    ) as NodeJS.ProcessEnv,
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('start-up', () => {
  it('--version prints the package version', () => {
    const { code, stdout } = ressec(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ressec \d+\.\d+\.\d+\n$/);
  });

  it('a missing corpus folder stops with exit 2 naming the variable', () => {
    const missing = path.join(os.tmpdir(), 'ressec-no-such-corpus');
    const { code, stderr } = ressec(['ask', 'laptop travel'], { RESSEC_KNOWLEDGE_DIR: missing });
    expect(code).toBe(2);
    expect(stderr).toContain(`RESSEC_KNOWLEDGE_DIR: ${missing} does not exist`);
  });

  it('an empty institution folder stops with exit 2 naming the variable', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'ressec-empty-institution-'));
    const { code, stderr } = ressec(
      ['chat'],
      { RESSEC_KNOWLEDGE_DIR: KNOWLEDGE, RESSEC_INSTITUTION_DIRS: empty },
      undefined,
      '/quit\n',
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`RESSEC_INSTITUTION_DIRS: ${empty} holds no valid document`);
  });

  it('names each skipped institution document with its problem in the chat greeting', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ressec-institution-'));
    writeFileSync(
      path.join(folder, 'good.md'),
      `---\nid: good\ntitle: Our own procedure\njurisdiction: NL\ntopics: [institutional]\nsources:\n  - { title: Intranet page, publisher: Our university, url: https://intranet.example.org/p, date: 2026 }\nlast_reviewed: 2026-11-01\nreview_by: 2027-11-01\n---\n\nOur procedure for partnerships.\n\n## How to ask\nWrite to the desk before signing.\n`,
    );
    writeFileSync(path.join(folder, 'broken.md'), '---\nid: Broken Id\n---\nbody\n');
    const { code, stdout } = ressec(
      ['chat'],
      { RESSEC_KNOWLEDGE_DIR: KNOWLEDGE, RESSEC_INSTITUTION_DIRS: folder },
      undefined,
      '/quit\n',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/⚠ skipped .*broken\.md: /);
  });

  it('reads .env from the working directory, and the environment wins over it', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'ressec-dotenv-'));
    mkdirSync(path.join(cwd, 'data'));
    writeFileSync(path.join(cwd, '.env'), `RESSEC_KNOWLEDGE_DIR=${KNOWLEDGE}\nRESSEC_LOG_LEVEL=shouty\n`);
    const fromFile = ressec(['ask', 'laptop travel'], { RESSEC_LOG_LEVEL: undefined }, cwd);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain('RESSEC_LOG_LEVEL');
    const overridden = ressec(
      ['ask', 'What should I do with my laptop before I travel abroad?'],
      { RESSEC_LOG_LEVEL: 'silent' },
      cwd,
    );
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toMatch(/loaner laptop/);
  });
});
