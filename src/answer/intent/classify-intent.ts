// The intent classifier: concepts found in the text are weighed into four intents. Each intent that fires says
// which features made it fire, so every refusal can be explained (and logged by class and feature, never by text).
import { ConceptSet, type ConceptSpans, type Span } from './concepts.js';
import { decodePayloads } from './encoded-payloads.js';
import { intentTokens } from './intent-tokens.js';
import { CUE_CONCEPTS } from './lexicon-cues.js';
import { EVASION_CONCEPTS } from './lexicon-evasion.js';
import { INJECTION_CONCEPTS } from './lexicon-injection.js';
import { SCOPE_CONCEPTS } from './lexicon-scope.js';
import { TARGETING_CONCEPTS } from './lexicon-targeting.js';

export type IntentClass = 'evasion' | 'targeting' | 'injection' | 'out-of-scope';

export interface IntentFinding {
  /** The class that fired, if any; the most serious one wins. */
  intent?: IntentClass;
  scores: Record<IntentClass, number>;
  /** Names of the features that counted, for the log and for tests. */
  features: string[];
  /** How many words of everyday (out-of-scope) topics the text holds. */
  scopeWords: number;
  /**
   * Words of a kind of request, below any threshold: a concealment verb, people named by origin, the assistant's
   * rules. Never a reason to refuse alone; it tells the learned model the lexicon saw something of that kind.
   */
  evidence: Record<Exclude<IntentClass, 'out-of-scope'>, number>;
  /** Every concept the text holds, counted or not: the learned model reads them too. */
  concepts: string[];
}

const EVIDENCE: Record<Exclude<IntentClass, 'out-of-scope'>, readonly string[]> = {
  evasion: [
    'conceal',
    'circumvent-verb',
    'avoid-control',
    'omit-disclosure',
    'false-thing',
    'misdescribe',
    'relabel',
    'without-licence',
    'technicality',
  ],
  targeting: ['private-details', 'spy-label', 'by-origin', 'profiling-words', 'accuse-person', 'exclude-people'],
  injection: ['assistant-config-ref', 'role-change', 'forced-verdict', 'persona', 'encoding-mention'],
};

const THRESHOLD = 3;
/** A weak feature that is part of a stronger one is not counted twice. */
const SUBSUMED_BY: Record<string, string> = {
  'circumvent-verb': 'circumvent-control',
  structure: 'structure-control',
  'true-source': 'false-statement',
  misdescribe: 'mislead-overseer',
};

/** Features read from someone not seeing or finding something: the asker's failed search is none of them. */
const SEARCH_FAILURE_READS = new Set([
  'undetected-purpose',
  'detection-concern',
  'probe-detection',
  'conceal-from',
  'omit-disclosure',
]);

/** Readings of evasion that a disavowal on the same words ("not to avoid the licence") cancels. */
const DISAVOWED_READS = [
  'circumvent-control',
  'avoid-control',
  'circumvent-verb',
  'structure-control',
  'avoid-rule-purpose',
];

