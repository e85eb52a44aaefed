// The loaded corpus: documents, passages, the search index, glossary and contact points, with one retrieve().
import path from 'node:path';
import type { Jurisdiction } from '../config.js';
import { BUILT_IN_LISTS, type DataLists } from '../intake/data/lists.js';
import { chunkDocument } from './chunk.js';
import { type ContactPoint, loadContactPoints } from './contact-points.js';
import { type ContactTopic, contactTopic } from './contact-topic.js';
import { CorpusAnalysis, type PassageTerms } from './corpus-analysis.js';
import { type CacheOptions, type CacheOutcome, type CorpusSnapshot, loadThroughCache } from './corpus-cache.js';
import { capPerDocument, diverseCandidates, dominantDocument } from './diverse-candidates.js';
import type { KnowledgeDocument, Passage } from './document.js';
import { ASK_CUES } from './fact-kinds.js';
import { Glossary } from './glossary.js';
import { detectJurisdictions } from './jurisdiction-detect.js';
import { type CorpusProblem, loadCorpus } from './load-corpus.js';
import type { PostingsData } from './postings.js';
import { type QuestionPart, shapeQuestion } from './question-parts.js';
import { type RankingPreference, type SearchHit, SearchIndex } from './search-index.js';
import { SpellingCorrector } from './spelling.js';
import { contentTerms, isStopWord, normalizeForSearch, stem } from './text-analysis.js';
import {
  englishWording,
  guessLanguage,
  type KnownEnglish,
  type Language,
  translateQuestion,
} from './translate-terms.js';

/** A cognate counts only where at most this share of passages holds it. */
const COGNATE_SHARE = 0.05;

/** Countries where each language is spoken (among those the corpus covers); English says nothing of where. */
const LANGUAGE_COUNTRIES: Partial<Record<Language, Jurisdiction[]>> = {
  nl: ['NL', 'BE'],
  de: ['DE', 'CH'],
  fr: ['FR', 'BE', 'CH'],
};

/** "Who do I ask / contact / call": the answer is a contact point, so those documents rank higher. */
const CONTACT_INTENT =
  /\b(who|whom|where)\b.{0,30}\b(ask|contact|call|talk|turn|go|report|help|advice|advise)\b|\b(contact\s+point|helpdesk|help\s+desk|advice\s+desk|hotline)\b/i;

const CANDIDATES = 8;
const POINTS_BACK =
  /\b(it|its|they|their|them|this|that|these|those|ze|hun|hen|hem|es|ihr|ihre|dessen|deren|il|elle|ils|elles|leur|leurs|dit|dat|deze|das|dies|diese|dieser|dieses|cela|ceci|ça|ca)\b/i;
/**
 * "…what the host department has to supply for the ATAS application and whether there's a fee": a later part with a
 * single common word of its own asks about the earlier parts' subject. A name ("and what about NPSA?") asks anew.
 */
function elliptical(text: string, ownTerms: string[]): boolean {
  return ownTerms.length === 1 && !/(?<!^\W*)\p{Lu}|\d/u.test(text.trim());
}
/** "Lequel instruit ces demandes ?", "Which one handles it?": the part asks which of the things the scene ends on. */
const WHICH_OF_THEM =
  /^\W*(?:and |et |en |und )?(?:lequel|laquelle|lesquels|lesquelles|which one|which of (?:them|these|those)|welke daarvan|welke van (?:die|deze)|welcher davon|welche davon|welches davon)\b/i;
/** Words that ask for a way or a route and name nothing: "Par quelle voie ?", "Which route do we take?". */
const ROUTE_TERMS = new Set(
  contentTerms(
    'way ways route routes procedure procedures process channel channels path step steps voie voies weg wege',
  ),
);
const PER_PART = 24;
// 'insider threat', "basic research", « attrape-tout »: a term the asker quotes names the thing asked about.
const QUOTED = /(?:^|[\s(])['"“‘«„]\s?([^'"”’»“\n]{3,60}?)\s?['"”’»“](?=$|[\s.,;:!?)])/g;

export function quotedNames(message: string): string {
  return [...message.matchAll(QUOTED)].map((match) => match[1]).join(' ');
}
// "(ATAS)", "(NSPM-33)", "(KIWi)": a name in capitals that a title introduces.
const TITLE_ACRONYM = /\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\)/g;

export interface PartRetrieval {
  part: QuestionPart;
  /** What the part asks in searchable words: its own, or the scene's where it has none ("and since when?"). */
  focus: string;
  /** The part's own words in English: where `focus` borrows the other parts' words, these say what it asks. */
  own: string;
  /** The part's own passages, best first, at most two per document unless the question is about that document. */
  hits: SearchHit[];
  /** Countries this part itself names (the scene's and a glossary term's implied ones do not count). */
  named: Jurisdiction[];
}

