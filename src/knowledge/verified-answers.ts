// Desk-verified answers in the corpus in use: which of them a question asks, so that it is given first. A question
// matches when it and one of the verified questions share most of their content words (in English, Dutch, German or
// French, through the same word list retrieval uses). Retired and expired ones are never matched.
import type { KnowledgeDocument, Passage } from './document.js';
import { contentTerms } from './text-analysis.js';
import { translateQuestion } from './translate-terms.js';
import { isVerifiedInForce } from './verified-answer-schema.js';

/** How much of the two questions' content words they must share (Dice coefficient), and at least how many words. */
const MATCH = 0.6;
const MIN_SHARED = 2;

export interface VerifiedMatch {
  document: KnowledgeDocument;
  passage: Passage;
  score: number;
}

interface Entry {
  document: KnowledgeDocument;
  passage: Passage;
  questions: Set<string>[];
}

function terms(text: string): Set<string> {
  return new Set(contentTerms(translateQuestion(text)));
}

function dice(a: Set<string>, b: Set<string>): { score: number; shared: number } {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return { score: a.size + b.size === 0 ? 0 : (2 * shared) / (a.size + b.size), shared };
}

export class VerifiedAnswers {
  private readonly entries: Entry[];

  constructor(documents: readonly KnowledgeDocument[], passages: readonly Passage[]) {
    // Only the few verified documents look for their passage: a search per document is quadratic in a large corpus.
    this.entries = documents.flatMap((document) => {
      if (!document.verified) return [];
      const passage = passages.find((candidate) => candidate.documentId === document.id);
      if (!passage) return [];
      return [{ document, passage, questions: document.verified.questions.map(terms) }];
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The best verified answer in force on `today` for this question, if one matches well enough. */
  match(question: string, today: string): VerifiedMatch | undefined {
    const asked = terms(question);
    let best: VerifiedMatch | undefined;
    for (const entry of this.entries) {
      if (!isVerifiedInForce(entry.document, today)) continue;
      for (const verified of entry.questions) {
        const { score, shared } = dice(asked, verified);
        if (score < MATCH || shared < Math.min(MIN_SHARED, verified.size)) continue;
        if (!best || score > best.score) best = { document: entry.document, passage: entry.passage, score };
      }
    }
    return best;
  }
}

// One index per loaded corpus: a reload builds a new corpus, and with it a new index.
const indexes = new WeakMap<object, VerifiedAnswers>();

export function verifiedAnswersOf(corpus: {
  readonly documents: readonly KnowledgeDocument[];
  readonly passages: readonly Passage[];
}): VerifiedAnswers {
  let index = indexes.get(corpus);
  if (!index) {
    index = new VerifiedAnswers(corpus.documents, corpus.passages);
    indexes.set(corpus, index);
  }
  return index;
}
