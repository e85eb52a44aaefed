// The best k passages for a weighted query under minisearch's BM25+ (each query term's field scores summed, the
// sum multiplied by the number of query terms matched), found without scoring every passage that holds a common
// term, and without dropping any term. Terms are taken strongest first; once no passage that none of them matched can
// reach the k-th best score so far, the remaining (weaker, commoner) terms are only looked up for passages already
// in the running, and a passage whose best possible score falls below the k-th best is dropped. This is MaxScore
// pruning: it is exact, so the result is the same top k an exhaustive scoring gives. A term may count less than one
// matched term (a synonym the glossary adds): a tally of at most 1 keeps every bound an upper bound.
import { BM25, type Postings } from './postings.js';

/** Minisearch's weight of a prefix match at distance 0; it falls as the indexed term grows longer. */
const PREFIX_WEIGHT = 0.375;
// Scores are sums of the same terms in a different order: bounds are compared with a margin for rounding.
const SLACK = 1 + 1e-9;

export interface QueryTerm {
  term: string;
  /** How much this term counts (what is asked 1, the scene and synonyms less). */
  boost: number;
  /** Also match indexed terms that start with it. */
  prefix: boolean;
  /** What a match adds to the number of query terms matched (1 unless said). */
  tally?: number;
}

export interface RankedRequest {
  terms: QueryTerm[];
  /** Weight of each indexed field, in the index's field order. */
  fieldBoosts: number[];
  limit: number;
  /** Only passages whose entry is 1 (a jurisdiction's passages). */
  allowed?: Uint8Array;
  /** Score every passage that matches any term: the reference pruning is measured against. */
  exhaustive?: boolean;
}

export interface RankedPassage {
  passage: number;
  score: number;
}

interface List {
  field: number;
  start: number;
  end: number;
  inverse: number;
  weight: number;
  /** Where minisearch would first meet a passage through this list: it breaks ties in its order. */
  order: number;
}

interface Term {
  query: number;
  lists: List[];
  bound: number;
}

export class RankedSearch {
  private readonly scores: Float64Array;
  private readonly counts: Float32Array;
  /** Per query term, what one match adds to a passage's count of matched terms. */
  private tallies: number[] = [];
  private readonly lastTerm: Int32Array;
  private readonly firstOrder: Float64Array;
  private readonly touched: Uint32Array;
  private readonly bounds: Float64Array;
  /** Per field, each passage's BM25 length term `k·(1 − b + b·length/average)`: worked out once, not per posting. */
  private readonly lengthNorms: Float64Array[];
  private touchedCount = 0;

  constructor(private readonly postings: Postings) {
    const size = postings.passageCount;
    this.lengthNorms = postings.data.fields.map((field) => {
      const norms = new Float64Array(size);
      for (let passage = 0; passage < size; passage++) {
        norms[passage] = BM25.k * (1 - BM25.b + (BM25.b * (field.lengths[passage] ?? 0)) / field.averageLength);
      }
      return norms;
    });
    this.scores = new Float64Array(size);
    this.counts = new Float32Array(size);
    this.lastTerm = new Int32Array(size).fill(-1);
    this.firstOrder = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
    this.touched = new Uint32Array(size);
    this.bounds = new Float64Array(size);
  }

  search(request: RankedRequest): RankedPassage[] {
    const terms = this.terms(request);
    if (terms.length === 0 || request.limit <= 0) return [];
    this.tallies = request.terms.map((query) => query.tally ?? 1);
    // Strongest first: rare terms and what is asked come before common words and the scene.
    const order = [...terms].sort((a, b) => b.bound - a.bound);
    const limit = request.limit;
    let remaining = order.reduce((sum, term) => sum + term.bound, 0);
    let position = 0;
    // A k-th best score already reached: it only grows.
    let threshold = 0;
    let readSinceCount = 0;
    try {
      for (; position < order.length; position++) {
        const term = order[position] as Term;
        if (!request.exhaustive && this.touchedCount >= limit) {
          // A passage no term so far matched can score at most every remaining bound, times their number.
          const unseen = remaining * (order.length - position) * SLACK;
          // Counting the k-th best is a pass over every passage touched: done again only once as many postings have
          // been read since, so it never costs more than the reading.
          if (unseen >= threshold && readSinceCount >= this.touchedCount) {
            threshold = this.kthLowerBound(limit, this.touched.subarray(0, this.touchedCount));
            readSinceCount = 0;
          }
          if (unseen < threshold) break;
        }
        for (const list of term.lists) {
          this.scan(term.query, list, request.allowed, false);
          readSinceCount += list.end - list.start;
        }
        remaining -= term.bound;
      }
      // The look-up phase reorders and compacts its candidates: it gets a copy, as reset() needs every one touched.
      const survivors =
        position < order.length
          ? this.lookUp(this.touched.slice(0, this.touchedCount), order.slice(position), remaining, limit)
          : this.touched.subarray(0, this.touchedCount);
      return this.best(survivors, limit);
    } finally {
      this.reset();
    }
  }

