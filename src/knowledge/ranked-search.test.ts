import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildPostings, Postings } from './postings.js';
import { type QueryTerm, RankedSearch } from './ranked-search.js';

// A small Zipf-like corpus: a few words in almost every passage, many in few, so pruning has common terms to skip.
function corpus(size: number): string[][] {
  let state = 7;
  const next = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const word = () => `w${Math.floor(1 / (next() * 0.999 + 0.001)) % 400}`;
  return Array.from({ length: size }, () => Array.from({ length: 5 + Math.floor(next() * 30) }, word));
}

function index(texts: string[][]) {
  return new Postings(
    buildPostings(
      texts.length,
      2,
      (passage) => [texts[passage]?.slice(0, 3) ?? [], texts[passage] ?? []],
      (token) => token,
    ),
  );
}

const queries: QueryTerm[][] = [
  [{ term: 'w1', boost: 1, prefix: false }],
  [
    { term: 'w1', boost: 1, prefix: false },
    { term: 'w37', boost: 1, prefix: false },
    { term: 'w2', boost: 0.35, prefix: false },
    { term: 'w150', boost: 0.3, prefix: false },
  ],
  [
    { term: 'w3', boost: 1, prefix: true },
    { term: 'w90', boost: 1, prefix: false },
    { term: 'nowhere', boost: 1, prefix: false },
  ],
  // A rare word asked, common ones around it: the common ones are only looked up for the passages still in the running.
  [
    { term: 'w301', boost: 1, prefix: false },
    { term: 'w1', boost: 0.3, prefix: false },
    { term: 'w2', boost: 0.3, prefix: false },
  ],
  Array.from({ length: 20 }, (_, n) => ({ term: `w${n * 7}`, boost: n < 3 ? 1 : 0.3, prefix: false })),
  // Synonyms that count a quarter of a matched term: pruning stays exact.
  Array.from({ length: 12 }, (_, n) => ({
    term: `w${n * 11 + 2}`,
    boost: n < 2 ? 1 : 0.3,
    prefix: false,
    tally: n < 2 ? 1 : 0.25,
  })),
];

describe('RankedSearch', () => {
  const texts = corpus(3000);
  const postings = index(texts);
  const search = new RankedSearch(postings);

  it('returns the same top k as scoring every passage, in the same order', () => {
    for (const terms of queries) {
      for (const limit of [1, 5, 32, 96]) {
        const pruned = search.search({ terms, fieldBoosts: [1.5, 1], limit });
        const exhaustive = search.search({ terms, fieldBoosts: [1.5, 1], limit, exhaustive: true });
        expect(pruned.map((hit) => hit.passage)).toEqual(exhaustive.map((hit) => hit.passage));
        expect(pruned.length).toBe(Math.min(limit, exhaustive.length));
      }
    }
  });

  it('scores and orders as minisearch does, where every term counts as one', () => {
    const mini = new MiniSearch<{ id: number; head: string; body: string }>({
      fields: ['head', 'body'],
      tokenize: (text) => text.split(' '),
    });
    mini.addAll(texts.map((words, id) => ({ id, head: words.slice(0, 3).join(' '), body: words.join(' ') })));
    for (const terms of queries.filter((query) => query.every((term) => term.tally === undefined))) {
      const expected = mini
        .search(terms.map((term) => term.term).join(' '), {
          boost: { head: 1.5, body: 1 },
          prefix: (term) => terms.find((query) => query.term === term)?.prefix ?? false,
          boostTerm: (term) => terms.find((query) => query.term === term)?.boost ?? 1,
        })
        .slice(0, 40);
      const found = search.search({ terms, fieldBoosts: [1.5, 1], limit: 40 });
      expect(found.map((hit) => hit.passage)).toEqual(expected.map((hit) => hit.id));
      found.forEach((hit, rank) => {
        expect(hit.score).toBeCloseTo(expected[rank]?.score ?? 0, 9);
      });
    }
  });

  it('counts a term of tally t as t of a matched term', () => {
    const texts = [
      ['a', 'b', 'c', 'd', 'x'],
      ['a', 'q', 'r', 's', 'y'],
    ];
    const small = new RankedSearch(index(texts));
    const terms = (tally: number): QueryTerm[] => [
      { term: 'a', boost: 1, prefix: false },
      ...['b', 'c', 'd'].map((term) => ({ term, boost: 0.3, prefix: false, tally })),
    ];
    const full = small.search({ terms: terms(1), fieldBoosts: [1, 1], limit: 2 });
    const quarter = small.search({ terms: terms(0.25), fieldBoosts: [1, 1], limit: 2 });
    expect(full[0]?.passage).toBe(0);
    // Passage 0 matched four terms at full tally and 1.75 at a quarter; passage 1 matched one either way.
    const ratio = (hits: typeof full) => (hits[0]?.score ?? 0) / (hits[1]?.score ?? 1);
    expect(ratio(full) / ratio(quarter)).toBeCloseTo(4 / 1.75, 5);
  });

  it('keeps to the allowed passages', () => {
    const allowed = Uint8Array.from(texts, (_, passage) => (passage % 3 === 0 ? 1 : 0));
    const found = search.search({ terms: queries[1] ?? [], fieldBoosts: [1.5, 1], limit: 50, allowed });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((hit) => hit.passage % 3 === 0)).toBe(true);
  });

  it('finds nothing for terms the index lacks, and leaves no score behind for the next search', () => {
    expect(
      search.search({ terms: [{ term: 'absent', boost: 1, prefix: false }], fieldBoosts: [1, 1], limit: 5 }),
    ).toEqual([]);
    const first = search.search({ terms: queries[0] ?? [], fieldBoosts: [1.5, 1], limit: 5 });
    const again = search.search({ terms: queries[0] ?? [], fieldBoosts: [1.5, 1], limit: 5 });
    expect(again).toEqual(first);
  });
});
