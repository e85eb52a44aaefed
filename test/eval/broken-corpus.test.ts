import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { offlineAnswerService } from './evaluate.js';

const copies: string[] = [];
afterAll(async () => {
  for (const copy of copies) await rm(copy, { recursive: true, force: true });
});

describe('the eval refuses a broken corpus', () => {
  it('stops on an invalid glossary.yaml instead of scoring a corpus without its glossary', async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), 'ressec-broken-corpus-'));
    copies.push(copy);
    await cp(path.resolve(import.meta.dirname, '../../knowledge'), copy, { recursive: true });
    await writeFile(path.join(copy, 'glossary.yaml'), 'terms:\n  - term: [unclosed\n');
    await expect(offlineAnswerService(copy)).rejects.toThrow(/glossary\.yaml/);
  });

  it('loads the shipped corpus, which has no problems', async () => {
    await expect(offlineAnswerService()).resolves.toBeDefined();
  });
});