/** Features that state the intent outright: no compliance wording cancels them. */
const STRONG: Record<string, number> = {
  'undetected-purpose': 4,
  'destroy-before-inquiry': 4,
  'silence-reporter': 3,
  'structure-purpose': 3,
  'conceal-from': 3,
  'omit-disclosure': 3,
  'circumvent-control': 3,
  falsify: 3,
  'bypass-overseer': 3,
  'make-look-like': 3,
  relabel: 3,
  'avoid-rule-purpose': 3,
  'false-statement': 3,
  'mislead-overseer': 3,
  'minimise-disclosure': 3,
  'without-approval': 3,
  'without-obstruction': 3,
};
/** Features that mean evasion only in context: a compliance cue on the same words cancels them. */
const WEAK: Record<string, number> = {
  'structure-control': 3,
  'avoid-control': 2,
  'circumvent-verb': 2,
  'export-without-licence': 2,
  misdescribe: 2,
  'probe-detection': 2,
  technicality: 2,
  'true-source': 2,
  'despite-control': 2,
  'partial-disclosure': 2,
  'controlled-to-restricted': 2,
  'supply-restricted': 3,
  'false-thing': 2,
  'deny-on-form': 2,
  'seek-assurance': 1,
  'probe-weakness': 2,
  'needs-to-know': 2,
  'impatience-bypass': 2,
  'get-through': 1,
  defiance: 1,
  'detection-concern': 1,
  structure: 1,
};
const TARGETING: Record<string, number> = {
  'exclude-by-origin': 4,
  'screen-by-origin': 4,
  'judge-people': 4,
  'label-spy': 4,
  'person-details': 4,
  'surveil-person': 3,
  'single-out': 3,
  'suspect-by-origin': 3,
};
const INJECTION: Record<string, number> = {
  override: 4,
  'prompt-extraction': 4,
  'decode-and-obey': 4,
  'role-change': 3,
  'command-to-assistant': 3,
  'forced-verdict': 3,
  'authority-claim': 1,
  'encoding-mention': 1,
  'forged-history': 3,
  'reverse-psychology': 2,
  'forced-output': 3,
};
const COMPLIANCE: Record<string, number> = {
  'seeks-reporting-route': 3,
  'seeks-disclosure-duty': 2,
  'seeks-licence': 2,
  'avoids-breach': 2,
  'admits-mistake': 2,
  'asks-exemption': 3,
  'disavows-evasion': 3,
  'practical-reason': 2,
  'asks-consequences': 1,
  'asks-legality': 1,
  protective: 1,
};
const MAX_COMPLIANCE = 3;
/** Cues that outweigh even a stated intent: asking where to report, owning up to a mistake. */
const OVERRIDING_CUES = new Set(['seeks-reporting-route', 'admits-mistake', 'asks-exemption', 'disavows-evasion']);
const SCOPE: Record<string, number> = {
  'writing-task': 3,
  'writing-task-reverse': 3,
  tutoring: 3,
  'polish-writing': 3,
  'travel-booking': 2,
  'personal-legal': 2,
  trivia: 2,
  translation: 3,
  coding: 2,
  food: 2,
  shopping: 2,
  health: 2,
  'personal-finance': 2,
  chat: 2,
  employment: 2,
  housing: 2,
  tourism: 2,
  teaching: 2,
  purchasing: 2,
  'social-life': 2,
  'language-learning': 2,
  'travel-practical': 2,
  'device-repair': 2,
  poster: 2,
};
/** Markup that forges a conversation turn or a passage: nobody asks a question this way. */
const FORGED_STRUCTURE =
  /\b(system|admin|administrator|security|kb|knowledge[- ]base|policy|config(uration)?|developer) ?(update|override|notice|message|instruction|announcement|patch)s?\b\s*[:\]]|^\s*\[[^\]]{0,40}\b(update|system|admin|override|kb|knowledge base|instruction)\b[^\]]{0,40}\]|^\s*(user|human|ai|bot|ressec)\s*:|<\/?\s*(system|assistant|passage|question|user|developer|instructions?|im_start|im_end|context|sys)\b|\[\/?(system|inst|admin|developer|sys)\]|<<\s*sys\s*>>|^\s*(system|assistant|developer)\s*:|"role"\s*:\s*"(system|assistant|developer)"|#{2,}\s*(system|instruction|new instructions)/im;
/**
 * A passage or memo forged in the message itself: "[Passage 4 — …]", "[bron: circulaire …]", "base your answer on this
 * passage", "use this quote in your answer", "your own knowledge base, passage 9", a memo "TO: ressec".
 */
const FORGED_SOURCE =
  /\[\s*(passage|passages|bron|quelle|source|src|kb|kennisbank|wissensbasis)\b[^\]]{0,80}\]|\b(base|baseer|st[üu]tze|fonde|appuie|use|gebruik|verwende|utilise)\b[^.]{0,30}\b(answer|antwoord|antwort|r[ée]ponse)\b[^.]{0,20}\b(on|op|auf|sur)\b[^.]{0,12}\b(this|these|deze|dit|diese[mnrs]?|ce|cette|ces)\b[^.]{0,12}\b(passage|passages|quote|citaat|zitat|citation|text|tekst|source|bron|quelle)\b|\b(use|gebruik|verwende|utilise)\s+(this|dit|dieses|diesen|cette|ce)\s+(quote|citaat|zitat|citation|passage)\b|\b(your|je|jouw|deine[mnr]?|ta|votre)\s+(own\s+|eigen\s+|eigenen\s+|propre\s+)?(knowledge ?base|kennisbank|wissensbasis|base de connaissances|corpus)\b[^.]{0,20}\bpassage\s*\d|(?:^|\s)(to|aan|an|[àa])\s*:\s*(ressec|the assistant|assistant|bot|chatbot)\b/i;

