// How many passages hold each content term: inverse document frequency for ranking sentences and measuring how well
// passages cover a question, and the common-term cap of the search index. Counted once, at load.
export class TermStatistics {
  private readonly documentFrequency: Map<string, number>;
  readonly passageCount: number;

  constructor(termSets: Iterable<Set<string>>, counted?: { frequency: Map<string, number>; passages: number }) {
    if (counted) {
      this.documentFrequency = counted.frequency;
      this.passageCount = counted.passages;
      return;
    }
    this.documentFrequency = new Map();
    let count = 0;
    for (const terms of termSets) {
      count += 1;
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.passageCount = count;
  }

  /** From frequencies counted elsewhere (the corpus cache counts them while reading the passages' terms). */
  static counted(frequency: Map<string, number>, passages: number): TermStatistics {
    return new TermStatistics([], { frequency, passages });
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
