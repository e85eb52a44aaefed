// How well retrieved passages cover the question: IDF-weighted share of the question's content terms they contain.
import type { Passage } from '../knowledge/document.js';
import { contentTerms } from '../knowledge/text-analysis.js';

export class TermStatistics {
  private readonly documentFrequency = new Map<string, number>();
  readonly passageCount: number;

  constructor(passages: Passage[], titles: (passage: Passage) => string) {
    this.passageCount = passages.length;
    for (const passage of passages) {
      for (const term of new Set(contentTerms(`${titles(passage)} ${passage.heading} ${passage.text}`))) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
    }
  }

  /** Unseen terms are often names, typos or secrets: weigh them like a rare known term, not as the rarest. */
  coverageWeight(term: string): number {
    return this.known(term) ? this.idf(term) : Math.log(1 + (this.passageCount + 1) / 3);
  }

  idf(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.passageCount + 1) / (frequency + 0.5));
  }

  known(term: string): boolean {
    return this.documentFrequency.has(term);
  }
}

export function termsCovered(questionTerms: string[], passageTerms: Set<string>): Set<string> {
  const covered = new Set<string>();
  for (const term of questionTerms) {
    if (passageTerms.has(term)) {
      covered.add(term);
      continue;
    }
    if (term.length >= 5) {
      for (const candidate of passageTerms) {
        if (candidate.length >= 5 && (candidate.startsWith(term) || term.startsWith(candidate))) {
          covered.add(term);
          break;
        }
      }
    }
  }
  return covered;
}

/** Weighted share (0..1) of the question's terms found in the passages; synonyms from the glossary count as found. */
export function coverage(
  questionTerms: string[],
  passageTerms: Set<string>,
  statistics: TermStatistics,
  equivalents: Set<string> = new Set(),
  names: Set<string> = new Set(),
): number {
  // Identifiers (keys, reference numbers) say nothing about what is asked.
  const unique = [...new Set(questionTerms)].filter(
    (term) => !(/\d/.test(term) && /[a-z]/.test(term)) && term.length <= 30,
  );
  if (unique.length === 0) return 0;
  const covered = termsCovered(unique, passageTerms);
  let total = 0;
  let found = 0;
  for (const term of unique) {
    // A place or organisation the guidance never mentions ("Beijing") is context, not what is asked.
    const weight = names.has(term) && !statistics.known(term) ? 0.5 : statistics.coverageWeight(term);
    total += weight;
    if (covered.has(term) || equivalents.has(term)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}
