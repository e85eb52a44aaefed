// A message is often a scenario ("I'm a postdoc at…, my partner in…") around one or more questions. Separating the
// asking sentences from the scene lets retrieval weigh what is asked above the scene, and each part be answered.
import { type Ask, questionAsks } from './fact-kinds.js';
import { contentTerms } from './text-analysis.js';
import { englishWording } from './translate-terms.js';

export interface QuestionPart {
  /** The words of this part as the user wrote them. */
  text: string;
  asks: Ask[];
}

export interface QuestionShape {
  parts: QuestionPart[];
  /** Sentences that set the scene without asking anything. */
  scenario: string;
}

const MAX_PARTS = 4;

const INTERROGATIVE =
  'since when|sinds wanneer|seit wann|depuis quand|what|whats|who|whos|whom|whose|which|where|wheres|when|why|how|hows|is|are|do|does|did|can|could|may|might|must|should|shall|will|would|has|have|am|whether|wat|wie|hoe|waar|wanneer|welke|welk|waarom|hoeveel|was|wer|wo|wann|welche|welcher|welchem|welchen|welches|warum|gibt|que|qui|quoi|quand|comment|où|quel|quelle|quels|quelles|pourquoi|combien|est-ce';

const ASKING_START = new RegExp(
  `^\\W*(?:(?:so|and|but|also|ok|okay|hi|hello|hey|quick question|one more thing|last thing|finally|then)[,:!]?\\s+)*(?:${INTERROGATIVE}|tell me|explain|describe|give me|list|please|i need to know|i'd like to know|i want to know|i wonder|wondering|any idea|kun je|kunt u|können sie|kannst du|pouvez-vous|peux-tu)\\b`,
  'i',
);

/** A preposition before the question word: "…and from which amount", "und ab welchem Betrag", "et à partir de quel". */
const PREPOSITION =
  "from|since|until|by|for|in|at|under|with|to|of|vanaf|sinds|tot|voor|onder|met|van|door|ab|seit|bis|für|unter|mit|von|durch|à partir de|depuis|jusqu'à|pour|sous|avec|par|de|dans|à";

/** "…and how long does it take?": a connector followed by a question word starts a new part. */
const PART_BREAK = new RegExp(
  `\\s*(?:,\\s*)?(?:\\band\\b|\\balso\\b|\\bplus\\b|;|\\bas well as\\b|\\ben\\b|\\bund\\b|\\bet\\b)\\s+(?=(?:(?:${PREPOSITION})\\s+)?(?:${INTERROGATIVE})\\b)`,
  'i',
);

const ENUMERATION = /\s+(?=\(?(?:[1-9]|[a-e])\)\s)/;

// Abbreviations whose dot does not end a sentence.
const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|U\.S|U\.K|Dr|Prof|No|Art|approx|incl|cf)\.(?=\s)/gi;

// "vom 3. Oktober 2023": a German date's day ends in a dot that ends no sentence.
const GERMAN_DAY =
  /\b\d{1,2}\.(?=\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b)/g;