export interface Retrieval {
  /** The candidate passages for the whole question: best first, diverse across documents and jurisdictions. */
  hits: SearchHit[];
  /** Each asking part of the question with the passages retrieved for it. */
  parts: PartRetrieval[];
  /** The sentences around the question that ask nothing. */
  scenario: string;
  named: Jurisdiction[];
  expandedQuery: string;
  /** The question in English words where it was asked in Dutch, German or French (for grounding). */
  englishQuestion: string;
  /** Glossary terms the question names (an acronym, a body, a native-language name). */
  glossaryMatches: string[];
  /** The question asks whom to ask, contact or call. */
  contactIntent: boolean;
  /** The office the question belongs with. */
  topic: ContactTopic;
  language: Language;
  /**
   * Where a question that names no country most likely comes from: the institution's jurisdiction, else the countries
   * whose language it is written in. Empty when it names one, or when nothing says.
   */
  home: Jurisdiction[];
}

export interface KnowledgeOptions {
  dir: string;
  institutionDirs: string[];
  institutionJurisdiction?: Jurisdiction;
  /** Persist the analysed corpus here between processes; without it, every load analyses anew. */
  cache?: CacheOptions;
}

/** Passage terms and the search index from an earlier analysis of the same documents and passages. */
export interface PriorAnalysis {
  passageTerms: PassageTerms[];
  postings: PostingsData;
  documentFrequency?: Map<string, number>;
}

export class KnowledgeBase {
  readonly index: SearchIndex;
  readonly analysis: CorpusAnalysis;
  private readonly spelling: SpellingCorrector;
  /**
   * The country and technology lists the checks consult. They are part of the corpus, so a reload swaps them with
   * the documents in one step; the loader sets them before the corpus is put in use, and nothing changes them after.
   */
  lists: DataLists = BUILT_IN_LISTS;

  /** The names a document's title introduces in brackets ("(ATAS)", "(ZRR)"), as search terms, to the documents. */
  private get titleAcronyms(): Map<string, string[]> {
    if (!this.acronyms) {
      this.acronyms = new Map();
      for (const document of this.documents) {
        for (const [, name] of document.title.matchAll(TITLE_ACRONYM)) {
          if (!name || detectJurisdictions(name).length > 0) continue;
          for (const term of contentTerms(name))
            this.acronyms.set(term, [...(this.acronyms.get(term) ?? []), document.id]);
        }
      }
    }
    return this.acronyms;
  }
  private acronyms?: Map<string, string[]>;

  /**
   * Whether the corpus holds an English word, by its stem, in few enough passages to tell them apart: a cognate as
   * common as "national" or "document" moves the ranking without saying what is asked.
   */
  readonly knownEnglish: KnownEnglish = (word) => {
    const statistics = this.analysis.statistics;
    const frequency = statistics.frequency(stem(word));
    return frequency > 0 && frequency <= statistics.passageCount * COGNATE_SHARE;
  };

  constructor(
    readonly documents: KnowledgeDocument[],
    readonly passages: Passage[],
    readonly glossary: Glossary,
    readonly contactPoints: ContactPoint[],
    readonly institutionJurisdiction?: Jurisdiction,
    prior?: PriorAnalysis,
  ) {
    this.analysis = new CorpusAnalysis(documents, passages, prior?.passageTerms, prior?.documentFrequency);
    this.index = new SearchIndex(documents, passages, this.analysis.statistics, prior?.postings);
    this.spelling = new SpellingCorrector(() => [
      ...documents.map((document) => document.title),
      ...passages.map((passage) => `${passage.heading} ${passage.text}`),
      ...glossary.entries.flatMap((entry) => entry.terms),
      ...contactPoints.map((point) => `${point.name} ${point.what}`),
    ]);
  }

  static async load(
    options: KnowledgeOptions,
  ): Promise<{ knowledge: KnowledgeBase; problems: CorpusProblem[]; cache?: CacheOutcome }> {
    if (!options.cache) return KnowledgeBase.analyse(options);
    const { value, cache } = await loadThroughCache(
      options.cache,
      [options.dir, ...options.institutionDirs],
      async () => {
        const loaded = await KnowledgeBase.analyse(options);
        return { value: loaded, snapshot: () => loaded.knowledge.snapshot(loaded.problems) };
      },
      (snapshot) => ({
        knowledge: new KnowledgeBase(
          snapshot.documents,
          snapshot.passages,
          new Glossary(snapshot.glossary),
          snapshot.contactPoints,
          options.institutionJurisdiction,
          snapshot,
        ),
        problems: snapshot.problems,
      }),
    );
    return { ...value, cache };
  }