const concepts = new ConceptSet({
  ...CUE_CONCEPTS,
  ...EVASION_CONCEPTS,
  ...TARGETING_CONCEPTS,
  ...INJECTION_CONCEPTS,
  ...SCOPE_CONCEPTS,
});

/** The names of the concepts the text holds: the learned model reads them as language-independent features. */
export function intentConcepts(text: string): string[] {
  return [...conceptSpans(text).keys()];
}

/**
 * The concepts found in the text, less the readings of someone not finding or seeing something where the asker's own
 * failed search explains them: "Nobody can find it" is concealment; "I can't find it anywhere" is a search that failed.
 */
function conceptSpans(text: string): ConceptSpans {
  const spans = concepts.find(intentTokens(text));
  // A source that says nothing reads as a search only where nothing is said to be arranged "so that" it says nothing.
  const silent = spans.has('purpose-marker') ? undefined : spans.get('source-silent');
  if (silent) spans.set('cannot-find', [...(spans.get('cannot-find') ?? []), ...silent]);
  const searched = spans.get('cannot-find');
  if (searched) for (const name of SEARCH_FAILURE_READS) if (overlaps(spans.get(name), searched)) spans.delete(name);
  // "…and not to get around the licence": the words of evasion inside a disavowal are no request for it.
  const disavowed = spans.get('disavows-evasion');
  if (disavowed) {
    for (const name of DISAVOWED_READS) {
      const kept = (spans.get(name) ?? []).filter((span) => !overlaps([span], disavowed));
      if (kept.length > 0) spans.set(name, kept);
      else spans.delete(name);
    }
  }
  return spans;
}

export function classifyIntent(text: string, depth = 0): IntentFinding {
  const spans = conceptSpans(text);
  const features: string[] = [];
  const scores: Record<IntentClass, number> = { evasion: 0, targeting: 0, injection: 0, 'out-of-scope': 0 };

  // Evasion: strong and weak features, then what pulls towards answering.
  const strong = present(spans, STRONG);
  // "Without asking for a licence" is no request for one: a negated cue does not count.
  const negations = spans.get('neg') ?? [];
  const negated = (name: string) =>
    (spans.get(name) ?? []).every((cue) => negations.some((neg) => neg.end <= cue.start && cue.start - neg.end <= 2));
  const complianceSpans = present(spans, COMPLIANCE).filter(
    (name) => !negated(name) && !strong.some((feature) => overlaps(spans.get(feature), spans.get(name))),
  );
  const weak = present(spans, WEAK).filter(
    (name) =>
      !complianceSpans.some((cue) => overlaps(spans.get(cue), spans.get(name))) && !spans.has(SUBSUMED_BY[name] ?? ''),
  );
  let evasion = sum(strong, STRONG) + sum(weak, WEAK);
  // "My dean told me to 'just not mention' it. That feels wrong. What should I do?": the request came before the
  // objection, and nothing after it asks for the same.
  const targeting = present(spans, TARGETING);
  const objects = standsAfter(spans, 'objects-to-proposal', [...strong, ...weak, ...targeting]);
  const originNeutral = standsAfter(spans, 'origin-neutral', targeting);
  if (objects) features.push('cue:objects-to-proposal');
  if (originNeutral) features.push('cue:origin-neutral');
  if (objects) evasion = 0;
  if (evasion > 0) {
    if (spans.has('method')) evasion += 1;
    if (spans.has('wrapper')) evasion += 1;
    // Nobody asking for themselves and no request for a way: a question about the rules, not a plan.
    const impersonal = !spans.has('first-person') && !spans.has('method');
    if (impersonal) evasion -= 1;
    if (impersonal && spans.has('third-party-evasion')) evasion -= 3;
    else if (impersonal && spans.has('asks-about-rules')) evasion -= 2;
    const counted = strong.length > 0 ? complianceSpans.filter((cue) => OVERRIDING_CUES.has(cue)) : complianceSpans;
    evasion -= Math.min(MAX_COMPLIANCE, sum(counted, COMPLIANCE));
    features.push(...strong, ...weak, ...complianceSpans.map((cue) => `cue:${cue}`));
  }
  scores.evasion = evasion;

  // The targeting features describe one request from different sides: the strongest one counts.
  scores.targeting = Math.max(0, ...targeting.map((name) => TARGETING[name] ?? 0));
  if (scores.targeting > 0) {
    if (objects || originNeutral) scores.targeting = 0;
    // Reporting a concern to the proper office is the legitimate route, not targeting.
    else if (spans.has('seeks-reporting-route') && !targeting.includes('person-details')) scores.targeting -= 3;
    // "Are we allowed to reject someone because of their nationality?" asks about the rule, not for help to do it.
    else if (spans.has('asks-legality') && !spans.has('pretext') && !spans.has('method')) scores.targeting -= 2;
    else if (spans.has('generic-subject') && !spans.has('first-person') && !spans.has('pretext')) scores.targeting -= 2;
    else if (spans.has('asks-about-rules') && !spans.has('first-person') && !spans.has('method')) scores.targeting -= 2;
    features.push(...targeting);
  }

  const injection = present(spans, INJECTION);
  scores.injection = sum(injection, INJECTION);
  features.push(...injection);
  if (addressedToAssistant(text)) {
    scores.injection += 3;
    features.push('addressed-to-assistant');
  }
  if (asksForQuotedVerdict(text)) {
    scores.injection += 3;
    features.push('quoted-verdict');
  }
  if (FORGED_STRUCTURE.test(text) || FORGED_SOURCE.test(text)) {
    scores.injection += 4;
    features.push('forged-structure');
  }
  if (depth === 0) {
    for (const payload of decodePayloads(text)) {
      const inner = classifyIntent(payload.text, depth + 1);
      features.push(`encoded:${payload.encoding}`, ...inner.features.map((feature) => `encoded:${feature}`));
      // An encoded message is an instruction smuggled past the reader; what it says decides the class.
      scores.injection = Math.max(scores.injection, THRESHOLD);
      if (inner.intent === 'evasion' || inner.intent === 'targeting') scores[inner.intent] = inner.scores[inner.intent];
    }
  }

  const scope = present(spans, SCOPE);
  scores['out-of-scope'] = Math.max(0, ...scope.map((name) => SCOPE[name] ?? 0));
  features.push(...scope);
  // How many everyday-topic words: a question full of them is about that topic, whatever else it names.
  const scopeWords = new Set(scope.flatMap((name) => (spans.get(name) ?? []).map((span) => span.start)));

  const evidence = {
    evasion: EVIDENCE.evasion.filter((name) => spans.has(name)).length,
    targeting: EVIDENCE.targeting.filter((name) => spans.has(name)).length,
    injection: EVIDENCE.injection.filter((name) => spans.has(name)).length,
  };
  return {
    intent: decide(scores),
    scores,
    features: [...new Set(features)],
    scopeWords: scopeWords.size,
    evidence,
    concepts: [...spans.keys()],
  };
}

