// Whether the retrieved passages answer the question: for each asking part, the IDF-weighted share of what it asks
// (its own words fully, the scene's words a little) that its best passages contain.
import type { Jurisdiction } from '../config.js';
import type { AnalysedPassage } from '../knowledge/corpus-analysis.js';
import type { Glossary } from '../knowledge/glossary.js';
import type { KnowledgeBase, PartRetrieval, Retrieval } from '../knowledge/knowledge-base.js';
import type { SearchHit } from '../knowledge/search-index.js';
import type { TermStatistics } from '../knowledge/term-statistics.js';
import { contentTerms } from '../knowledge/text-analysis.js';
import { englishWording } from '../knowledge/translate-terms.js';

export const GROUNDING_THRESHOLD = 0.35;
const PASSAGES_PER_PART = 3;
// The scene ("I'm a postdoc in Delft…") says little about what is asked; its unmatched words barely count.
const SCENE_WEIGHT = 0.25;

export interface GroundedHit extends SearchHit {
  analysed: AnalysedPassage;
}

export interface GroundedPart {
  retrieval: PartRetrieval;
  /** The passages this part's answer may rest on, best first. */
  passages: GroundedHit[];
  coverage: number;
  grounded: boolean;
  /** Jurisdictions the part names for which no passage covers what it asks. */
  lacking: Jurisdiction[];
  /** Stemmed content terms the part asks with, and those of the scene around it. */
  focusTerms: Set<string>;
  sceneTerms: Set<string>;
}

