// Whether the retrieved passages answer the question: for each asking part, the IDF-weighted share of what it asks
// (its own words fully, the scene's words a little) that its best passages contain.
import type { Jurisdiction } from '../config.js';
import type { AnalysedPassage } from '../knowledge/corpus-analysis.js';
import { type Ask, answeringKinds, type FactKind, questionAsks } from '../knowledge/fact-kinds.js';
import type { Glossary } from '../knowledge/glossary.js';
import { detectJurisdictions } from '../knowledge/jurisdiction-detect.js';
import type { KnowledgeBase, PartRetrieval, Retrieval } from '../knowledge/knowledge-base.js';
import type { SearchHit } from '../knowledge/search-index.js';
import type { TermStatistics } from '../knowledge/term-statistics.js';
import { contentTerms } from '../knowledge/text-analysis.js';
import { englishWord, englishWording, guessLanguage } from '../knowledge/translate-terms.js';
import { countryNamesIn, regionNamed } from './intent/intent-features.js';
import { carriesDeviceAbroad } from './policy.js';

export const GROUNDING_THRESHOLD = 0.3;
const PASSAGES_PER_PART = 3;
/** How many of a part's best-ranked passages compete for those three places. */
const CANDIDATES_TO_COVER = 6;
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
  /** The part names a body or institution the guidance does not hold, or a name it lacks and nothing answers it. */
  missingThing: boolean;
  /**
   * An identifier or acronym the part names ("Section 117") that its passages do not hold, where they answer the
   * rest of it: the answer says so and gives them as the closest related guidance.
   */
  unheld?: string;
  /** Jurisdictions the part names for which no passage covers what it asks. */
  lacking: Jurisdiction[];
  /**
   * An EU or EEA country the part names that the guidance has no national rules for ("Austria"), where the answer
   * rests on another country's national guidance: it says so.
   */
  elsewhere?: string;
  /** Stemmed content terms the part asks with, and those of the scene around it. */
  focusTerms: Set<string>;
  sceneTerms: Set<string>;
  /**
   * Focus terms a part that points back ("…and who was its president?") took from the other parts: they find its
   * passages, but its own words ("president") say which sentence answers it.
   */
  borrowedTerms: Set<string>;
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
  // German writes every noun with a capital: in a German question a word shaped like a common noun
  // ("Fachorganisation", "Chemie", "Prüfung") is no name, whether or not the word list knows it.
  const german = guessLanguage(text) === 'de';
  // Whole words with their accents ("Erklärung", not "Erkl"); a German noun the word list knows is no name.
  return (text.match(/(?<!\p{L})\p{Lu}\p{Ll}{2,}(?!\p{L})/gu) ?? []).filter(
    (word) => word !== firstWord && englishWord(word) === word && !(german && GERMAN_COMMON_NOUN.test(word)),
  );
}

/** Endings only German common nouns have (-ung, -heit, -keit, -schaft, -tion, -tät, -ismus, -ie, -nis, -tum…). */
const GERMAN_COMMON_NOUN =
  /(ung|heit|keit|schaft|tion|sion|tät|ismus|ik|ie|nis|tum|ment|enz|anz|ität|ur|ling|gesetz|stelle|behörde|amt|verordnung|richtlinie)(en|s|e)?$/u;

/** Countries the text names that the corpus has no jurisdiction for ("Mexico"), as their terms. */
function countriesWithoutGuidance(text: string): string[][] {
  return countryNamesIn(text)
    .filter((name) => detectJurisdictions(name).length === 0)
    .map((name) => contentTerms(name));
}

/** One of those countries, asked about as a framework, that no passage is about (names in its title or heading). */
function unheldCountry(countries: string[][], passages: GroundedHit[]): boolean {
  return countries.some(
    (terms) =>
      !passages.some((hit) =>
        terms.every((term) => hit.analysed.titleTerms.has(term) || hit.analysed.headingTerms.has(term)),
      ),
  );
}

/** EU and EEA member states with no national guidance in the corpus: their researchers ask about home, too. */
const UNCOVERED_MEMBER_STATES = 'AT BG CY EE ES GR HR HU IE IS LI LT LU LV MT PL PT RO SI SK'.split(' ');
const SHARED_GUIDANCE: Jurisdiction[] = ['EU', 'INTL'];