  private terms(request: RankedRequest): Term[] {
    const terms: Term[] = [];
    const seen = new Set<string>();
    const total = this.postings.passageCount;
    request.terms.forEach((query, index) => {
      if (seen.has(query.term)) return;
      seen.add(query.term);
      const exact = this.postings.termId(query.term);
      const derived: { id: number; weight: number }[] = exact === undefined ? [] : [{ id: exact, weight: 1 }];
      if (query.prefix) {
        for (const id of this.postings.withPrefix(query.term)) {
          const indexed = this.postings.term(id);
          const distance = indexed.length - query.term.length;
          if (distance === 0) continue;
          derived.push({ id, weight: (PREFIX_WEIGHT * indexed.length) / (indexed.length + 0.3 * distance) });
        }
      }
      const lists: List[] = [];
      let bound = 0;
      let order = 0;
      for (const { id, weight } of derived) {
        request.fieldBoosts.forEach((fieldBoost, field) => {
          const postings = this.postings.data.fields[field];
          order += 1;
          if (!postings) return;
          const start = postings.offsets[id] ?? 0;
          const end = postings.offsets[id + 1] ?? 0;
          if (end === start) return;
          const matching = end - start;
          const listWeight = weight * query.boost * fieldBoost;
          lists.push({
            field,
            start,
            end,
            inverse: Math.log(1 + (total - matching + 0.5) / (matching + 0.5)),
            weight: listWeight,
            order: index * 1_048_576 + order,
          });
          bound += listWeight * (postings.maxScores[id] ?? 0);
        });
      }
      if (lists.length > 0) terms.push({ query: index, lists, bound });
    });
    return terms;
  }

