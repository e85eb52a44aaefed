// `ressec ask` persists the analysed corpus and answers the same from it; commands that need no corpus never load it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDataDir } from './support/fixture-app.js';

const BIN = path.resolve('bin/ressec.js');

function ressec(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      RESSEC_DATA_DIR: dataDir,
      RESSEC_LOG_LEVEL: 'silent',
      RESSEC_KNOWLEDGE_DIR: path.resolve('test/fixtures/knowledge'),
    },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout };
}

describe('the corpus cache from the command line', () => {
  it('is written by the first ask and answers the second identically', () => {
    const dataDir = temporaryDataDir();
    const question = 'What should I do with my laptop before I travel abroad?';
    const first = ressec(['ask', question], dataDir);
    expect(first.code).toBe(0);
    const cache = path.join(dataDir, 'cache');
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    expect(statSync(path.join(cache, files[0] ?? '')).mode & 0o777).toBe(0o600);
    const second = ressec(['ask', question], dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).toMatch(/laptop/i);
    expect(readdirSync(cache)).toEqual(files);
  });

  it.each([['tickets'], ['deliver'], ['check', '--list']])('`%s` loads no corpus', (...args) => {
    const dataDir = temporaryDataDir();
    expect(ressec(args, dataDir).code).toBe(0);
    expect(existsSync(path.join(dataDir, 'cache'))).toBe(false);
  });
});
