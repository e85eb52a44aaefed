// An inverted index over a few text fields, in flat typed arrays: for each field, each term's passages (ascending)
// and term counts, plus each term's highest BM25+ score in that field, so a search can bound what a term can add
// without reading its list. Flat arrays are what makes the index cheap to persist and to load again.

/** Minisearch's BM25+ parameters: the scores stay those the answerer was tuned on. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

export function bm25Score(
  termFrequency: number,
  matching: number,
  total: number,
  fieldLength: number,
  averageLength: number,
): number {
  const inverse = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return (
    inverse *
    (BM25.d +
      (termFrequency * (BM25.k + 1)) / (termFrequency + BM25.k * (1 - BM25.b + (BM25.b * fieldLength) / averageLength)))
  );
}

/** One field of the index in compressed-row form: term t's postings are `passages[offsets[t]..offsets[t+1])`. */
export interface FieldPostings {
  offsets: Uint32Array;
  passages: Uint32Array;
  frequencies: Uint16Array;
  /** The highest BM25+ score of each term in this field. */
  maxScores: Float64Array;
  /** Distinct words of the field in each passage (minisearch's field length). */
  lengths: Uint32Array;
  averageLength: number;
}

export interface PostingsData {
  /** Every indexed term, sorted, so a prefix is one contiguous range. */
  terms: string[];
  passageCount: number;
  fields: FieldPostings[];
}

/**
 * Builds the index. `fieldsOf(passage)` gives each field's tokens; `term(token)` gives the indexed term or null
 * for a word that is not indexed.
 */
export function buildPostings(
  passageCount: number,
  fieldCount: number,
  fieldsOf: (passage: number) => string[][],
  term: (token: string) => string | null,
): PostingsData {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const triples = Array.from({ length: fieldCount }, () => ({
    terms: [] as number[],
    passages: [] as number[],
    counts: [] as number[],
  }));
  const lengths = Array.from({ length: fieldCount }, () => new Uint32Array(passageCount));
  const averages = new Array<number>(fieldCount).fill(0);
  for (let passage = 0; passage < passageCount; passage++) {
    const fields = fieldsOf(passage);
    for (let field = 0; field < fieldCount; field++) {
      const tokens = fields[field] ?? [];
      const length = new Set(tokens).size;
      (lengths[field] as Uint32Array)[passage] = length;
      // Minisearch's running mean, step for step: the same floating-point average gives the same scores.
      averages[field] = ((averages[field] ?? 0) * passage + length) / (passage + 1);
      const counts = new Map<number, number>();
      for (const token of tokens) {
        const indexed = term(token);
        if (!indexed) continue;
        let id = ids.get(indexed);
        if (id === undefined) {
          id = names.length;
          ids.set(indexed, id);
          names.push(indexed);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const triple = triples[field];
      if (!triple) continue;
      for (const [id, count] of counts) {
        triple.terms.push(id);
        triple.passages.push(passage);
        triple.counts.push(count);
      }
    }
  }
  const sorted = [...names].sort();
  const rank = new Uint32Array(names.length);
  sorted.forEach((name, position) => {
    rank[ids.get(name) ?? 0] = position;
  });
  const fields = triples.map((triple, field): FieldPostings => {
    const termCount = sorted.length;
    const offsets = new Uint32Array(termCount + 1);
    for (const id of triple.terms) (offsets[(rank[id] ?? 0) + 1] as number)++;
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const next = offsets.slice(0, termCount);
    const passages = new Uint32Array(triple.passages.length);
    const frequencies = new Uint16Array(triple.passages.length);
    // Passages were added in ascending order, so each term's list comes out ascending.
    for (let entry = 0; entry < triple.terms.length; entry++) {
      const t = rank[triple.terms[entry] ?? 0] ?? 0;
      const at = next[t] ?? 0;
      next[t] = at + 1;
      passages[at] = triple.passages[entry] ?? 0;
      frequencies[at] = Math.min(65_535, triple.counts[entry] ?? 0);
    }
    const fieldLengths = lengths[field] ?? new Uint32Array(passageCount);
    const averageLength = averages[field] ?? 0;
    const maxScores = new Float64Array(termCount);
    for (let t = 0; t < termCount; t++) {
      const start = offsets[t] ?? 0;
      const end = offsets[t + 1] ?? 0;
      let best = 0;
      for (let entry = start; entry < end; entry++) {
        const score = bm25Score(
          frequencies[entry] ?? 0,
          end - start,
          passageCount,
          fieldLengths[passages[entry] ?? 0] ?? 0,
          averageLength,
        );
        if (score > best) best = score;
      }
      maxScores[t] = best;
    }
    return { offsets, passages, frequencies, maxScores, lengths: fieldLengths, averageLength };
  });
  return { terms: sorted, passageCount, fields };
}

/** Read access to postings data: term lookup, prefix ranges, and a term's list in one field. */
export class Postings {
  private readonly ids = new Map<string, number>();

  constructor(readonly data: PostingsData) {
    data.terms.forEach((term, id) => {
      this.ids.set(term, id);
    });
  }

  get passageCount(): number {
    return this.data.passageCount;
  }

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.data.terms[id] ?? '';
  }

  /** Ids of the terms that start with `prefix`, itself included. */
  withPrefix(prefix: string): number[] {
    const terms = this.data.terms;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((terms[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let id = low; id < terms.length && (terms[id] ?? '').startsWith(prefix); id++) found.push(id);
    return found;
  }

  /** How many passages hold the term in this field. */
  matching(field: number, term: number): number {
    const offsets = this.data.fields[field]?.offsets;
    return offsets ? (offsets[term + 1] ?? 0) - (offsets[term] ?? 0) : 0;
  }
}
