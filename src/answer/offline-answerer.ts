// The extractive answer: the few sentences of the top passages that best match the question, each cited.
import type { Jurisdiction } from '../config.js';
import type { Citation } from '../core/reply.js';
import type { KnowledgeDocument, Passage } from '../knowledge/document.js';
import type { KnowledgeBase, Retrieval } from '../knowledge/knowledge-base.js';
import type { SearchHit } from '../knowledge/search-index.js';
import { splitSentences } from '../knowledge/sentences.js';
import { contentTerms } from '../knowledge/text-analysis.js';
import { citationFor } from './citations.js';
import { coverage, type TermStatistics } from './grounding.js';
import { looksLikeInstructionToAssistant } from './policy.js';

export const GROUNDING_THRESHOLD = 0.35;
const MAX_PASSAGES = 3;
const MAX_SENTENCES = 5;
const MAX_ANSWER_CHARS = 1_000;

export interface Grounded {
  passages: SearchHit[];
  coverage: number;
}

/** Picks the passages an answer may rest on and measures how well they cover the question. */
export function groundPassages(
  question: string,
  retrieval: Retrieval,
  knowledge: KnowledgeBase,
  statistics: TermStatistics,
): Grounded {
  const hits = retrieval.hits;
  const top = hits[0];
  if (!top) return { passages: [], coverage: 0 };
  const selected = hits.filter((hit) => hit.score >= top.score * 0.4).slice(0, MAX_PASSAGES);
  const passageTerms = new Set(selected.flatMap((hit) => passageTermsOf(hit.passage, hit.document)));
  const questionTerms = contentTerms(question);
  const equivalents = new Set<string>();
  // A question naming "RCAT" is covered by a passage that says "Research Collaboration Advice Team".
  for (const entry of knowledge.glossary.entries) {
    const forms = entry.terms.map((term) => contentTerms(term));
    const inQuestion = forms.filter((terms) => terms.length > 0 && terms.every((term) => questionTerms.includes(term)));
    if (inQuestion.length === 0) continue;
    const inPassages = forms.some((terms) => terms.length > 0 && terms.every((term) => passageTerms.has(term)));
    if (inPassages) for (const terms of inQuestion) for (const term of terms) equivalents.add(term);
  }
  const names = new Set(properNouns(question).flatMap((word) => contentTerms(word)));
  return { passages: selected, coverage: coverage(questionTerms, passageTerms, statistics, equivalents, names) };
}

function passageTermsOf(passage: Passage, document: KnowledgeDocument): string[] {
  return contentTerms(`${document.title} ${passage.heading} ${passage.text}`);
}

interface ScoredSentence {
  text: string;
  passageRank: number;
  position: number;
  score: number;
}

export interface ComposedAnswer {
  text: string;
  citations: Citation[];
  documents: KnowledgeDocument[];
}

