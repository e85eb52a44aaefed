import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../config.js';
import { capPerDocument, diverseCandidates, dominantDocument } from './diverse-candidates.js';
import type { KnowledgeDocument } from './document.js';
import type { SearchHit } from './search-index.js';

function hit(documentId: string, section: number, score: number, jurisdiction: Jurisdiction = 'GENERAL'): SearchHit {
  const document = { id: documentId, jurisdiction } as KnowledgeDocument;
  return {
    passage: {
      id: `${documentId}#${section}`,
      documentId,
      heading: `Section ${section}`,
      text: '',
      jurisdiction,
      institutional: false,
      sources: [],
    },
    document,
    score,
    rawScore: score,
  };
}

describe('candidate diversity', () => {
  it('takes at most two sections per document while others remain', () => {
    const hits = [hit('a', 1, 10), hit('a', 2, 9), hit('a', 3, 8), hit('b', 1, 5), hit('c', 1, 4)];
    expect(capPerDocument(hits, new Set(), 4).map((each) => each.passage.id)).toEqual(['a#1', 'a#2', 'b#1', 'c#1']);
    expect(capPerDocument(hits, new Set(['a']), 4).map((each) => each.passage.id)).toEqual([
      'a#1',
      'a#2',
      'a#3',
      'b#1',
    ]);
  });

  it('fills up from the same documents where a small corpus has no others', () => {
    const hits = [hit('a', 1, 10), hit('a', 2, 9), hit('a', 3, 8)];
    expect(capPerDocument(hits, new Set(), 3)).toHaveLength(3);
  });

  it("keeps each part's best section and a place for each jurisdiction in play", () => {
    const first = [hit('a', 1, 10), hit('b', 1, 9), hit('c', 1, 8), hit('d', 1, 7), hit('nl', 1, 1, 'NL')];
    const second = [hit('e', 1, 2)];
    const chosen = diverseCandidates([first, second], ['NL'], new Set(), 3).map((each) => each.passage.id);
    expect(chosen).toContain('e#1');
    expect(chosen).toContain('nl#1');
    expect(chosen).toHaveLength(3);
  });

  it('treats a document that outscores all others by far as the one asked about', () => {
    expect(dominantDocument([hit('a', 1, 10), hit('a', 2, 9), hit('b', 1, 2)])).toEqual(['a']);
    expect(dominantDocument([hit('a', 1, 10), hit('b', 1, 8)])).toEqual([]);
  });
});
