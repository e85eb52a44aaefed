// A synthetic corpus of N passages drawn from the shipped corpus's own vocabulary, for retrieval at scale.

import { JURISDICTIONS } from '../src/config.js';
import type { KnowledgeDocument, Passage } from '../src/knowledge/document.js';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Words are drawn with a Zipf distribution (as in real text) over the corpus vocabulary followed by generated rare
 * words, 50,000 in all: uniform draws over a few thousand words would put every word in every tenth passage.
 */
export function syntheticCorpus(corpusVocabulary: string[], passages: number, perDocument = 5) {
  const next = random(42);
  const vocabulary = [...corpusVocabulary];
  for (let index = 0; vocabulary.length < 50_000; index++) vocabulary.push(`term${index.toString(36)}`);
  const weights = vocabulary.map((_, rank) => 1 / (rank + 1));
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    cumulative.push(total);
  }
  const word = () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low] ?? 'research';
  };
  const documents: KnowledgeDocument[] = [];
  const rows: Passage[] = [];
  for (let d = 0; d * perDocument < passages; d++) {
    const jurisdiction = JURISDICTIONS[d % JURISDICTIONS.length] ?? 'GENERAL';
    const id = `synthetic-${d}`;
    documents.push({
      id,
      title: Array.from({ length: 6 }, word).join(' '),
      jurisdiction,
      topics: ['framework'],
      sources: [{ title: 'Synthetic', publisher: 'Bench', url: 'https://example.org', date: '2026' }],
      last_reviewed: '2026-11-01',
      review_by: '2099-01-01',
      file: `${id}.md`,
      institutional: false,
      body: '',
    });
    for (let p = 0; p < perDocument && rows.length < passages; p++) {
      rows.push({
        id: `${id}#s${p}`,
        documentId: id,
        heading: Array.from({ length: 5 }, word).join(' '),
        text: Array.from({ length: 90 }, word).join(' '),
        jurisdiction,
        institutional: false,
        sources: [],
      });
    }
  }
  return { documents, passages: rows };
}
