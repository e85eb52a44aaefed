// The loaded corpus: documents, passages, the search index, glossary and contact points, with one retrieve().
import path from 'node:path';
import type { Jurisdiction } from '../config.js';
import { chunkDocument } from './chunk.js';
import { type ContactPoint, loadContactPoints } from './contact-points.js';
import type { KnowledgeDocument, Passage } from './document.js';
import { Glossary } from './glossary.js';
import { detectJurisdictions } from './jurisdiction-detect.js';
import { type CorpusProblem, loadCorpus } from './load-corpus.js';
import { type SearchHit, SearchIndex } from './search-index.js';
import { englishWording, translateQuestion } from './translate-terms.js';

/** "Who do I ask / contact / call": the answer is a contact point, so those documents rank higher. */
const CONTACT_INTENT =
  /\b(who|whom|where)\b.{0,30}\b(ask|contact|call|talk|turn|go|report|help|advice|advise)\b|\b(contact\s+point|helpdesk|help\s+desk|advice\s+desk|hotline)\b/i;

export interface Retrieval {
  hits: SearchHit[];
  named: Jurisdiction[];
  expandedQuery: string;
  /** The question in English words where it was asked in Dutch, German or French (for grounding). */
  englishQuestion: string;
  /** Glossary terms the question names (an acronym, a body, a native-language name). */
  glossaryMatches: string[];
  /** The question asks whom to ask, contact or call. */
  contactIntent: boolean;
}

export interface KnowledgeOptions {
  dir: string;
  institutionDirs: string[];
  institutionJurisdiction?: Jurisdiction;
}

export class KnowledgeBase {
  readonly index: SearchIndex;

  constructor(
    readonly documents: KnowledgeDocument[],
    readonly passages: Passage[],
    readonly glossary: Glossary,
    readonly contactPoints: ContactPoint[],
    readonly institutionJurisdiction?: Jurisdiction,
  ) {
    this.index = new SearchIndex(documents, passages);
  }

  static async load(options: KnowledgeOptions): Promise<{ knowledge: KnowledgeBase; problems: CorpusProblem[] }> {
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

  retrieve(question: string, limit = 8): Retrieval {
    const translated = translateQuestion(question);
    const expansion = this.glossary.expand(translated);
    const named = [...new Set([...detectJurisdictions(question), ...expansion.jurisdictions])];
    const contactIntent = CONTACT_INTENT.test(question);
    const expandedQuery = `${translated} ${expansion.extraText}${contactIntent ? ' contact point advice' : ''}`.trim();
    const hits = this.index.search(
      translated,
      { named, institution: this.institutionJurisdiction, boostTopic: contactIntent ? 'contact-points' : undefined },
      limit,
      `${expansion.extraText}${contactIntent ? ' contact point advice' : ''}`,
    );
    return {
      hits,
      named,
      expandedQuery,
      contactIntent,
      englishQuestion: englishWording(question),
      glossaryMatches: expansion.matchedTerms,
    };
  }

  /** Contact points of these jurisdictions, or of the institution's when none is given. */
  contactPointsFor(jurisdictions: Jurisdiction[]): ContactPoint[] {
    const wanted = jurisdictions.length > 0 ? jurisdictions : [this.institutionJurisdiction];
    return this.contactPoints.filter((point) => wanted.includes(point.jurisdiction));
  }

  /** Documents whose review_by date is before `today` (YYYY-MM-DD). */
  staleDocuments(today: string): KnowledgeDocument[] {
    return this.documents.filter((document) => document.review_by < today);
  }
}