function messageSentences(message: string): string[] {
  const protectedText = message
    .replace(ABBREVIATION, (match) => match.replace(/\./g, '\uE000'))
    .replace(GERMAN_DAY, (match) => match.replace('.', '\uE000'));
  return protectedText
    .split(/(?<=[?!])\s+|(?<=\.)\s+(?=[A-Z0-9"“(])|\n+/)
    .map((sentence) => sentence.replace(/\uE000/g, '.').trim())
    .filter((sentence) => sentence.length > 0);
}

// "…et elle entre en vigueur quand": a question word at the end asks as much as one at the start.
const ASKING_END =
  /\b(when|where|who|what|how|why|quand|où|qui|quoi|comment|pourquoi|combien|wanneer|waar|wie|wat|hoe|waarom|hoeveel|wann|wo|wer|was|warum)\W*$/i;

// "Dept admin asks what the host department has to supply.", "Mijn PI wil weten of…": a question reported, not put.
// The match ends where the reported question starts, at its question word.
const INDIRECT_ASK =
  /\b(?:asks?|asking|asked|wants? to know|want(?:s|ed)? to find out|wondering|wonders?|needs? to know|like to know|not sure|unsure|curious)\s+(?:about\s+)?(?=(?:what|whether|if|which|who|whom|how|when|where|why)\b)|\b(?:vraagt(?:\s+zich\s+af)?|vroeg|wil(?:len)?\s+(?:graag\s+)?weten|weet\s+niet)\s*,?\s+(?=(?:of|wat|wie|welke|welk|hoe|wanneer|waar|waarom|hoeveel)\b)|(?<!\p{L})(?:fragt(?:\s+sich)?|fragte|möchten?\s+wissen|will\s+wissen|wollen\s+wissen|weiß\s+nicht)\s*,?\s+(?=(?:ob|was|wer|wie|welche|welcher|welches|wann|wo|warum)\b)|(?<!\p{L})(?:demande|demandé|demandent|(?:voudrais|voudrait|aimerais|aimerait|veut|veux)\s+savoir|ne\s+sais\s+pas|se\s+demande)\s+(?=(?:si|s'il|quel|quelle|quels|quelles|qui|comment|quand|où|combien|pourquoi|ce\s+que|ce\s+qui)(?!\p{L}))/iu;

const VAGUE_TERMS = new Set(contentTerms('else anything something more other others besides'));

/** A sentence that reports a question, cut where the question starts: its lead sets the scene, the rest asks. */
function reportedQuestion(sentence: string): string[] {
  if (ASKING_START.test(sentence)) return [sentence];
  const report = INDIRECT_ASK.exec(sentence);
  if (!report) return [sentence];
  const end = report.index + report[0].length;
  const reported = sentence.slice(end).trim();
  // "…but not sure what else": a reported question that names nothing leaves the sentence a scene.
  if (contentTerms(reported).every((term) => VAGUE_TERMS.has(term))) return [sentence];
  return [sentence.slice(0, end).trim(), reported];
}

function isAsking(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || ASKING_START.test(sentence) || ASKING_END.test(sentence);
}

const HEADING = /:\s*$/;
// "(a) what's the maximum sentence, and (b) …": the connector before the next item belongs to neither.
const TRAILING_CONNECTOR = /[\s,;]+(?:and|or|en|of|und|oder|et|ou)\s*$/i;

// "…? Sinds wanneer?": a question word alone asks about the other parts' subject, in any of the four languages.
const BARE_ASK = /\b(how long|when|who|where|how much|how many|why)\b/i;

// "Wassenaar: founded when, how many participating states, where's the secretariat?": questions in a row with only
// commas between them. Only question words that ask for a thing (not "is", "do"): "If I go, do I need…" is one question.
const WH =
  'what|whats|who|whom|which|where|wheres|when|how|wat|wie|waar|wanneer|welke|welk|hoe|hoeveel|wer|wo|wann|welche|welcher|welches|qui|quoi|quand|comment|où|quel|quelle|quels|quelles|combien';
const COMMA_BREAK = new RegExp(`\\s*,\\s+(?=(?:${WH})\\b)`, 'i');
const WH_START = new RegExp(`^\\W*(?:${WH})\\b`, 'i');

// "…, and if a licence is needed, who signs it?": a condition just before the comma belongs to the question after it.
const ENDS_IN_CONDITION = /\b(if|unless|once|als|indien|wenn|falls|sofern|si)\b[^,]*$/i;

/** Split at commas only where every piece asks by itself: a question word at its start or its end. */
function commaQuestions(piece: string): string[] {
  const pieces = piece.split(COMMA_BREAK);
  if (pieces.length < 2) return [piece];
  const asking = pieces.every((each) => WH_START.test(each) || ASKING_END.test(each));
  const conditional = pieces.slice(0, -1).some((each) => ENDS_IN_CONDITION.test(each));
  return asking && !conditional ? pieces : [piece];
}

function splitParts(sentence: string): string[] {
  return sentence
    .split(ENUMERATION)
    .flatMap((piece) => piece.split(PART_BREAK))
    .flatMap(commaQuestions)
    .map((piece) => piece.trim())
    .filter((piece) => contentTerms(piece).length > 0 || BARE_ASK.test(piece) || BARE_ASK.test(englishWording(piece)));
}

/** What a part asks, read in its own words and in their English ("Quelles listes…" asks for a list). */
function asksOf(text: string): Ask[] {
  // "(1) who will oversee it", "b) welke instantie": the enumerator is no part of the question.
  const bare = text.replace(ENUMERATOR, '');
  return questionAsks(`${bare}\n${englishWording(bare)}`);
}

const ENUMERATOR = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-h]\)|[a-h]\.|[-*•])\s+/i;

export function shapeQuestion(message: string): QuestionShape {
  // A question reported ("Dept admin asks what…", "…wil weten of we…") asks when nothing is asked outright; beside a
  // question put outright ("He asks whether… Which court decided?") it is the scene of that question.
  const reported = new Set<string>();
  const direct = messageSentences(message);
  const sentences = direct.some(isAsking)
    ? direct
    : direct.flatMap((sentence) => {
        const pieces = reportedQuestion(sentence);
        if (pieces[1] !== undefined) reported.add(pieces[1]);
        return pieces;
      });
  const asking = sentences.filter((sentence) => isAsking(sentence) || reported.has(sentence));
  // A message that asks nothing in question form ("export licence for quantum software to Japan") is all question.
  if (asking.length === 0) return { parts: [{ text: message.trim(), asks: asksOf(message) }], scenario: '' };
  const pieces = asking.flatMap(splitParts).map((piece) => piece.replace(TRAILING_CONNECTOR, ''));
  // "For UK export controls: (a) … (b) …": the heading before an enumeration sets the scene for its items.
  const headings = pieces.filter((piece, index) => HEADING.test(piece) && index < pieces.length - 1);
  const texts = pieces.filter((piece) => !headings.includes(piece));
  const scenario = [...sentences.filter((sentence) => !asking.includes(sentence)), ...headings].join(' ');
  if (texts.length === 0) return { parts: [{ text: message.trim(), asks: asksOf(message) }], scenario: '' };
  // More parts than can be answered well in one reply are answered as one.
  const kept =
    texts.length > MAX_PARTS ? [...texts.slice(0, MAX_PARTS - 1), texts.slice(MAX_PARTS - 1).join(' ')] : texts;
  return { parts: kept.map((text) => ({ text, asks: asksOf(text) })), scenario };
}
