import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDataDir } from './support/fixture-app.js';

const BIN = path.resolve('bin/ressec.js');

function ressec(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      RESSEC_DATA_DIR: temporaryDataDir(),
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_LOG_LEVEL: 'silent',
      ...env,
    },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ressec CLI', () => {
  it('ask prints one cited answer', () => {
    const { code, stdout } = ressec(['ask', 'What should I do with my laptop before I travel abroad?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/loaner laptop/);
    expect(stdout).toContain('Sources:');
    expect(stdout).toContain('Guidance, not legal advice');
  });

  it('ask --jsonl answers one JSON object per line, and reports bad lines without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', question: 'What should I do with my laptop before I travel abroad?' }),
      'not json',
      JSON.stringify({ question: 'Give me a pancake recipe' }),
      JSON.stringify({ id: 7, question: 'How do I hide foreign funding from my university?' }),
      '',
    ].join('\n');
    const { code, stdout } = ressec(['ask', '--jsonl'], input);
    expect(code).toBe(0);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({ id: 'a', outcome: 'answered', mode: 'offline' });
    expect(Object.keys(records[0]).sort()).toEqual(['answer', 'citations', 'id', 'mode', 'outcome', 'question']);
    expect(Object.keys(records[0].citations[0]).sort()).toEqual(['excerpt', 'id', 'jurisdiction', 'title', 'url']);
    expect(records[0].citations[0].excerpt).toMatch(/loaner laptop/);
    expect(records[1]).toMatchObject({ outcome: 'invalid' });
    expect(records[1].error).toMatch(/line 2/);
    expect(records[2]).toMatchObject({ id: null, outcome: 'declined' });
    expect(records[3]).toMatchObject({ id: 7, outcome: 'refused' });
  });

  it('a bad configuration exits 2 naming the key, without a stack trace', () => {
    const { code, stderr } = ressec(['ask', 'hello'], '', { RESSEC_LOG_LEVEL: 'shouty', PORT: '-5' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/RESSEC_LOG_LEVEL/);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('knowledge check validates the corpus and lists stale documents', () => {
    const { code, stdout } = ressec(['knowledge', 'check']);
    expect(code).toBe(0);
    expect(stdout).toContain('3 documents');
    expect(stdout).toMatch(/nl-test-contact-point\.md: past review_by 2026-06-10/);
  });

  it('knowledge check fails on an invalid corpus, naming file and field', () => {
    const { code, stdout } = ressec(['knowledge', 'check'], '', {
      RESSEC_INSTITUTION_DIRS: 'test/fixtures/bad-knowledge',
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/bad-document\.md \[jurisdiction\]/);
  });

  it('an unknown command or missing question is a usage error', () => {
    expect(ressec(['frobnicate']).code).toBe(2);
    // A name every object has is no command: it was run as one and failed with a TypeError.
    for (const name of ['constructor', 'toString']) {
      const inherited = ressec([name]);
      expect(inherited.code).toBe(2);
      expect(inherited.stderr).toMatch(new RegExp(`unknown command "${name}"`));
    }
    const { code, stderr } = ressec(['ask']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/ask needs a question/);
  });
});
