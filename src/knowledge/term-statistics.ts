// How many passages hold each content term: inverse document frequency for ranking sentences and measuring how well
// passages cover a question, and the common-term cap of the search index. Counted once, at load.
export class TermStatistics {
  private readonly documentFrequency = new Map<string, number>();
  readonly passageCount: number;

  constructor(termSets: Iterable<Set<string>>) {
    let count = 0;
    for (const terms of termSets) {
      count += 1;
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.passageCount = count;
  }

  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** Unseen terms are often names, typos or secrets: weigh them like a rare known term, not as the rarest. */
  coverageWeight(term: string): number {
    return this.known(term) ? this.idf(term) : Math.log(1 + (this.passageCount + 1) / 3);
  }

  idf(term: string): number {
    return Math.log(1 + (this.passageCount + 1) / (this.frequency(term) + 0.5));
  }

  known(term: string): boolean {
    return this.documentFrequency.has(term);
  }
}