export interface Grounded {
  /** Every passage an answer may rest on, best first (the LLM gets these). */
  passages: SearchHit[];
  /** The best-covered part's coverage. */
  coverage: number;
  parts: GroundedPart[];
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

export interface CoverageTerms {
  focus: Set<string>;
  scene?: Set<string>;
  /** Terms a glossary synonym in the passages stands for ("RCAT" for "Research Collaboration Advice Team"). */
  equivalents?: Set<string>;
  /** Capitalised words of the question: places and organisations. */
  names?: Set<string>;
  /** The question is not in English: words the corpus has never seen are most likely untranslated. */
  foreign?: boolean;
}

/** Weighted share (0..1) of the question's terms found in the passages. */
export function coverage(terms: CoverageTerms, passageTerms: Set<string>, statistics: TermStatistics): number {
  const {
    focus,
    scene = new Set(),
    equivalents = new Set(),
    names = new Set(),
    foreign: unknownIsForeign = false,
  } = terms;
  // Identifiers (keys, reference numbers) say nothing about what is asked.
  const usable = (term: string) => !(/\d/.test(term) && /[a-z]/.test(term)) && term.length <= 30;
  const asked = [...focus].filter(usable);
  const around = [...scene].filter((term) => usable(term) && !focus.has(term));
  if (asked.length === 0) return 0;
  const covered = termsCovered([...asked, ...around], passageTerms);
  // A place or organisation the guidance never mentions ("Beijing") is context, not what is asked; so is a word
  // of a question in another language that the word list could not put into English.
  const weight = (term: string) =>
    !statistics.known(term) && (names.has(term) || unknownIsForeign) ? 0.5 : statistics.coverageWeight(term);
  const tally = (terms: string[]) => {
    let total = 0;
    let found = 0;
    for (const term of terms) {
      total += weight(term);
      if (covered.has(term) || equivalents.has(term)) found += weight(term);
    }
    return { total, found };
  };
  const focusTally = tally(asked);
  const sceneTally = tally(around);
  // However long the scene, it weighs at most half as much as what is asked.
  const share = sceneTally.total === 0 ? 0 : Math.min(SCENE_WEIGHT, (0.5 * focusTally.total) / sceneTally.total);
  const total = focusTally.total + share * sceneTally.total;
  return total === 0 ? 0 : (focusTally.found + share * sceneTally.found) / total;
}

/** Capitalised words after the first word: names of places, organisations and people. */
export function properNouns(text: string): string[] {
  const firstWord = text.trim().split(/\s+/)[0];
  return (text.match(/\b[A-Z][a-z]{2,}\b/g) ?? []).filter((word) => word !== firstWord);
}

const FRAMEWORK_WORDS =
  /\b(law|laws|act|acts|policy|policies|government|national|ministry|guidelines?|hotline|agency|regulations?|parliament|decided|decide|framework|rules|contact\s+point|desk|office|fee|fees|cost|costs|price)\b/i;

/**
 * A name the corpus has never seen (a country, a body, a university) next to a question about a framework: the
 * guidance cannot say what that body's law or policy is, however well the other words match.
 */
export function asksAboutUnknownBody(text: string, statistics: TermStatistics, glossary: Glossary): boolean {
  if (!FRAMEWORK_WORDS.test(text)) return false;
  return properNouns(text).some((word) => {
    const [term] = contentTerms(word);
    return term !== undefined && !statistics.known(term) && !glossary.terms.has(term);
  });
}

/** Question terms that a glossary form found in the passages stands for. */
function glossaryEquivalents(glossary: Glossary, questionTerms: Set<string>, passageTerms: Set<string>): Set<string> {
  const equivalents = new Set<string>();
  for (const forms of glossary.forms) {
    const inQuestion = forms.filter((terms) => terms.every((term) => questionTerms.has(term)));
    if (inQuestion.length === 0) continue;
    if (!forms.some((terms) => terms.every((term) => passageTerms.has(term)))) continue;
    for (const terms of inQuestion) for (const term of terms) equivalents.add(term);
  }
  return equivalents;
}

function unionTerms(passages: GroundedHit[]): Set<string> {
  const terms = new Set<string>();
  for (const hit of passages) for (const term of hit.analysed.terms) terms.add(term);
  return terms;
}

function groundPart(
  part: PartRetrieval,
  scene: Set<string>,
  foreign: boolean,
  knowledge: KnowledgeBase,
  statistics: TermStatistics,
): GroundedPart {
  const focus = new Set(contentTerms(englishWording(part.part.text)));
  const analysed = part.hits
    .map((hit) => ({ ...hit, analysed: knowledge.analysis.passage(hit.passage.id) }))
    .filter((hit): hit is GroundedHit => hit.analysed !== undefined);
  const top = analysed[0];
  const passages = top ? analysed.filter((hit) => hit.score >= top.score * 0.4).slice(0, PASSAGES_PER_PART) : [];
  const names = new Set(properNouns(part.part.text).flatMap((word) => contentTerms(word)));
  const measure = (hits: GroundedHit[], withScene: boolean) => {
    const passageTerms = unionTerms(hits);
    const equivalents = glossaryEquivalents(knowledge.glossary, new Set([...focus, ...scene]), passageTerms);
    return coverage(
      { focus, scene: withScene ? scene : undefined, equivalents, names, foreign },
      passageTerms,
      statistics,
    );
  };
  const measured = passages.length > 0 ? measure(passages, true) : 0;
  const unknownBody = asksAboutUnknownBody(part.part.text, statistics, knowledge.glossary);
  const grounded = measured >= GROUNDING_THRESHOLD && !unknownBody;
  // A jurisdiction the part itself names lacks guidance when none of its own passages covers what is asked.
  const lacking = grounded
    ? part.named.filter((jurisdiction) => {
        const own = analysed.filter((hit) => hit.passage.jurisdiction === jurisdiction).slice(0, 2);
        return own.length === 0 || measure(own, false) < GROUNDING_THRESHOLD;
      })
    : [];
  return { retrieval: part, passages, coverage: measured, grounded, lacking, focusTerms: focus, sceneTerms: scene };
}

export function groundQuestion(retrieval: Retrieval, knowledge: KnowledgeBase): Grounded {
  const statistics = knowledge.analysis.statistics;
  const scene = new Set(contentTerms(englishWording(retrieval.scenario)));
  const foreign = retrieval.language !== 'en';
  const parts = retrieval.parts.map((part) => groundPart(part, scene, foreign, knowledge, statistics));
  const passages: SearchHit[] = [];
  for (const part of parts.filter((each) => each.grounded)) {
    for (const hit of part.passages)
      if (!passages.some((known) => known.passage.id === hit.passage.id)) passages.push(hit);
  }
  for (const hit of retrieval.hits)
    if (!passages.some((known) => known.passage.id === hit.passage.id)) passages.push(hit);
  return { passages, coverage: Math.max(0, ...parts.map((part) => part.coverage)), parts };
}