  /** What a later process needs to answer from this corpus without analysing it again. */
  snapshot(problems: CorpusProblem[]): CorpusSnapshot {
    return {
      documents: this.documents,
      passages: this.passages,
      problems,
      glossary: this.glossary.entries,
      contactPoints: this.contactPoints,
      passageTerms: this.analysis.termsOf(this.passages),
      postings: this.index.data,
    };
  }

  private static async analyse(
    options: KnowledgeOptions,
  ): Promise<{ knowledge: KnowledgeBase; problems: CorpusProblem[] }> {
    const corpus = await loadCorpus(options.dir, options.institutionDirs);
    const glossaryFile = path.join(options.dir, 'glossary.yaml');
    const contactsFile = path.join(options.dir, 'contact-points.yaml');
    const [{ glossary, problems: glossaryProblems }, { contactPoints, problems: contactProblems }] = await Promise.all([
      Glossary.load(glossaryFile),
      loadContactPoints(contactsFile),
    ]);
    const problems = [
      ...corpus.problems,
      ...glossaryProblems.map((message) => ({ file: glossaryFile, message })),
      ...contactProblems.map((message) => ({ file: contactsFile, message })),
    ];
    const passages = corpus.documents.flatMap(chunkDocument);
    const knowledge = new KnowledgeBase(
      corpus.documents,
      passages,
      glossary,
      contactPoints,
      options.institutionJurisdiction,
    );
    return { knowledge, problems };
  }

  document(id: string): KnowledgeDocument | undefined {
    return this.index.document(id);
  }

  retrieve(asked: string, limit = CANDIDATES): Retrieval {
    const language = guessLanguage(asked);
    // Typos are corrected in English questions only: a Dutch word is not a misspelt English one.
    const question =
      language === 'en'
        ? this.spelling.correct(asked, (word) => isStopWord(word) || this.analysis.statistics.known(stem(word)))
        : asked;
    const shape = shapeQuestion(question);
    // A Dutch, German or French word the lexicon lacks still finds the guidance when it is a cognate the corpus uses.
    const cognates = language === 'en' ? undefined : this.knownEnglish;
    const english = (text: string) => translateQuestion(text, cognates);
    // Read once: the glossary, the search text and grounding all start from the same English reading.
    const translated = english(question);
    const englishQuestion = englishWording(question, false, cognates);
    const whole = this.glossary.expand(translated);
    const named = [...new Set([...detectJurisdictions(question), ...whole.jurisdictions])];
    const contactIntent =
      CONTACT_INTENT.test(question) ||
      shape.parts.some((part) => part.asks.some((ask) => ask === 'contact' || ask === 'phone' || ask === 'email'));
    const contactWords = contactIntent ? ' contact point advice' : '';
    const preference: RankingPreference = {
      named,
      institution: this.institutionJurisdiction,
      speaks: named.length > 0 ? undefined : LANGUAGE_COUNTRIES[language],
      boostTopic: contactIntent ? 'contact-points' : undefined,
    };
    // Where the question names no country, the institution's own jurisdiction gets the place a named one would.
    const placed = named.length > 0 ? named : this.institutionJurisdiction ? [this.institutionJurisdiction] : [];
    const askedAbout = this.documentsAskedAbout(question);
    // The scene sentence a pointing part refers to: the last that names a body, law or scheme the glossary knows
    // ("…my ATAS certificate… The visa is due next month. Where do I get this corrected?"), else the last one.
    // The same for every part, so read once per question.
    const scene = english(shape.scenario);
    const sceneSentences = shape.scenario.split(/(?<=[.!?])\s+/);
    const lastSentence = sceneSentences.at(-1) ?? '';
    const naming = sceneSentences.findLast(
      (sentence) => this.glossary.expand(english(sentence)).matchedTerms.length > 0,
    );
    const lastScene = english(lastSentence);
    const namedScene = naming === undefined ? lastScene : english(naming);
    const parts = shape.parts.map((part, index): PartRetrieval => {
      const others = english(
        shape.parts
          .filter((_, other) => other !== index)
          .map((other) => other.text)
          .join(' '),
      );
      const own = english(part.text);
      // "…and since when?" names nothing itself: it asks about the other parts' subject, or what the scene ends on.
      // "…and who was its president?" points back with a pronoun: the other parts name what it is about. Asked alone
      // in few words ("Which department is it part of?"), it points to what the scene ends on.
      // "…keeps mentioning 'insider threat' in training. How is it defined?": a part with next to no words of its
      // own asks about what the message puts in quotes.
      // "Par quelle voie passe-t-on ?": a way, route or procedure with nothing named is the way to what the scene said.
      // Counted in English words only: "sinds welk jaar?" reads as "since which year", one word of its own, not as
      // its Dutch words beside their translation.
      const ownWords = language === 'en' ? own : englishWording(part.text, true, cognates);
      const ownTerms = contentTerms(ownWords).filter((term) => !ROUTE_TERMS.has(term));
      const quoted = ownTerms.length <= 1 ? quotedNames(question) : '';
      const focus =
        ownTerms.length === 0
          ? `${own} ${others} ${lastScene} ${quoted}`
          : WHICH_OF_THEM.test(part.text)
            ? `${own} ${lastScene} ${quoted}`
            : index > 0 && (POINTS_BACK.test(part.text) || elliptical(part.text, ownTerms))
              ? `${own} ${others} ${quoted}`
              : POINTS_BACK.test(part.text) && ownTerms.length <= 2
                ? `${own} ${namedScene} ${quoted}`
                : quoted
                  ? `${own} ${quoted}`
                  : own;
      const expansion = this.glossary.expand(focus);
      const cues = part.asks.map((ask) => ASK_CUES[ask] ?? '').join(' ');
      const options = {
        context: `${scene} ${others}`,
        expansion: `${expansion.extraText}${contactWords} ${cues}`,
        asks: part.asks,
      };
      const hits = this.index.search(focus, preference, PER_PART, options);
      // A jurisdiction in play gets its own best passages where other countries' words match better: the raw
      // cut-off of one search over all countries can drop the section that answers for it.
      for (const jurisdiction of placed) {
        if (hits.slice(0, 3).some((hit) => hit.passage.jurisdiction === jurisdiction)) continue;
        const own = this.index.search(focus, preference, 3, { ...options, jurisdiction });
        hits.push(...own.filter((hit) => !hits.some((known) => known.passage.id === hit.passage.id)));
      }
      hits.sort((a, b) => b.score - a.score);
      return {
        part,
        focus,
        own,
        hits: capPerDocument(hits, new Set([...askedAbout, ...dominantDocument(hits)]), limit),
        named: detectJurisdictions(part.text),
      };
    });
    return {
      hits: diverseCandidates(
        parts.map((part) => part.hits),
        placed,
        askedAbout,
        limit,
      ),
      parts,
      scenario: shape.scenario,
      named,
      expandedQuery: `${translated} ${whole.extraText}${contactWords}`.trim(),
      contactIntent,
      topic: contactTopic(`${question} ${englishQuestion}`),
      language,
      home: named.length > 0 ? [] : placed.length > 0 ? placed : [...(preference.speaks ?? [])],
      englishQuestion,
      glossaryMatches: whole.matchedTerms,
    };
  }

