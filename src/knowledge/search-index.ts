// BM25+ over passages (minisearch's scoring, over our own postings so that no query term need be dropped at scale);
// title and heading boosted; ranked by jurisdiction afterwards.
import type { Jurisdiction } from '../config.js';
import type { KnowledgeDocument, Passage } from './document.js';
import { type Ask, questionAsks } from './fact-kinds.js';
import { buildPostings, Postings, type PostingsData } from './postings.js';
import { RankedSearch } from './ranked-search.js';
import { TermStatistics } from './term-statistics.js';
import { contentTerms, isStopWord, stem, tokenize } from './text-analysis.js';

export interface SearchHit {
  passage: Passage;
  document: KnowledgeDocument;
  /** BM25 score after the jurisdiction factor. */
  score: number;
  rawScore: number;
}

export interface RankingPreference {
  /** Jurisdictions the question names: they win. */
  named: Jurisdiction[];
  institution?: Jurisdiction;
  /**
   * Where the question names no country: the countries whose language it is written in. A researcher who asks in
   * Dutch "which service do I report this to?" most likely works in the Netherlands or Flanders.
   */
  speaks?: readonly Jurisdiction[];
  /** A topic the question's intent points to; its documents rank higher. */
  boostTopic?: string;
}

/** Above EU and general guidance (1.2), below the configured institution's own country (1.5). */
const SPEAKS_FACTOR = 1.3;

export function jurisdictionFactor(passage: Passage, preference: RankingPreference): number {
  const named = preference.named;
  if (named.length > 0) {
    if (named.includes(passage.jurisdiction)) return passage.institutional ? 2.4 : 2;
    if (passage.jurisdiction === 'GENERAL' || passage.jurisdiction === 'INTL') return 0.85;
    if (passage.jurisdiction === 'EU') return 0.75;
    return 0.15;
  }
  if (passage.institutional) return 1.6;
  if (preference.institution && passage.jurisdiction === preference.institution) return 1.5;
  if (preference.speaks?.includes(passage.jurisdiction)) return SPEAKS_FACTOR;
  if (passage.jurisdiction === 'EU') return 1.2;
  if (passage.jurisdiction === 'GENERAL') return 1.2;
  if (passage.jurisdiction === 'INTL') return 1.1;
  return 1;
}

function processTerm(term: string): string | null {
  // A lone letter is the tail of a possessive or an initial, never a topic.
  if (isStopWord(term) || (term.length === 1 && !/\d/.test(term))) return null;
  return stem(term);
}

export interface SearchOptions {
  /** Other forms of concepts the query names (glossary synonyms, translations). */
  expansion?: string;
  /** Words of the scene around the question (and of its other parts): they break ties but weigh less than what is asked. */
  context?: string;
  /** Only passages of this jurisdiction. */
  jurisdiction?: Jurisdiction;
  /** What the question asks for (a body, a date…): sections whose heading asks the same rank higher. */
  asks?: Ask[];
  /** Score every passage that holds a term: the reference the bench measures pruning against. Never used to answer. */
  unpruned?: boolean;
  /** Keep the terms found in over half of all passages too (the bench's other reference). Never used to answer. */
  everyTerm?: boolean;
}

// Headings here are questions ("Which German authority is responsible…", "How long a licence takes"): a section
// whose heading asks what the question asks is likely the one that answers it, whatever words it uses.
const HEADING_ASK_BOOST = 1.4;
const NOT_TELLING: Ask[] = ['yes-no', 'definition', 'list'];

// What is asked counts fully; the scene and synonyms widen recall without outranking it.
const CONTEXT_WEIGHT = 0.35;
const SCENE_SHARE = 0.6;
const EXPANSION_WEIGHT = 0.3;
/**
 * A glossary synonym counts a quarter of a matched word: "NPSA" expanded to its four-word name must not make the
 * section that spells the name out match five query terms where the section that answers matches one. Chosen on the
 * blind tuning and development sets (0, 0.25, 0.5, 0.75, 1): 0.25 and 0 best, 1 (minisearch's count) worst.
 */
const EXPANSION_TALLY = 0.25;

const COMMON_SHARE = 0.5;

/** Title, heading and text, in this order: a passage's fields and their weights. */
const FIELD_BOOSTS = [1, 1.5, 1];

export class SearchIndex {
  private readonly postings: Postings;
  private readonly ranked: RankedSearch;
  private readonly order: Passage[];
  private readonly passages = new Map<string, Passage>();
  private readonly headingAsks = new Map<string, Ask[]>();
  private readonly documents = new Map<string, KnowledgeDocument>();
  private readonly onlyJurisdiction = new Map<Jurisdiction, Uint8Array>();
  readonly statistics: TermStatistics;

