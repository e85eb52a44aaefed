// Which sentences of a part's passages answer it, and in what order: the sentence holding the kind of fact asked
// for leads; a sentence that starts mid-thought brings the one before it; a list comes whole.
import type { AnalysedSentence } from '../knowledge/corpus-analysis.js';
import { answeringKinds, durationAspects, type FactKind } from '../knowledge/fact-kinds.js';
import type { TermStatistics } from '../knowledge/term-statistics.js';
import type { GroundedHit, GroundedPart } from './grounding.js';
import { isUntrustedSentence } from './untrusted-text.js';

export interface Candidate {
  hit: GroundedHit;
  /** Rank of the passage among the part's passages. */
  rank: number;
  position: number;
  sentence: AnalysedSentence;
  score: number;
}

/** Sentences that are read together (a lead and the sentence it needs, a list and its items). */
export type Unit = Candidate[];

const RANK_BONUS = [1.25, 1.05, 0.9];
const MAX_SENTENCES = 6;
const PASSAGE_FLOOR = 0.7;
const ORDINAL = /^(The\s+)?(first|second|third|fourth|fifth|sixth|seventh|next|last|final|another|other|a further)\b/i;
// "…looks at four factors", "five regional centres": the sentences after it enumerate them.
const ANNOUNCES_COUNT = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+(?:[a-z-]+\s+){0,2}[a-z]+s\b/i;
const MAX_LIST_SENTENCES = 9;
/** Guidance for everyone, not one country's own rules. */
const SHARED = new Set(['GENERAL', 'INTL', 'EU', 'NORDIC']);
const OTHER_COUNTRY = 0.8;
const ABOUT_THE_DOCUMENT = /^(This|The present) (document|section|page|overview|guide)\b/i;

function scoreSentence(
  sentence: AnalysedSentence,
  hit: GroundedHit,
  rank: number,
  position: number,
  part: GroundedPart,
  expansion: Set<string>,
  statistics: TermStatistics,
  home: readonly string[] | undefined,
): number {
  let score = 0;
  for (const term of sentence.terms) {
    if (part.focusTerms.has(term)) score += (part.borrowedTerms.has(term) ? 0.5 : 1) * statistics.idf(term);
    else if (part.sceneTerms.has(term)) score += 0.3 * statistics.idf(term);
    else if (expansion.has(term)) score += 0.5 * statistics.idf(term);
  }
  // Sentences of a section whose heading matches the question carry the answer even without repeating it.
  for (const term of hit.analysed.headingTerms) if (part.focusTerms.has(term)) score += 0.25 * statistics.idf(term);
  const long = sentence.words > 40 && !part.retrieval.part.asks.includes('list');
  const lengthPenalty = long ? 1 + (sentence.words - 40) / 40 : sentence.words < 6 ? 1.5 : 1;
  score = (score / lengthPenalty) * (RANK_BONUS[rank] ?? 0.8) * (position === 0 ? 1.1 : 1);

  const asks = part.retrieval.part.asks;
  const kinds = answeringKinds(asks);
  if (kinds.some((kind) => sentence.facts.has(kind))) score *= 1.8;
  else if (kinds.length > 0 && !asks.includes('list')) score *= 0.8;
  if (asks.includes('duration') && sentence.facts.has('duration')) {
    // "How long does it take" wants what something takes, not how long a certificate stays valid.
    const asked = durationAspects(part.retrieval.part.text);
    const held = durationAspects(sentence.text);
    // A sentence about how long something stays valid ("valid for six months from the date it is issued") answers
    // only a question about validity, whatever else it mentions.
    const wrongValidity = held.has('validity') && !asked.has('validity');
    if (asked.size > 0 && held.size > 0) {
      score *= !wrongValidity && [...asked].some((aspect) => held.has(aspect)) ? 1.3 : 0.6;
    }
  }
  if (
    asks.includes('contact') &&
    ['phone', 'email', 'web', 'body'].some((kind) => sentence.facts.has(kind as FactKind))
  ) {
    score *= 1.2;
  }
  if (asks.includes('list') && (sentence.opensList !== undefined || (sentence.text.match(/,/g)?.length ?? 0) >= 2)) {
    score *= 1.3;
  }
  if (asks.includes('definition') && position === 0) score *= 1.2;
  // "This document explains…" describes the guidance, not the world: a fact answers better.
  if (ABOUT_THE_DOCUMENT.test(sentence.text)) score *= 0.3;
  // The jurisdiction the part asks about leads; other jurisdictions' guidance follows as related.
  const named = part.retrieval.named;
  if (named.length > 0 && !named.includes(hit.passage.jurisdiction)) score *= 0.7;
  // A question that names no country is answered from where it comes from (the institution's country, or the
  // countries of its language) and from guidance for everyone; another country's own rules follow as related.
  else if (home && !home.includes(hit.passage.jurisdiction) && !SHARED.has(hit.passage.jurisdiction)) {
    score *= OTHER_COUNTRY;
  }
  return score;
}

function similar(a: AnalysedSentence, b: AnalysedSentence): boolean {
  if (b.terms.size === 0) return true;
  let shared = 0;
  for (const term of b.terms) if (a.terms.has(term)) shared += 1;
  return shared / b.terms.size > 0.8;
}

/** Sentences built alike ("The Northeast hub of NSF SECURE is at…", "The Southeast hub…"): items of one list. */
function parallel(a: AnalysedSentence, b: AnalysedSentence): boolean {
  const first = (sentence: AnalysedSentence) => sentence.text.split(/\s+/)[0]?.toLowerCase();
  if (first(a) !== first(b) || a.terms.size === 0 || b.terms.size === 0) return false;
  let shared = 0;
  for (const term of b.terms) if (a.terms.has(term)) shared += 1;
  return shared / Math.min(a.terms.size, b.terms.size) >= 0.5;
}