const ENGLISH_REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** The English name of the first uncovered member state the text names ("Österreich" → "Austria"). */
function uncoveredMemberState(text: string): string | undefined {
  for (const name of countryNamesIn(text)) {
    const code = regionNamed(name, UNCOVERED_MEMBER_STATES);
    if (code) return ENGLISH_REGION_NAMES.of(code);
  }
  return undefined;
}

/** The sentences around the question ("I work at a university in Austria.") and the countries they name. */
interface Setting {
  text: string;
  named: Jurisdiction[];
}

/** The occasion a device is carried to: where it goes, like the destination, not what is asked. */
const OCCASION_TERMS = new Set(
  contentTerms(`summer school schools conference conferences congress workshop workshops seminar seminars symposium
  meeting meetings trip trips visit visits fieldwork holiday holidays vacation course courses fair fairs
  exhibition tour lecture lectures colloquium sabbatical secondment`),
);

// In the four languages: a country's law, policy, rules or authority. The end is a lookahead, not "\b": after "é"
// ("autorité") a space is no word boundary.
const FRAMEWORK_WORDS =
  /\b(law|laws|act|acts|policy|policies|government|national|ministry|guidelines?|hotline|agency|regulations?|parliament|decided|decide|framework|rules|contact\s+point|desk|office|fee|fees|cost|costs|price|wet|wetten|wetgeving|beleid|regels|regelgeving|overheid|ministerie|richtlijnen?|gesetz|gesetze|gesetzlich\w*|regeln|regelungen|vorschriften|beh(?:ö|oe)rden?|ministerium|richtlinien?|loi|lois|politique|r(?:è|e)gles|r(?:é|e)glementation|minist(?:è|e)re|gouvernement|autorit(?:é|e)s?)(?![\p{L}\d])/iu;

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

