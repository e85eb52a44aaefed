// Every passage, sentence and heading of the corpus tokenised, stemmed and classified once, at load, so that
// answering a question analyses only the question.
import type { KnowledgeDocument, Passage } from './document.js';
import { type FactKind, sentenceFacts } from './fact-kinds.js';
import { type PassageSentence, passageSentences, stripMarkdown } from './sentences.js';
import { TermStatistics } from './term-statistics.js';
import { contentTerms } from './text-analysis.js';

export interface AnalysedSentence extends PassageSentence {
  terms: Set<string>;
  facts: Set<FactKind>;
  /** Starts mid-thought ("It…", "These…"): read alone it needs the sentence before it. */
  continues: boolean;
  words: number;
}

export interface AnalysedPassage {
  passage: Passage;
  document: KnowledgeDocument;
  /** Content terms of the document title, the heading and the text. */
  readonly terms: Set<string>;
  readonly headingTerms: Set<string>;
  titleTerms: Set<string>;
  /** Split and analysed on first use, then kept: a cold start need not analyse sentences no answer quotes. */
  readonly sentences: AnalysedSentence[];
}

const CONTINUES =
  /^(It|Its|It's|This|These|That|Those|They|Their|Them|Such|He|She|His|Her|Both|Either|Neither|The latter|The former|However|In addition|Additionally|Also|Moreover|Furthermore|Second|Secondly|Third|Thirdly|Finally|Then|Here|In this case|In that case|Otherwise|For this reason|As a result|Therefore|Thus|Instead|Likewise|Similarly|Of (?:that|this|these|those|them|which)|The remaining|The rest|The other|The same|Each of (?:them|these|those)|Beyond (?:that|this)|Apart from (?:that|this)|On top of (?:that|this)|Besides|At the same time|Under (?:it|this|that)|(?:Like|Unlike) (?:it|this|that))\b/;

export function analyseSentence(sentence: PassageSentence): AnalysedSentence {
  return {
    ...sentence,
    terms: new Set(contentTerms(sentence.text)),
    facts: sentenceFacts(sentence.text),
    continues: CONTINUES.test(sentence.text),
    words: sentence.text.split(/\s+/).length,
  };
}

/** A passage's content terms as persisted with the index: all of them (title, heading, text), and the heading's. */
export interface PassageTerms {
  terms: string[];
  heading: string[];
}

export function analysePassage(
  passage: Passage,
  document: KnowledgeDocument,
  titleTerms = new Set(contentTerms(document.title)),
  analysed?: PassageTerms,
): AnalysedPassage {
  // From the cache, a passage's term sets are built on first use: most passages are never a candidate in a short-lived
  // process, and building tens of thousands of sets was a tenth of `ressec ask`'s start on a large corpus.
  let headingTerms: Set<string> | undefined;
  let terms: Set<string> | undefined;
  if (!analysed) {
    headingTerms = new Set(contentTerms(passage.heading));
    terms = new Set([...titleTerms, ...headingTerms, ...contentTerms(stripMarkdown(passage.text))]);
  }
  let sentences: AnalysedSentence[] | undefined;
  return {
    passage,
    document,
    get terms() {
      terms ??= new Set(analysed?.terms);
      return terms;
    },
    get headingTerms() {
      headingTerms ??= new Set(analysed?.heading);
      return headingTerms;
    },
    titleTerms,
    get sentences() {
      sentences ??= passageSentences(passage.text).map(analyseSentence);
      return sentences;
    },
  };
}

export class CorpusAnalysis {
  readonly statistics: TermStatistics;
  private readonly passages = new Map<string, AnalysedPassage>();
  private readonly titles = new Map<string, Set<string>>();
  private readonly byTitleTerm = new Map<string, string[]>();

  /** `analysed`: each passage's terms (in `passages` order) from an earlier analysis of this same corpus. */
  /** `documentFrequency`: how many of these passages hold each term, counted when `analysed` was read. */
  constructor(
    documents: KnowledgeDocument[],
    passages: Passage[],
    analysed?: PassageTerms[],
    documentFrequency?: Map<string, number>,
  ) {
    const byId = new Map(documents.map((document) => [document.id, document]));
    for (const document of documents) {
      const terms = new Set(contentTerms(document.title));
      this.titles.set(document.id, terms);
      for (const term of terms) this.byTitleTerm.set(term, [...(this.byTitleTerm.get(term) ?? []), document.id]);
    }
    passages.forEach((passage, index) => {
      const document = byId.get(passage.documentId);
      if (!document) return;
      this.passages.set(passage.id, analysePassage(passage, document, this.titles.get(document.id), analysed?.[index]));
    });
    this.statistics =
      documentFrequency && analysed && this.passages.size === passages.length
        ? TermStatistics.counted(documentFrequency, this.passages.size)
        : new TermStatistics([...this.passages.values()].map((passage) => passage.terms));
  }

  /** Each passage's terms, in `passages` order, to persist. */
  termsOf(passages: Passage[]): PassageTerms[] {
    return passages.map((passage) => {
      const analysed = this.passages.get(passage.id);
      return { terms: [...(analysed?.terms ?? [])], heading: [...(analysed?.headingTerms ?? [])] };
    });
  }

  passage(id: string): AnalysedPassage | undefined {
    return this.passages.get(id);
  }

  /** Documents whose title holds this term. */
  documentsTitled(term: string): string[] {
    return this.byTitleTerm.get(term) ?? [];
  }

  titleTerms(documentId: string): Set<string> {
    return this.titles.get(documentId) ?? new Set();
  }
}