  /**
   * `statistics` are the corpus term counts when the caller has them already (they are counted from the same terms);
   * `postings`, the index built earlier from these same passages (a persisted one).
   */
  constructor(
    documents: KnowledgeDocument[],
    passages: Passage[],
    statistics?: TermStatistics,
    postings?: PostingsData,
  ) {
    for (const document of documents) this.documents.set(document.id, document);
    this.order = passages;
    for (const passage of passages) this.passages.set(passage.id, passage);
    this.statistics =
      statistics ??
      new TermStatistics(
        passages.map(
          (passage) =>
            new Set(
              contentTerms(`${this.documents.get(passage.documentId)?.title ?? ''} ${passage.heading} ${passage.text}`),
            ),
        ),
      );
    this.postings = new Postings(postings ?? this.build());
    this.ranked = new RankedSearch(this.postings);
  }

  private build(): PostingsData {
    // The same words and stems as contentTerms(), so one set of term counts serves the index and the answerer.
    const titles = new Map<string, string[]>();
    for (const document of this.documents.values()) titles.set(document.id, tokenize(document.title));
    return buildPostings(
      this.order.length,
      FIELD_BOOSTS.length,
      (index) => {
        const passage = this.order[index] as Passage;
        return [titles.get(passage.documentId) ?? [], tokenize(passage.heading), tokenize(passage.text)];
      },
      processTerm,
    );
  }

  /** The index, to persist beside the corpus it was built from. */
  get data(): PostingsData {
    return this.postings.data;
  }

  private askFactor(passage: Passage, asks: Ask[] | undefined): number {
    const wanted = (asks ?? []).filter((ask) => !NOT_TELLING.includes(ask));
    if (wanted.length === 0) return 1;
    let heading = this.headingAsks.get(passage.id);
    if (!heading) {
      heading = questionAsks(passage.heading);
      this.headingAsks.set(passage.id, heading);
    }
    return wanted.some((ask) => heading.includes(ask)) ? HEADING_ASK_BOOST : 1;
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
   * Terms found in over half of all passages ("research", "security" here) say almost nothing about relevance yet
   * count as a matched term; they are left out while a rarer term remains (the rarest is always kept). The share
   * does not shrink with the corpus: pruning, not dropping terms, keeps a large index fast.
   */
  private commonThreshold(): number {
    return Math.max(50, this.passages.size * COMMON_SHARE);
  }

  private jurisdictionMask(jurisdiction: Jurisdiction): Uint8Array {
    let mask = this.onlyJurisdiction.get(jurisdiction);
    if (!mask) {
      mask = Uint8Array.from(this.order, (passage) => (passage.jurisdiction === jurisdiction ? 1 : 0));
      this.onlyJurisdiction.set(jurisdiction, mask);
    }
    return mask;
  }

  private rare(terms: string[]): string[] {
    const common = this.commonThreshold();
    return terms.filter((term) => this.statistics.frequency(term) <= common);
  }

  search(query: string, preference: RankingPreference, limit = 8, options: SearchOptions = {}): SearchHit[] {
    const own = [...new Set(contentTerms(query))];
    if (own.length === 0) return [];
    const rare = (terms: string[]) => (options.everyTerm ? terms : this.rare(terms));
    let focus = rare(own);
    if (focus.length === 0) {
      const rarest = [...own].sort((a, b) => this.statistics.frequency(a) - this.statistics.frequency(b))[0];
      focus = rarest ? [rarest] : [];
    }
    const asked = new Set(own);
    const context = rare([...new Set(contentTerms(options.context ?? ''))].filter((term) => !asked.has(term)));
    const scene = new Set(context);
    const extra = rare(
      [...new Set(contentTerms(options.expansion ?? ''))].filter((term) => !asked.has(term) && !scene.has(term)),
    ).slice(0, 24);
    const wanted = options.jurisdiction;
    const scenery = context.slice(0, 24);
    // However many words the scene has, together they weigh less than what is asked.
    const sceneWeight = Math.min(CONTEXT_WEIGHT, (SCENE_SHARE * focus.length) / Math.max(1, scenery.length));
    const weight = (term: string) => (asked.has(term) ? 1 : scene.has(term) ? sceneWeight : EXPANSION_WEIGHT);
    const terms = [...focus, ...scenery, ...extra].map((term) => ({
      term,
      boost: weight(term),
      // Prefix matching only for long words of what is asked.
      prefix: term.length >= 7 && asked.has(term),
      tally: asked.has(term) || scene.has(term) ? 1 : EXPANSION_TALLY,
    }));
    const results = this.ranked.search({
      terms,
      fieldBoosts: FIELD_BOOSTS,
      limit: limit * 4,
      allowed: wanted ? this.jurisdictionMask(wanted) : undefined,
      exhaustive: options.unpruned,
    });
    const hits: SearchHit[] = [];
    for (const result of results) {
      const passage = this.order[result.passage];
      const document = passage ? this.documents.get(passage.documentId) : undefined;
      if (!passage || !document) continue;
      hits.push({
        passage,
        document,
        rawScore: result.score,
        score:
          result.score *
          jurisdictionFactor(passage, preference) *
          (preference.boostTopic && (document.topics as string[]).includes(preference.boostTopic) ? 1.5 : 1) *
          this.askFactor(passage, options.asks),
      });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit);
  }
}
