// BM25+ over passages with minisearch; title and heading boosted; ranked by jurisdiction afterwards.
import MiniSearch from 'minisearch';
import type { Jurisdiction } from '../config.js';
import type { KnowledgeDocument, Passage } from './document.js';
import { contentTerms, isStopWord, normalizeForSearch, stem } from './text-analysis.js';

interface IndexedPassage {
  id: string;
  title: string;
  heading: string;
  text: string;
}

export interface SearchHit {
  passage: Passage;
  document: KnowledgeDocument;
  /** BM25 score after the jurisdiction factor. */
  score: number;
  rawScore: number;
  /** Query terms (stemmed) that occur in the passage. */
  matchedTerms: string[];
}

export interface RankingPreference {
  /** Jurisdictions the question names: they win. */
  named: Jurisdiction[];
  institution?: Jurisdiction;
  /** A topic the question's intent points to; its documents rank higher. */
  boostTopic?: string;
}

export function jurisdictionFactor(passage: Passage, preference: RankingPreference): number {
  const named = preference.named;
  if (named.length > 0) {
    if (named.includes(passage.jurisdiction)) return passage.institutional ? 2.4 : 2;
    if (passage.jurisdiction === 'GENERAL' || passage.jurisdiction === 'INTL') return 0.85;
    if (passage.jurisdiction === 'EU') return 0.75;
    return 0.4;
  }
  if (passage.institutional) return 1.6;
  if (preference.institution && passage.jurisdiction === preference.institution) return 1.25;
  if (passage.jurisdiction === 'EU') return 1.2;
  if (passage.jurisdiction === 'GENERAL') return 1.2;
  if (passage.jurisdiction === 'INTL') return 1.1;
  return 1;
}

function processTerm(term: string): string | null {
  const normalized = normalizeForSearch(term);
  if (isStopWord(normalized)) return null;
  return stem(normalized);
}

export class SearchIndex {
  private readonly index: MiniSearch<IndexedPassage>;
  private readonly passages = new Map<string, Passage>();
  private readonly documents = new Map<string, KnowledgeDocument>();

  constructor(documents: KnowledgeDocument[], passages: Passage[]) {
    for (const document of documents) this.documents.set(document.id, document);
    this.index = new MiniSearch<IndexedPassage>({
      fields: ['title', 'heading', 'text'],
      storeFields: [],
      tokenize: (text) => normalizeForSearch(text).match(/[a-z0-9]+/g) ?? [],
      processTerm,
      searchOptions: {
        boost: { title: 2, heading: 2.5, text: 1 },
        prefix: (term) => term.length >= 5,
        fuzzy: (term) => (term.length >= 7 ? 0.15 : false),
        combineWith: 'OR',
      },
    });
    const rows: IndexedPassage[] = [];
    for (const passage of passages) {
      this.passages.set(passage.id, passage);
      const document = this.documents.get(passage.documentId);
      rows.push({ id: passage.id, title: document?.title ?? '', heading: passage.heading, text: passage.text });
    }
    this.index.addAll(rows);
  }

  get size(): number {
    return this.passages.size;
  }

  passage(id: string): Passage | undefined {
    return this.passages.get(id);
  }

  document(id: string): KnowledgeDocument | undefined {
    return this.documents.get(id);
  }

  search(query: string, preference: RankingPreference, limit = 8): SearchHit[] {
    if (contentTerms(query).length === 0) return [];
    const results = this.index.search(query);
    const hits: SearchHit[] = [];
    for (const result of results.slice(0, limit * 4)) {
      const passage = this.passages.get(result.id);
      const document = passage ? this.documents.get(passage.documentId) : undefined;
      if (!passage || !document) continue;
      hits.push({
        passage,
        document,
        rawScore: result.score,
        score:
          result.score *
          jurisdictionFactor(passage, preference) *
          (preference.boostTopic && (document.topics as string[]).includes(preference.boostTopic) ? 1.5 : 1),
        matchedTerms: result.terms,
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}
