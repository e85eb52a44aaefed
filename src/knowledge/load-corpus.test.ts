import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from './chunk.js';
import { loadCorpus } from './load-corpus.js';

const valid = (id: string, extra = '') => `---
id: ${id}
title: A valid test document
jurisdiction: EU
topics: [framework]
sources:
  - { title: Source, publisher: Publisher, url: "https://example.org/a", date: 2024-05 }
last_reviewed: 2026-11-01
review_by: 2027-05-01
${extra}---
Lead paragraph.

## First section

First text.

## First section

Same heading again.
`;

function corpusDir(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-corpus-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
  return directory;
}

describe('loadCorpus', () => {
  it('loads valid documents and chunks them at ## headings with unique ids', async () => {
    const directory = corpusDir({ 'eu/eu-valid.md': valid('eu-valid') });
    const { documents, problems } = await loadCorpus(directory, []);
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(1);
    const passages = chunkDocument(documents[0]!);
    expect(passages.map((passage) => passage.id)).toEqual([
      'eu-valid#overview',
      'eu-valid#first-section',
      'eu-valid#first-section-2',
    ]);
  });

  it('names the file and the field of every problem', async () => {
    const directory = corpusDir({
      'eu/eu-bad.md': valid('eu-bad')
        .replace('jurisdiction: EU', 'jurisdiction: XX')
        .replace('https://example.org/a', 'notaurl'),
      'eu/eu-no-front.md': '# just text',
      'eu/eu-mismatch.md': valid('eu-other-name'),
      'eu/eu-extra.md': valid('eu-extra', 'colour: blue\n'),
    });
    const { documents, problems } = await loadCorpus(directory, []);
    const text = problems.map((problem) => `${path.basename(problem.file)} ${problem.field ?? ''} ${problem.message}`);
    expect(text.some((line) => line.startsWith('eu-bad.md jurisdiction'))).toBe(true);
    expect(text.some((line) => line.startsWith('eu-bad.md sources.0.url'))).toBe(true);
    expect(text.some((line) => line.startsWith('eu-no-front.md') && line.includes('front matter'))).toBe(true);
    expect(text.some((line) => line.startsWith('eu-mismatch.md id'))).toBe(true);
    expect(text.some((line) => line.startsWith('eu-extra.md') && line.includes('colour'))).toBe(true);
    expect(documents.map((document) => document.id)).toEqual(['eu-other-name']);
  });

  it('reports duplicate ids across the corpus and an institution folder', async () => {
    const main = corpusDir({ 'eu/eu-dup.md': valid('eu-dup') });
    const institution = corpusDir({ 'eu-dup.md': valid('eu-dup') });
    const { documents, problems } = await loadCorpus(main, [institution]);
    expect(documents).toHaveLength(1);
    expect(problems.some((problem) => problem.message.includes('duplicate id'))).toBe(true);
  });

  it('reports a missing folder instead of throwing', async () => {
    const { problems } = await loadCorpus('/nonexistent/ressec', []);
    expect(problems[0]?.message).toMatch(/cannot read/);
  });
});