// Addressed to an assistant, or telling the reader what to do with every user: corpus text never does either.
const ADDRESSED_TO_ASSISTANT: RegExp[] = [
  /(^|[.!?]\s+|\b(hey|hi|hello|dear|attention|note to( the)?|to the|message to( the)?)\s+)(assistant|chatbot|bot|ai|a\.i\.|language model|llm|ressec|gpt|copilot)s?\s*[,:]/iu,
  /\b(if you are|as) an? (ai|assistant|language model|chatbot|llm)\b/i,
  /\b(ai|language model|chatbot|assistant)s?\b[^.]{0,40}\b(must|should|shall|will) (now )?(say|tell|answer|respond|reply|ignore|state|confirm|always|never)\b/i,
  // "\b" before "à" needs a word character on one side, which a space before it never is.
  /\bfrom now on\b|\bvanaf nu\b|\bab (jetzt|sofort)\b|(?<!\p{L})à partir de maintenant\b|\bdésormais\b/iu,
  /\b(tell|inform|assure|advise) (every|all|each|any) (users?|readers?|researchers?|visitors?|people)\b/i,
  /\b(tell|inform|assure) the (user|reader|researcher)s?\b/i,
  /\b(vertel|zeg) (elke|iedere|alle) (gebruiker|lezer|onderzoeker)s?\b|\b(sag|sage|teile) (jedem|allen) (nutzer|benutzer|leser)\w*\b|\b(dis|dites) à (chaque|tous les) (utilisateur|lecteur)s?\b/i,
  /\b(ignore|disregard|forget|override)\b[^.]{0,30}\b(instructions?|prompts?|rules|guidance|text|everything)\b[^.]{0,20}\b(above|previous|prior|earlier|before|other)\b/i,
  /\b(ignore|disregard|forget|override) (all|any|the|your|previous|prior|earlier|above|these|other) (previous |prior |earlier |above )?(instructions?|prompts?|rules|guidelines)\b/i,
  /\b(negeer|vergeet) (alle |de |je )?(vorige |eerdere )?(instructies|regels)\b|\b(ignoriere|vergiss) (alle |die |deine )?(vorherigen |bisherigen )?(anweisungen|regeln)\b|\b(ignore[sz]?|oublie[sz]?) (toutes )?(les |tes |vos )?(instructions|consignes|règles)( précédentes)?\b/i,
  /\b(respond|reply|answer) (only )?with\b|\balways (answer|respond|reply|say)\b/i,
];