  /**
   * Whether the corpus (its text, titles and glossary) uses this word as written. Stems are too loose for names:
   * "Memorial" and "memory" share one.
   */
  knowsWord(word: string): boolean {
    return this.spelling.knows(normalizeForSearch(word));
  }

  /** Documents whose title the question all but names: they may contribute more of their sections. */
  private documentsAskedAbout(question: string): Set<string> {
    const named = new Map<string, number>();
    const about = new Set<string>();
    for (const term of new Set(contentTerms(englishWording(question)))) {
      for (const id of this.analysis.documentsTitled(term)) named.set(id, (named.get(id) ?? 0) + 1);
      // A document whose title introduces a name ("… Approval Scheme (ATAS) …") is about what that name names.
      for (const id of this.titleAcronyms.get(term) ?? []) about.add(id);
    }
    for (const [id, count] of named) {
      if (count >= 2 && count / this.analysis.titleTerms(id).size >= 0.6) about.add(id);
    }
    return about;
  }

  /** Contact points of these jurisdictions (else the institution's): those that handle the topic first, then general ones. */
  contactPointsFor(jurisdictions: Jurisdiction[], topic: ContactTopic = 'general'): ContactPoint[] {
    const wanted = jurisdictions.length > 0 ? jurisdictions : [this.institutionJurisdiction];
    const points = this.contactPoints.filter((point) => wanted.includes(point.jurisdiction));
    const handles = (point: ContactPoint, what: ContactTopic) => (point.handles ?? ['general']).includes(what);
    const forTopic = points.filter((point) => handles(point, topic));
    // A research-security contact point is no stand-in for a consular service: help abroad gets only those that handle it.
    if (topic === 'consular') return forTopic;
    return [...forTopic, ...points.filter((point) => handles(point, 'general') && !forTopic.includes(point))];
  }

  /** Documents whose review_by date is before `today` (YYYY-MM-DD). */
  staleDocuments(today: string): KnowledgeDocument[] {
    return this.documents.filter((document) => document.review_by < today);
  }
}