const INSTITUTION_WORD =
  /^(University|Universit\p{L}*|Hogeschool|College|Institute|Institut|Hochschule|Fachhochschule|Academy|Akademie|École|Ecole|School|Polytechnic)$/u;
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|for|de|van|der|des|du|di|la|le)\s+)?\p{Lu}[\p{L}'’-]+)+/gu;
/** Facts that belong to one institution: its phone line, deadline, numbers, web form. */
const INSTITUTION_FACTS: Ask[] = ['phone', 'email', 'web', 'number', 'date', 'duration'];
const PARTNER_CUE =
  /\b(with|from|partner\w*|collaborat\w*|cooperat\w*|visit\w*|invit\w*|host\w*|mou|agreement|joint|exchange|met|approached)\b/i;

/**
 * A named institution the guidance knows nothing about ("Hogeschool Noordkaap"): its own phone lines, deadlines
 * and figures cannot be in the guidance, however well the rest of the question matches.
 */
export function asksAboutUnknownInstitution(text: string, knowsWord: (word: string) => boolean): boolean {
  const asks = questionAsks(text);
  // "Who is the security officer at X?" asks about X's own people; "who do I ask about working with X?" does not.
  const aboutItsPeople = asks.some((ask) => ask === 'body' || ask === 'contact') && !PARTNER_CUE.test(text);
  if (!asks.some((ask) => INSTITUTION_FACTS.includes(ask)) && !aboutItsPeople) return false;
  return (text.match(NAME_RUN) ?? []).some((run) => {
    const words = run.split(/\s+/);
    if (!words.some((word) => INSTITUTION_WORD.test(word))) return false;
    return words.some((word) => !INSTITUTION_WORD.test(word) && /^\p{Lu}/u.test(word) && !knowsWord(word));
  });
}

// "Section 117", "Article 292", "Regulation 2021/821": the number names the thing asked about.
const DESIGNATOR =
  /\b(?:Section|Sec\.|Article|Art\.|Articles|§|Regulation|Directive|Decree|Rule|Annex|No\.)\s*\(?((?:[A-Z]{1,3}\s?)?\d[\w/.-]*)/gi;
const ACRONYM = /\b[A-Z][A-Z0-9&-]{2,7}\b/g;
const CHAT_ACRONYMS = new Set(['ASAP', 'FYI', 'TBH', 'IMO', 'AFAIK', 'BTW', 'FAQ', 'PDF', 'URL', 'USA', 'PHD']);

const JOINING_WORDS = new Set([
  'of',
  'and',
  'on',
  'the',
  'for',
  'in',
  'to',
  '&',
  'de',
  'des',
  'du',
  'et',
  'und',
  'für',
  'van',
  'der',
  'voor',
  'en',
]);

/**
 * Whether the text spells the acronym out: "Treaty on the Functioning of the European Union" for "TFEU", "Science,
 * Technology and Innovation" for "STI". The corpus writes names in full; a user may abbreviate them.
 */
export function spellsOut(acronym: string, text: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2) return false;
  const words = text.split(/[\s,;:()"“”]+/).filter((word) => word.length > 0);
  for (let start = 0; start < words.length; start++) {
    let matched = 0;
    for (let index = start; index < words.length && matched < letters.length; index++) {
      const word = words[index] ?? '';
      // Each part of a hyphenated name counts: "Dual-Use" gives D and U.
      const initials = word.split('-').filter((piece) => /^\p{Lu}/u.test(piece));
      if (initials.length === 0) {
        if (JOINING_WORDS.has(word.toLowerCase()) && matched > 0) continue;
        break;
      }
      const spelled = initials.map((piece) => piece.charAt(0)).join('');
      if (!letters.startsWith(spelled, matched)) break;
      matched += spelled.length;
    }
    if (matched === letters.length) return true;
  }
  return false;
}

/** The first identifier or acronym the part names that none of its passages holds: what it asks about is not there. */
function unheldName(
  text: string,
  passages: GroundedHit[],
  statistics: TermStatistics,
  glossary: Glossary,
  knowsWord: (word: string) => boolean,
): string | undefined {
  const held = passages.map((hit) => `${hit.document.title} ${hit.passage.heading} ${hit.passage.text}`).join(' ');
  for (const match of text.matchAll(DESIGNATOR)) {
    const id = (match[1] ?? '').replace(/[.,;:)]+$/, '');
    const escaped = id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (id && !new RegExp(`(^|[^0-9])${escaped}(?![0-9])`).test(held)) return match[0].trim();
  }
  for (const acronym of text.match(ACRONYM) ?? []) {
    if (CHAT_ACRONYMS.has(acronym)) continue;
    // "OCDE" is the OECD in French: the acronym counts as known in any of its forms.
    const forms = [...new Set([acronym, englishWord(acronym)])];
    const known = forms.some((form) => {
      const [term] = contentTerms(form);
      return (
        term === undefined ||
        statistics.known(term) ||
        glossary.terms.has(term) ||
        knowsWord(form) ||
        held.includes(form) ||
        spellsOut(form, held)
      );
    });
    if (!known) return acronym;
  }
  return undefined;
}

const MEASURED: FactKind[] = ['number', 'amount', 'date', 'duration'];
const CANDIDATES_FOR_A_FIGURE = 6;

/** The passage has a sentence holding one of these kinds of figure and naming at least two of the asked terms. */
function statesFigure(hit: GroundedHit, kinds: FactKind[], focus: Set<string>): boolean {
  return hit.analysed.sentences.some((sentence) => {
    if (!kinds.some((kind) => sentence.facts.has(kind))) return false;
    let named = 0;
    for (const term of sentence.terms) if (focus.has(term)) named += 1;
    return named >= Math.min(2, focus.size);
  });
}

/**
 * Asked "how many", "when" or "how long", the part's passages must hold such a figure in a sentence about what is
 * asked; otherwise the guidance does not have it, and a neighbouring passage would only seem to answer.
 */
function holdsAskedKind(part: PartRetrieval, passages: GroundedHit[], focus: Set<string>, scene: Set<string>): boolean {
  const kinds = answeringKinds(part.part.asks).filter((kind) => MEASURED.includes(kind));
  if (kinds.length === 0) return true;
  return passages.some((hit) =>
    hit.analysed.sentences.some(
      (sentence) =>
        kinds.some((kind) => sentence.facts.has(kind)) &&
        [...sentence.terms].some((term) => focus.has(term) || scene.has(term)),
    ),
  );
}

/** Whether the text names something itself: a capitalised name, an acronym or a number ("Section 117"). */
function namesSomething(text: string): boolean {
  return properNouns(text).length > 0 || /\b[A-Z]{2,}\b|\d/.test(text);
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

/**
 * The passages a part rests on: of its best-ranked candidates, the few that together hold most of what it asks,
 * each chosen for the asked words the ones before it lack, then read in rank order. A section that repeats one
 * name of the question ("DFAT") ranks high; the one that answers holds the question's other words too.
 */
function coveringPassages(candidates: GroundedHit[], focus: Set<string>, statistics: TermStatistics): GroundedHit[] {
  const chosen: GroundedHit[] = [];
  const held = new Set<string>();
  while (chosen.length < PASSAGES_PER_PART && chosen.length < candidates.length) {
    let best: GroundedHit | undefined;
    let bestGain = 0;
    const missing = [...focus].filter((term) => !held.has(term));
    for (const hit of candidates) {
      if (chosen.includes(hit)) continue;
      let gain = 0;
      for (const term of termsCovered(missing, hit.analysed.terms)) gain += statistics.coverageWeight(term);
      if (gain > bestGain) {
        best = hit;
        bestGain = gain;
      }
    }
    // Nothing more of the question in any candidate: the rest follow by rank.
    if (!best) {
      best = candidates.find((hit) => !chosen.includes(hit));
      if (!best) break;
    } else {
      for (const term of termsCovered(missing, best.analysed.terms)) held.add(term);
    }
    chosen.push(best);
  }
  return chosen.sort((a, b) => candidates.indexOf(a) - candidates.indexOf(b));
}

function unionTerms(passages: GroundedHit[]): Set<string> {
  const terms = new Set<string>();
  for (const hit of passages) for (const term of hit.analysed.terms) terms.add(term);
  return terms;
}

function groundPart(
  part: PartRetrieval,
  partScene: Set<string>,
  foreign: boolean,
  unknownInstitution: boolean,
  knowledge: KnowledgeBase,
  statistics: TermStatistics,
  setting: Setting = { text: '', named: [] },
): GroundedPart {
  let scene = partScene;
  const cognates = foreign ? knowledge.knownEnglish : undefined;
  const focus = new Set(contentTerms(englishWording(part.focus, foreign, cognates)));
  // "…to a summer school in Mexico": a destination the guidance has no rules for is where, not what, is asked;
  // asked about its law or policy ("What is Mexico's policy?"), it stays what is asked.
  const asksFramework = FRAMEWORK_WORDS.test(part.part.text);
  const uncovered = countriesWithoutGuidance(part.part.text);
  if (!asksFramework) {
    const places = uncovered.flat();
    if (places.some((term) => focus.has(term)) && [...focus].some((term) => !places.includes(term))) {
      scene = new Set([...scene, ...places]);
      for (const term of places) focus.delete(term);
    }
  }
  // "…take my work phone to a summer school": carried abroad, the device is what is asked and the occasion is where.
  if (carriesDeviceAbroad(part.part.text)) {
    const occasion = [...focus].filter((term) => OCCASION_TERMS.has(term));
    if (occasion.length > 0 && occasion.length < focus.size) {
      scene = new Set([...scene, ...occasion]);
      for (const term of occasion) focus.delete(term);
    }
  }
  const ownTerms = new Set(contentTerms(englishWording(part.own, foreign, cognates)));
  const borrowedTerms = new Set([...focus].filter((term) => !ownTerms.has(term)));
  const analysed = part.hits
    .map((hit) => ({ ...hit, analysed: knowledge.analysis.passage(hit.passage.id) }))
    .filter((hit): hit is GroundedHit => hit.analysed !== undefined);
  const top = analysed[0];
  const passages = top
    ? coveringPassages(
        analysed.filter((hit) => hit.score >= top.score * 0.4).slice(0, CANDIDATES_TO_COVER),
        focus,
        statistics,
      )
    : [];
  // Asked "how long" or "when", a slightly lower-ranked section that states such a figure about what is asked is
  // worth a place beside the best-matching ones.
  const kinds = MEASURED.filter((kind) => part.part.asks.includes(kind));
  if (kinds.length > 0) {
    const holder = analysed
      .slice(0, CANDIDATES_FOR_A_FIGURE)
      .find((hit) => !passages.includes(hit) && statesFigure(hit, kinds, focus));
    if (holder) passages.push(holder);
  }
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
  // A part that names a country the guidance covers asks about that country's rules; an unknown name beside it
  // ("my co-author in Lisbon") is context, not the thing asked about.
  const unknownBody = part.named.length === 0 && asksAboutUnknownBody(part.part.text, statistics, knowledge.glossary);
  const name = unheldName(part.part.text, passages, statistics, knowledge.glossary, (word) =>
    knowledge.knowsWord(word),
  );
  // "What is Mexico's policy?": a country with no guidance of its own is not covered by a passage that only lists it
  // among others (the Wassenaar participants); a passage about it names it in its title or heading. Beside a country
  // the guidance covers ("to Singapore under EU rules") it is where, not whose rules.
  const listedOnly = asksFramework && part.named.length === 0 && unheldCountry(uncovered, passages);
  const answers =
    !listedOnly &&
    measured >= GROUNDING_THRESHOLD &&
    !unknownBody &&
    !unknownInstitution &&
    holdsAskedKind(part, passages, focus, scene);
  // A name the passages lack, where they answer the rest, may be the user's own wording of something they hold: the
  // answer says plainly that the name is not there and gives them as related guidance, rather than nothing.
  const missingThing = unknownBody || unknownInstitution || (name !== undefined && !answers);
  const grounded = answers;
  // A jurisdiction the part itself names lacks guidance when none of its own passages covers what is asked: its two
  // best-ranked, with those of its passages the answer already rests on (together they may cover what one does not).
  const lacking = grounded
    ? part.named.filter((jurisdiction) => {
        const ofIt = (hit: GroundedHit) => hit.passage.jurisdiction === jurisdiction;
        const own = [...new Set([...passages.filter(ofIt), ...analysed.filter(ofIt).slice(0, 2)])];
        return own.length === 0 || measure(own, false) < GROUNDING_THRESHOLD;
      })
    : [];
  // "Brauche ich in Österreich eine Genehmigung…?": Austria shares the EU's rules, not Sweden's. Where the part names
  // no country the guidance covers, and the answer may rest on another country's national guidance, it says so. An
  // institution's own jurisdiction makes the named country a partner's or a destination, not the asker's.
  const place =
    grounded &&
    !knowledge.institutionJurisdiction &&
    [...part.named, ...setting.named].every((jurisdiction) => SHARED_GUIDANCE.includes(jurisdiction)) &&
    passages.some((hit) => !SHARED_GUIDANCE.includes(hit.passage.jurisdiction))
      ? uncoveredMemberState(`${setting.text} ${part.part.text}`)
      : undefined;
  return {
    retrieval: part,
    passages,
    coverage: measured,
    grounded,
    missingThing,
    unheld: grounded ? name : undefined,
    lacking,
    ...(place ? { elsewhere: place } : {}),
    focusTerms: focus,
    sceneTerms: scene,
    borrowedTerms,
  };
}

export function groundQuestion(retrieval: Retrieval, knowledge: KnowledgeBase): Grounded {
  const statistics = knowledge.analysis.statistics;
  const sceneOf = (part: PartRetrieval) =>
    new Set(
      contentTerms(
        englishWording(
          [retrieval.scenario, ...retrieval.parts.filter((other) => other !== part).map((other) => other.focus)].join(
            ' ',
          ),
        ),
      ),
    );
  const foreign = retrieval.language !== 'en';
  // What is asked about an institution the guidance lacks, not where the asker works ("Je suis à l'Université Laval.
  // Quel organisme fédéral…?"); a part that points back to the scene's place ("who is the officer there?") brings it
  // along. "Their" and "its" do not: "when did the Flemish universities publish their note?" points within the part.
  const asked = retrieval.parts.map((part) => part.part.text).join(' ');
  const pointsBack = /\b(there|daar|dort|là-bas)\b/i.test(asked);
  const whole = pointsBack ? `${retrieval.scenario} ${asked}` : asked;
  const unknownInstitution = asksAboutUnknownInstitution(whole, (word) => knowledge.knowsWord(word));
  // Read once for every part: which countries the scene names.
  const setting = { text: retrieval.scenario, named: detectJurisdictions(retrieval.scenario) };
  const measured = retrieval.parts.map((part) =>
    groundPart(part, sceneOf(part), foreign, unknownInstitution, knowledge, statistics, setting),
  );
  // "…and how often must institutions report?" names nothing of its own: it leans on the part that names the thing
  // ("Section 117"). Where the guidance lacks that thing, the leaning part is not answered with a neighbour either.
  const thingMissing = measured.some((part) => part.missingThing || part.unheld !== undefined);
  const parts = measured.map((part) =>
    thingMissing && !namesSomething(part.retrieval.part.text) ? { ...part, grounded: false, lacking: [] } : part,
  );
  const passages: SearchHit[] = [];
  for (const part of parts.filter((each) => each.grounded)) {
    for (const hit of part.passages)
      if (!passages.some((known) => known.passage.id === hit.passage.id)) passages.push(hit);
  }
  for (const hit of retrieval.hits)
    if (!passages.some((known) => known.passage.id === hit.passage.id)) passages.push(hit);
  return { passages, coverage: Math.max(0, ...parts.map((part) => part.coverage)), parts };
}