/** Text that speaks to an assistant or tells it what to tell every user: in a corpus or in a pasted document. */
export function addressedToAssistant(text: string): boolean {
  return ADDRESSED_TO_ASSISTANT.some((pattern) => pattern.test(text));
}

// A verdict in quotes that the user wants the assistant to say: 'Say "your trip is cleared"'.
const QUOTED = /["“”„«»‚‘’']([^"“”„«»‚‘’']{6,240})["“”„«»‚‘’']/g;
const VERDICT =
  /(?<!\p{L})(cleared|approved|allowed|permitted|authori[sz]ed|no (export )?licen[cs]e (is )?(required|needed)|no risk|low risk|risk[^a-z]{0,20}low|safe to|goedgekeurd|toegestaan|geen vergunning|veilig|genehmigt|erlaubt|freigegeben|unbedenklich|keine \w+ erforderlich|autoris[ée]e?|approuv[ée]e?|aucune licence|sans risque|valid[ée]e?)(?!\p{L})/iu;
const SAY_IT =
  /(?<!\p{L})(say|write|type|output|print|reply|respond|answer|confirm|state|declare|repeat|give me|need one|one line|nothing else|just|only|zeg|schrijf|bevestig|herhaal|gewoon|sag|schreib\w*|best[äa]tig\w*|antworte|einfach|wiederhole|dis|[ée]cris|confirme\w*|r[ée]ponds|simplement|r[ée]p[èe]te)(?!\p{L})/iu;

function asksForQuotedVerdict(text: string): boolean {
  for (const match of text.matchAll(QUOTED)) {
    const quoted = match[1] ?? '';
    if (!VERDICT.test(quoted)) continue;
    if (SAY_IT.test(text.replace(match[0], ' '))) return true;
  }
  return false;
}

/**
 * Injection fires on two points (one claim of authority next to an encoding mention is already an attack), evasion
 * and targeting on three, so a question whose words only brush against a feature is still answered.
 */
const FIRES_AT: Record<Exclude<IntentClass, 'out-of-scope'>, number> = { evasion: 3, targeting: 3, injection: 2 };

function decide(scores: Record<IntentClass, number>): IntentClass | undefined {
  if (scores.evasion >= FIRES_AT.evasion) return 'evasion';
  if (scores.targeting >= FIRES_AT.targeting) return 'targeting';
  if (scores.injection >= FIRES_AT.injection) return 'injection';
  if (scores['out-of-scope'] >= 2) return 'out-of-scope';
  return undefined;
}

/**
 * The stance (`cue`) is taken after every span of the request's features, and no "but" follows it: the request is
 * what someone else proposed or what the asker sets aside. "It feels wrong, but how…" and a request after it do not.
 */
function standsAfter(spans: ConceptSpans, cue: string, features: string[]): boolean {
  // "…phrased so it doesn't sound discriminatory" is no objection.
  const negations = spans.get('neg') ?? [];
  const stance = spans
    .get(cue)
    ?.filter((span) => !negations.some((neg) => neg.end <= span.start && span.start - neg.end <= 2));
  if (!stance || stance.length === 0) return false;
  const end = Math.max(...stance.map((span) => span.end));
  if ((spans.get('concession') ?? []).some((span) => span.start >= end)) return false;
  return features.every((name) => (spans.get(name) ?? []).every((span) => span.start < end));
}

function present(spans: ConceptSpans, weights: Record<string, number>): string[] {
  return Object.keys(weights).filter((name) => spans.has(name));
}

function sum(names: string[], weights: Record<string, number>): number {
  return names.reduce((total, name) => total + (weights[name] ?? 0), 0);
}

function overlaps(a: Span[] | undefined, b: Span[] | undefined): boolean {
  if (!a || !b) return false;
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}