export function composeExtractiveAnswer(
  question: string,
  expandedQuery: string,
  grounded: Grounded,
  statistics: TermStatistics,
  today: string,
): ComposedAnswer {
  const questionTerms = new Set(contentTerms(question));
  const expansionTerms = new Set(contentTerms(expandedQuery).filter((term) => !questionTerms.has(term)));
  const scored: ScoredSentence[] = [];
  grounded.passages.forEach((hit, passageRank) => {
    const headingTerms = new Set(contentTerms(hit.passage.heading));
    splitSentences(hit.passage.text).forEach((text, position) => {
      if (looksLikeInstructionToAssistant(text)) return;
      const terms = new Set(contentTerms(text));
      let score = 0;
      for (const term of terms) {
        if (questionTerms.has(term)) score += statistics.idf(term);
        else if (expansionTerms.has(term)) score += 0.5 * statistics.idf(term);
      }
      // Sentences of a section whose heading matches the question carry the answer even without repeating it.
      for (const term of headingTerms) if (questionTerms.has(term)) score += 0.25 * statistics.idf(term);
      const words = text.split(' ').length;
      const lengthPenalty = words > 40 ? 1 + (words - 40) / 40 : words < 6 ? 1.5 : 1;
      const rankBonus = [1.25, 1.05, 0.9][passageRank] ?? 0.8;
      const positionBonus = position === 0 ? 1.1 : 1;
      scored.push({ text, passageRank, position, score: (score / lengthPenalty) * rankBonus * positionBonus });
    });
  });

  const chosen: ScoredSentence[] = [];
  let length = 0;
  const take = (sentence: ScoredSentence) => {
    chosen.push(sentence);
    length += sentence.text.length;
  };
  // Each retrieved passage that matches well contributes its best sentence; then the best of the rest.
  const bestOverall = Math.max(0, ...scored.map((sentence) => sentence.score));
  for (let rank = 0; rank < grounded.passages.length; rank++) {
    const best = scored.filter((sentence) => sentence.passageRank === rank).sort((a, b) => b.score - a.score)[0];
    if (!best) continue;
    if (rank > 0 && (best.score < bestOverall * 0.45 || length + best.text.length > MAX_ANSWER_CHARS)) continue;
    if (chosen.some((sentence) => similar(sentence.text, best.text))) continue;
    take(best);
  }
  for (const candidate of [...scored].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (chosen.includes(candidate)) continue;
    if (candidate.score <= bestOverall * 0.2 && chosen.length >= 2) break;
    if (length + candidate.text.length > MAX_ANSWER_CHARS && chosen.length >= 2) continue;
    if (chosen.some((sentence) => similar(sentence.text, candidate.text))) continue;
    take(candidate);
  }
  chosen.sort((a, b) => a.passageRank - b.passageRank || a.position - b.position);

  // Citation numbers follow the order passages appear in the answer.
  const numberByRank = new Map<number, number>();
  const citations: Citation[] = [];
  const documents: KnowledgeDocument[] = [];
  for (const sentence of chosen) {
    if (numberByRank.has(sentence.passageRank)) continue;
    const hit = grounded.passages[sentence.passageRank];
    if (!hit) continue;
    const n = citations.length + 1;
    numberByRank.set(sentence.passageRank, n);
    citations.push(citationFor(n, hit.passage, hit.document, today));
    if (!documents.includes(hit.document)) documents.push(hit.document);
  }
  const paragraphs: string[] = [];
  let current: string[] = [];
  let currentRank = -1;
  for (const sentence of chosen) {
    if (sentence.passageRank !== currentRank && current.length > 0) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    currentRank = sentence.passageRank;
    current.push(`${sentence.text} [${numberByRank.get(sentence.passageRank)}]`);
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return { text: paragraphs.join('\n\n'), citations, documents };
}

function similar(a: string, b: string): boolean {
  const termsA = new Set(contentTerms(a));
  const termsB = contentTerms(b);
  if (termsB.length === 0) return true;
  const shared = termsB.filter((term) => termsA.has(term)).length;
  return shared / termsB.length > 0.8;
}

const FRAMEWORK_WORDS =
  /\b(law|laws|act|acts|policy|policies|government|national|ministry|guidelines?|hotline|agency|regulations?|parliament|decided|decide|framework|rules|contact\s+point|desk|office|fee|fees|cost|costs|price)\b/i;

/**
 * Names the corpus has never seen (a country, a body, a university) next to a question about a framework: the
 * guidance cannot say what that body's law or policy is, however well the other words match.
 */
/** Capitalised words after the first word: names of places, organisations and people. */
export function properNouns(question: string): string[] {
  const firstWord = question.trim().split(/\s+/)[0];
  return (question.match(/\b[A-Z][a-z]{2,}\b/g) ?? []).filter((word) => word !== firstWord);
}

export function asksAboutUnknownBody(
  question: string,
  statistics: TermStatistics,
  glossaryTerms: Set<string>,
): boolean {
  if (!FRAMEWORK_WORDS.test(question)) return false;
  return properNouns(question).some((word) => {
    const [term] = contentTerms(word);
    return term !== undefined && !statistics.known(term) && !glossaryTerms.has(term);
  });
}

export function jurisdictionNote(named: Jurisdiction[], cited: KnowledgeDocument[]): string | undefined {
  if (named.length === 0) return undefined;
  const specific = named.filter((jurisdiction) => jurisdiction !== 'EU' || named.length === 1);
  if (specific.length === 0) return undefined;
  if (cited.some((document) => specific.includes(document.jurisdiction))) return undefined;
  return `I found no guidance specific to ${specific.join(', ')} on this; the passages below are the closest the guidance holds.`;
}
