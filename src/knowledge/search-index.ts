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

function analyse(text: string): string[] {
  const terms: string[] = [];
  for (const token of normalizeForSearch(text).match(/[a-z0-9]+/g) ?? []) {
    const term = processTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}

function processTerm(term: string): string | null {
  const normalized = normalizeForSearch(term);
  // A lone letter is the tail of a possessive or an initial, never a topic.
  if (isStopWord(normalized) || (normalized.length === 1 && !/\d/.test(normalized))) return null;
  return stem(normalized);
}

export class SearchIndex {
  private readonly index: MiniSearch<IndexedPassage>;
  private readonly passages = new Map<string, Passage>();
  private readonly documents = new Map<string, KnowledgeDocument>();
  private readonly documentFrequency = new Map<string, number>();

  constructor(documents: KnowledgeDocument[], passages: Passage[]) {
    for (const document of documents) this.documents.set(document.id, document);
    this.index = new MiniSearch<IndexedPassage>({
      fields: ['title', 'heading', 'text'],
      storeFields: [],
      tokenize: (text) => normalizeForSearch(text).match(/[a-z0-9]+/g) ?? [],
      processTerm,
      searchOptions: {
        boost: { title: 1, heading: 1.5, text: 1 },
        // Stems already join word forms; prefix matching only for long terms keeps queries fast at scale.
        prefix: (term) => term.length >= 7,
        fuzzy: false,
        combineWith: 'OR',
      },
    });
    const rows: IndexedPassage[] = [];
    for (const passage of passages) {
      this.passages.set(passage.id, passage);
      const document = this.documents.get(passage.documentId);
      const row = { id: passage.id, title: document?.title ?? '', heading: passage.heading, text: passage.text };
      rows.push(row);
      for (const term of new Set(analyse(`${row.title} ${row.heading} ${row.text}`))) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
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

  /**
   * Terms found in over half of all passages (or in over 1,000 at scale) say little about relevance but make
   * every query touch most of the index; they are left out while a rarer term remains (the rarest is always kept).
   */
  private commonThreshold(): number {
    return Math.max(50, Math.min(this.passages.size * 0.5, 1_000));
  }

  private queryTerms(query: string): string[] {
    const terms = [...new Set(analyse(query))];
    const common = this.commonThreshold();
    const rare = terms.filter((term) => (this.documentFrequency.get(term) ?? 0) <= common);
    if (rare.length >= 1) return rare;
    const rarest = terms.sort((a, b) => (this.documentFrequency.get(a) ?? 0) - (this.documentFrequency.get(b) ?? 0))[0];
    return rarest ? [rarest] : [];
  }

  /**
   * `expansion` holds other forms of concepts the query names (glossary synonyms, translations): they widen recall
   * but weigh less than the user's own words, so a rare foreign synonym cannot outrank the question.
   */
  search(query: string, preference: RankingPreference, limit = 8, expansion = ''): SearchHit[] {
    if (contentTerms(query).length === 0) return [];
    const terms = this.queryTerms(query);
    if (terms.length === 0) return [];
    const own = new Set(analyse(query));
    const common = this.commonThreshold();
    const extra = [...new Set(analyse(expansion))]
      .filter((term) => !own.has(term) && (this.documentFrequency.get(term) ?? 0) <= common)
      .slice(0, 24);
    const results = this.index.search([...terms, ...extra].join(' '), {
      processTerm: (term) => term,
      boostTerm: (term) => (own.has(term) ? 1 : 0.3),
    });
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
