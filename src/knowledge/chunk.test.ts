import { describe, expect, it } from 'vitest';
import { chunkDocument, sectionSources } from './chunk.js';
import type { KnowledgeDocument } from './document.js';

describe('section sources', () => {
  it('reads the marker, strips it from the text and keeps 0-based indexes', () => {
    const parsed = sectionSources('The Loket opened in 2022.\n<!-- sources: 2, 3 -->');
    expect(parsed).toEqual({ text: 'The Loket opened in 2022.', sources: [1, 2] });
  });

  it('drops indexes past the document sources and leaves sections without a marker empty', () => {
    const document = {
      id: 'doc',
      title: 'A document',
      jurisdiction: 'NL',
      topics: ['framework'],
      sources: [{ title: 'Page', publisher: 'Gov', url: 'https://example.org/a', date: '2024' }],
      last_reviewed: '2026-01-01',
      review_by: '2027-01-01',
      file: 'doc.md',
      institutional: false,
      body: 'Lead.\n\n## First\nOne fact.\n<!-- source: 1 -->\n\n## Second\nTwo facts.\n<!-- source: 4 -->\n\n## Third\nNo marker.',
    } satisfies KnowledgeDocument;
    const passages = chunkDocument(document);
    expect(passages.map((passage) => [passage.heading, passage.text, passage.sources])).toEqual([
      ['Overview', 'Lead.', []],
      ['First', 'One fact.', [0]],
      ['Second', 'Two facts.', []],
      ['Third', 'No marker.', []],
    ]);
  });
});