  private contribution(list: List, entry: number, passage: number): number {
    const field = this.postings.data.fields[list.field];
    if (!field) return 0;
    const frequency = field.frequencies[entry] ?? 0;
    const norm = this.lengthNorms[list.field]?.[passage] ?? 0;
    return list.weight * (list.inverse * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + norm)));
  }

  private add(query: number, list: List, entry: number, passage: number): void {
    if (this.lastTerm[passage] === -1) this.touched[this.touchedCount++] = passage;
    if (this.lastTerm[passage] !== query) {
      this.lastTerm[passage] = query;
      this.counts[passage] = (this.counts[passage] ?? 0) + (this.tallies[query] ?? 1);
    }
    this.scores[passage] = (this.scores[passage] ?? 0) + this.contribution(list, entry, passage);
    if (list.order < (this.firstOrder[passage] ?? 0)) this.firstOrder[passage] = list.order;
  }

  /** `add()` for a whole list, written out: this loop is where a search at scale spends its time. */
  private scan(query: number, list: List, allowed: Uint8Array | undefined, onlyTouched: boolean): void {
    const field = this.postings.data.fields[list.field];
    if (!field) return;
    const { passages, frequencies } = field;
    const norms = this.lengthNorms[list.field] as Float64Array;
    const { scores, counts, lastTerm, firstOrder, touched } = this;
    const { inverse, weight, order } = list;
    const tally = this.tallies[query] ?? 1;
    let touchedCount = this.touchedCount;
    for (let entry = list.start; entry < list.end; entry++) {
      const passage = passages[entry] as number;
      if (allowed !== undefined && allowed[passage] !== 1) continue;
      const last = lastTerm[passage] as number;
      if (onlyTouched && last === -1) continue;
      if (last !== query) {
        if (last === -1) touched[touchedCount++] = passage;
        lastTerm[passage] = query;
        counts[passage] = (counts[passage] as number) + tally;
      }
      const frequency = frequencies[entry] as number;
      const raw = inverse * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + (norms[passage] as number)));
      scores[passage] = (scores[passage] as number) + weight * raw;
      if (order < (firstOrder[passage] as number)) firstOrder[passage] = order;
    }
    this.touchedCount = touchedCount;
  }

  /** The remaining terms, looked up only for passages still able to reach the k-th best score. */
  private lookUp(candidates: Uint32Array, terms: Term[], remaining: number, limit: number): Uint32Array {
    let alive = candidates.sort();
    let left = remaining;
    let workSincePruning = Number.POSITIVE_INFINITY;
    terms.forEach((term, index) => {
      // Pruning is a pass over the survivors: done again only once as much other work has been done since.
      if (workSincePruning >= alive.length) {
        // The survivors' scores so far are lower bounds too: their k-th best is a safe bar, and cheaper to find.
        const threshold = this.kthLowerBound(limit, alive);
        const others = terms.length - index;
        let kept = 0;
        for (const passage of alive) {
          const best = ((this.scores[passage] ?? 0) + left) * ((this.counts[passage] ?? 0) + others);
          if (best * SLACK >= threshold) alive[kept++] = passage;
        }
        alive = alive.subarray(0, kept);
        workSincePruning = 0;
      }
      for (const list of term.lists) {
        // A list not much longer than the survivors is cheaper read through than searched for each of them. Reading
        // it also adds to passages pruned before; those are out of the running whatever they get.
        const length = list.end - list.start;
        if (length <= alive.length * 8) this.scan(term.query, list, undefined, true);
        else this.intersect(term.query, list, alive);
        workSincePruning += Math.min(length, alive.length * 8);
      }
      left -= term.bound;
    });
    return alive;
  }

  /** Adds the list's scores for the (ascending) candidates that it holds, galloping through the list. */
  private intersect(query: number, list: List, candidates: Uint32Array): void {
    const passages = this.postings.data.fields[list.field]?.passages;
    if (!passages) return;
    let entry = list.start;
    for (const candidate of candidates) {
      if (entry >= list.end) return;
      if ((passages[entry] ?? 0) < candidate) {
        let step = 1;
        let low = entry;
        while (entry + step < list.end && (passages[entry + step] ?? 0) < candidate) {
          low = entry + step;
          step *= 2;
        }
        let high = Math.min(entry + step, list.end);
        while (low < high) {
          const middle = (low + high) >> 1;
          if ((passages[middle] ?? 0) < candidate) low = middle + 1;
          else high = middle;
        }
        entry = low;
      }
      if (entry < list.end && passages[entry] === candidate) this.add(query, list, entry, candidate);
    }
  }

  /** The k-th highest score these passages already have (0 when there are fewer). */
  private kthLowerBound(limit: number, passages: Uint32Array): number {
    const count = passages.length;
    if (count < limit) return 0;
    const values = this.bounds;
    for (let index = 0; index < count; index++) {
      const passage = passages[index] ?? 0;
      values[index] = (this.scores[passage] ?? 0) * (this.counts[passage] ?? 0);
    }
    return select(values, count, limit - 1);
  }

  /** The best `limit` passages, ordered as minisearch orders equal scores: by where it first met each. */
  private best(candidates: Uint32Array, limit: number): RankedPassage[] {
    const { scores, counts, firstOrder } = this;
    const score = (passage: number) => (scores[passage] as number) * (counts[passage] as number);
    const threshold = this.kthLowerBound(limit, candidates);
    const pool: { passage: number; score: number; order: number }[] = [];
    for (const passage of candidates) {
      const final = score(passage);
      if (final >= threshold) pool.push({ passage, score: final, order: firstOrder[passage] as number });
    }
    pool.sort((a, b) => b.score - a.score || a.order - b.order || a.passage - b.passage);
    return pool.slice(0, limit).map(({ passage, score }) => ({ passage, score }));
  }

  private reset(): void {
    for (let index = 0; index < this.touchedCount; index++) {
      const passage = this.touched[index] ?? 0;
      this.scores[passage] = 0;
      this.counts[passage] = 0;
      this.lastTerm[passage] = -1;
      this.firstOrder[passage] = Number.POSITIVE_INFINITY;
    }
    this.touchedCount = 0;
  }
}

/** The value that would sit at `rank` (0-based) if the first `length` values were sorted high to low. */
function select(values: Float64Array, length: number, rank: number): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (rank <= j) high = j;
    else if (rank >= i) low = i;
    else return values[rank] ?? 0;
  }
  return values[rank] ?? 0;
}