const NUMBERED = /^([A-Z][a-z]+)\s+(\d{1,2})\b/;

/** "Axis 1 is…" after "three axes", and "Axis 2…" after "Axis 1…": the numbered items of an announced list. */
function numberedNext(previous: AnalysedSentence, next: AnalysedSentence): boolean {
  const item = NUMBERED.exec(next.text);
  if (!item) return false;
  const number = Number(item[2]);
  if (number === 1) return ANNOUNCES_COUNT.test(previous.text);
  const before = NUMBERED.exec(previous.text);
  return before !== null && before[1] === item[1] && Number(before[2]) === number - 1;
}

/** The candidate with what it needs to be read alone: the sentence before a mid-thought start, a list's items. */
function unitOf(candidate: Candidate, all: Candidate[], wantsList: boolean, budget: number, lead = false): Unit {
  const sentences = candidate.hit.analysed.sentences;
  let start = candidate.position;
  let end = candidate.position;
  while (start > 0 && sentences[start]?.continues && candidate.position - start < 2) start -= 1;
  const list = candidate.sentence.listItem ?? candidate.sentence.opensList;
  if (list !== undefined) {
    const members = sentences
      .map((sentence, index) => ({ sentence, index }))
      .filter(({ sentence }) => sentence.opensList === list || sentence.listItem === list)
      .map(({ index }) => index);
    if (wantsList || members.length <= 7) {
      start = Math.min(start, members[0] ?? start);
      end = Math.max(end, members.at(-1) ?? end);
    } else {
      start = Math.min(start, members[0] ?? start);
    }
  }
  // The lead that announces "four factors" brings them, all of them (a list cut to two of four answers wrongly); a
  // supporting sentence does so only when a list was asked.
  const announced = lead && ANNOUNCES_COUNT.test(candidate.sentence.text);
  if (wantsList || announced) {
    // An enumeration written as prose ("The first…", "The second…", or sentences built alike) continues after it.
    let words = 0;
    for (let index = start; index <= end; index++) words += sentences[index]?.words ?? 0;
    while (end + 1 < sentences.length && end - start + 1 < MAX_LIST_SENTENCES) {
      const next = sentences[end + 1];
      const previous = sentences[end];
      if (!next || !previous) break;
      if (!(next.continues || ORDINAL.test(next.text) || numberedNext(previous, next) || parallel(previous, next)))
        break;
      if (!wantsList && !announced && words + next.words > budget) break;
      words += next.words;
      end += 1;
    }
  }
  const unit: Unit = [];
  for (let position = start; position <= end; position++) {
    const found = all.find((other) => other.hit === candidate.hit && other.position === position);
    if (found) unit.push(found);
  }
  return unit;
}

// Whether a corpus sentence may be quoted depends on the sentence and its document alone: judged once, not per question.
const untrusted = new WeakMap<AnalysedSentence, boolean>();

function mayQuote(sentence: AnalysedSentence, hit: GroundedHit): boolean {
  let verdict = untrusted.get(sentence);
  if (verdict === undefined) {
    verdict = isUntrustedSentence(sentence.text, hit.document);
    untrusted.set(sentence, verdict);
  }
  return !verdict;
}

const words = (unit: Unit) => unit.reduce((sum, candidate) => sum + candidate.sentence.words, 0);

/** Units answering one part, the lead first, within about `budget` words. */
export function chooseSentences(
  part: GroundedPart,
  expansion: Set<string>,
  statistics: TermStatistics,
  budget: number,
  /** Sentences another part's answer already holds (`passage id:position`). */
  taken: Set<string> = new Set(),
  /** Where a question that names no country comes from (see Retrieval.home); undefined when it names one. */
  home?: readonly string[],
): Unit[] {
  const all: Candidate[] = [];
  part.passages.forEach((hit, rank) => {
    hit.analysed.sentences.forEach((sentence, position) => {
      if (taken.has(`${hit.passage.id}:${position}`) || !mayQuote(sentence, hit)) return;
      const score = scoreSentence(sentence, hit, rank, position, part, expansion, statistics, home);
      all.push({ hit, rank, position, sentence, score });
    });
  });
  const ranked = [...all].sort((a, b) => b.score - a.score);
  const lead = ranked[0];
  if (!lead || lead.score <= 0) return [];
  const wantsList = part.retrieval.part.asks.includes('list');
  const chosen: Unit[] = [unitOf(lead, all, wantsList, budget, true)];
  const inAnswer = () => chosen.flat();
  let used = words(chosen[0] ?? []);
  const consider = (candidate: Candidate | undefined, floor: number) => {
    if (!candidate || candidate.score < lead.score * floor) return;
    if (inAnswer().length >= MAX_SENTENCES || inAnswer().includes(candidate)) return;
    if (inAnswer().some((other) => similar(other.sentence, candidate.sentence))) return;
    const unit = unitOf(candidate, all, wantsList, budget).filter((member) => !inAnswer().includes(member));
    if (unit.length === 0 || used + words(unit) > budget) return;
    chosen.push(unit);
    used += words(unit);
  };
  // Each other passage that matches about as well contributes its best sentence; then the best of the rest.
  for (let rank = 1; rank < part.passages.length; rank++)
    consider(
      ranked.find((c) => c.rank === rank),
      PASSAGE_FLOOR,
    );
  for (const candidate of ranked) consider(candidate, 0.3);
  const [first, ...rest] = chosen;
  rest.sort((a, b) => (a[0]?.rank ?? 0) - (b[0]?.rank ?? 0) || (a[0]?.position ?? 0) - (b[0]?.position ?? 0));
  return first ? [first, ...rest] : [];
}
