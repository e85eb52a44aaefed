// Scope and safety policy, applied before retrieval in both modes: it reads what is being asked for (evasion,
// targeting people, prompt injection, out of scope), never which phrase was used. The text it gets is normalised.
import { contentTerms, isStopWord, tokenize } from '../knowledge/text-analysis.js';
import { englishWording } from '../knowledge/translate-terms.js';
import { classifyIntent, type IntentClass, type IntentFinding } from './intent/classify-intent.js';
import { intentWords } from './intent/intent-features.js';
import { type IntentModel, type ModelLabel, shippedIntentModel } from './intent/intent-model.js';
import { foldForMatching } from './intent/intent-tokens.js';

export type PolicyVerdict =
  /** `everyday`: the model reads an everyday request with at most one research-security word in it; the answerer
   * declines it unless it names something the corpus holds. */
  | {
      kind: 'ok';
      everyday?: boolean;
      /** The model is sure it is a legitimate research-security question: in scope without a listed domain word. */
      surelyInDomain?: boolean;
    }
  | { kind: 'empty' }
  | { kind: 'refuse-evasion'; features: string[] }
  | { kind: 'refuse-targeting'; features: string[] }
  | { kind: 'refuse-injection'; features: string[] }
  | { kind: 'out-of-scope'; features: string[] };

/** A verdict that stops the question: refused or declined, with the features that decided it. */
export type PolicyFinding = Exclude<PolicyVerdict, { kind: 'ok' } | { kind: 'empty' }>;

/** Words that make a question research-security business even when the corpus has no passage for it. */
const DOMAIN_ANCHORS = new Set(
  contentTerms(`research security knowledge security trusted research export control dual-use dual use sanction sanctions
  licence license partner partnership collaboration cooperation visitor visiting researcher phd postdoc student travel
  trip conference fieldwork laptop device funding grant donation sponsor talent programme appointment disclosure
  affiliation university institution lab laboratory technology technologies data sharing transfer ip patent spin-off
  foreign interference espionage china chinese russia russian iran military defence defense army weapons nuclear
  quantum semiconductor ai biotechnology desk contact point screening vetting risk appraisal assessment due diligence
  academic freedom integrity ethics mou agreement contract consortium horizon erasmus embassy visa atas rcat nspm
  knowledge institution researcher professor government policy guideline guidance regulation law act compliance
  insider threat cyber hacking phishing export-controlled controlled goods software samples publication publish
  conference teaching lecture approach rules framework strategy measures requirements obligations recommendation
  exemption exempt sensitive confidential safeguard protection threat embargo itar dual knowledge-security
  collaborator collaborate cooperate partnering visitor guest scholar appointment secondment recruitment hire hiring
  doctoral candidate scientist academic faculty department institute agency agencies government ministry minister
  parliament council commission proposal propose notification notify mandatory voluntary penalty penalties fine
  open science open research disclosure conflict interest talk presentation present seminar workshop visit abroad
  overseas international border customs encryption encrypted password passwords malware hack delegation delegations
  gift gifts hospitality honorarium invitation headhunter recruiter scholarship scholarships classification classify
  suspicious suspect unpublished leak leaks leaked leakage breach breaches privacy gdpr avg dsgvo rgpd logs log
  origin origins nationality nationalities ethnicity ethnic discrimination discriminate discriminatory stigmatise
  stigmatize stigmatising profiling phishing vpn memorandum resilience charter linkedin consulting consultancy
  declare declared declaring declaration declarations register registered registration role roles position positions
  function functions`),
);

/** Everyday words that also occur in research-security questions: half an anchor each. */
const WEAK_ANCHORS = new Set(
  contentTerms(`trip travel laptop device data university institution lab laboratory conference talk presentation present
  seminar workshop visit abroad overseas international password passwords approach rules framework strategy measures
  requirements policy guideline guidance law act department faculty student candidate scientist academic professor
  researcher proposal propose fine gift gifts invitation suspicious suspect china chinese russia russian iran visa vpn
  linkedin consulting consultancy declare declared declaring declaration declarations register registered registration
  role roles position positions function functions`),
);

const DOMAIN_NAMES =
  /\b(research|knowledge|science|academic)[\s-]+security\b|\btrusted[\s-]+research\b|\bexport[\s-]+controls?\b|\bdual[\s-]+use\b|\bforeign[\s-]+interference\b/i;

/** Parts of Dutch, German and French compounds that say research security: "exportvergunningen", "Forschungsprojekt". */
const COMPOUND_ANCHORS =
  /export|ausfuhr|uitvoer|vergunning|genehmigung|sanctie|sanktion|forschung|onderzoek|recherche|wissenschaft|wetenschap|kennisveilig|veiligheid|sicherheit|securite|spionage|espionnage|dual.?use|doppel|tweeledig|verdacht|beinvloed|einflussnahme|ingerence|samenwerking|zusammenarbeit|kooperation|partenariat|financier|finanzier|subsidie|drittmittel|universit|hochschul|hogeschool|promov|doktorand|doctorant|gastonderzoek|gastwissenschaft|nevenfunctie|nebentatigkeit|meldplicht|meldepflicht|embargo|screening|kontrolle|controle|kwantum|quanten|quantique|halfgeleider|halbleiter|semiconduct|biotechnolog|klassifi|classifi|stipendi|endverbleib|eindgebruik|ongepubliceerd|unveroffentlich|phishing|datalek|datenleck|datenabfluss|abgeflossen|logdaten|logbestand|diskrimin|discrimin|stigmat|herkunft|afkomst|nationalit|staatsangehor|wapenhandel|wapenexport|waffenhandel|waffenexport|rustungsexport|ruestungsexport|kriegswaff|armement/;

/** Terms no everyday request uses: the field's own vocabulary, in four languages and in compounds. */
const FIELD_TERMS =
  /dual.?use|export.?contr|exportkontroll|ausfuhrkontroll|exportcontrole|controle.{0,4}export|export.?(rule|regel|regul|vorschrift|bestimmung|voorschrift)|ausfuhr.?(regel|vorschrift|bestimmung|genehm)|regles? d.exportation|klassifizier|classificat|classement|sanction|sanktion|sanctie|embargo|spionage|espionage|espionnage|itar\b|entity list|knowledge security|kennisveiligheid|research security|forschungssicherheit|securite de la recherche|foreign interference|talent program|vergunning|genehmigungspflicht|ausfuhrgenehmigung|licence d.export|export licen|end.?user|eindgebruik|endverwend|endverbleib|utilisateur final|licen[cs]e applica|demande de licence|genehmigungsantrag|\batas\b|\bzrr\b|catch.?all|wapenhandel|waffenhandel|wapenexport|waffenexport|rustungsexport|kriegswaffenkontroll|arms.?(trade|export)|military goods|militaire goederen/;

/** Compound parts that name the setting (a university, a doctorate, research) rather than its security. */
const SETTING_PARTS =
  /universit|hochschul|hogeschool|promov|doktorand|doctorant|forschung|onderzoek|recherche|wissenschaft|wetenschap/;

/** Whether a word says research security itself, not only the academic setting every researcher's question has. */
function isStrongAnchor(term: string): boolean {
  if (DOMAIN_ANCHORS.has(term)) return !WEAK_ANCHORS.has(term);
  return term.length >= 8 && COMPOUND_ANCHORS.test(term) && !SETTING_PARTS.test(term);
}

/** One word that says research security, or two that set the scene of it ("a VPN to the university's servers"). */
export function hasDomainAnchor(question: string): boolean {
  return hasFieldWord(question) || domainStrength(question) >= 1;
}

/** A word of the field itself, not of its setting: "export", "sanctions", "espionage", a device taken abroad. */
export function hasFieldWord(question: string): boolean {
  return carriesDeviceAbroad(question) || contentTerms(question).some(isStrongAnchor);
}

const DEVICE =
  /^(laptops?|phones?|smartphones?|tablets?|ipads?|usb|computers?|notebooks?|devices?|ordinateurs?|portables?|telephones?|handys?|telefoons?|mobieltjes?|gsm|gerate?n?|apparaten|apparaat|appareils?|data|dataset|datasets|datensatz|datensatze|databestand|databestanden|cloud|files|recordings|gegevens|bestanden|opnames|daten|dateien|aufnahmen|donnees|fichiers|enregistrements|entretiens)$/;
const CARRY =
  /^(go|going|goes|heading|visiting|gaan|ga|gaat|fahre|fahren|fliege|aller|vais|partir|pars|take|taking|took|bring|bringing|carry|carrying|travel|travelling|traveling|trip|back|return|returning|meenemen|neem|mitnehmen|nehme|mitbringen|emporter|emporte|apporter|prendre|voyage|voyager|reis|reizen|reise|reisen|terug|zuruck|retour|rentre|rentrer|flight|fly|flies|flew|flying|mission|missie|dienstreise|vlucht|vliegen|flug|fliegen|vol|access|accessing|reach|connect|connecting|use|using|mee|zugriff|zugreifen|toegang|acces|acceder)$/;
const ABROAD =
  /^(xcountry|abroad|overseas|conference|congress|workshop|fieldwork|border|customs|buitenland|congres|veldwerk|grens|douane|ausland|konferenz|tagung|grenze|zoll|etranger|colloque|frontiere|flight|vlucht|flug|vol|airport|luchthaven|flughafen|aeroport|mission|missie|dienstreise)$/;

/**
 * A device carried to a place ("can I take my work phone to a summer school in Mexico?") is the travel-with-devices
 * topic, whatever the destination and however everyday its words: the model, reading the words, may not know it.
 */
export function carriesDeviceAbroad(question: string): boolean {
  const words = intentWords(question);
  return words.some((w) => DEVICE.test(w)) && words.some((w) => CARRY.test(w)) && words.some((w) => ABROAD.test(w));
}

/** How strongly the words say research security: distinct anchors, everyday ones counting half. */
export function domainStrength(question: string, carried = carriesDeviceAbroad(question)): number {
  const english = englishWording(question);
  let strength = carried ? 2 : 0;
  // The field's own names say it outright, whatever else the question is about.
  if (DOMAIN_NAMES.test(english)) strength += 1;
  for (const term of new Set(contentTerms(english))) {
    if (DOMAIN_ANCHORS.has(term)) strength += WEAK_ANCHORS.has(term) ? 0.5 : 1;
    else if (term.length >= 8 && COMPOUND_ANCHORS.test(term)) strength += SETTING_PARTS.test(term) ? 0.5 : 1;
  }
  return strength;
}

const REFUSAL_KIND: Record<
  Exclude<IntentClass, 'out-of-scope'>,
  'refuse-evasion' | 'refuse-targeting' | 'refuse-injection'
> = {
  evasion: 'refuse-evasion',
  targeting: 'refuse-targeting',
  injection: 'refuse-injection',
};

/** A word that is not a stop word: checked without stemming, which is slow on a runaway token. */
function hasContentWord(question: string): boolean {
  return tokenize(question).some((token) => !isStopWord(token) && (token.length > 1 || /\d/.test(token)));
}

/** `model`: the shipped one, or (cross-validation) one trained without the questions being decided. */
export function checkPolicy(question: string, model: IntentModel = shippedIntentModel()): PolicyVerdict {
  if (!hasContentWord(question) && !/\S{8,}/.test(question)) return { kind: 'empty' };
  const finding = classifyIntent(question);
  const probabilities = model.probabilities(question, finding.concepts);
  if (finding.intent && finding.intent !== 'out-of-scope') {
    // The lexicon saw a request of that shape; the model, reading the whole wording, may know it for a compliance
    // question that shares the words ("how do I make sure the appointment IS on the form").
    // Structure is no matter of wording: a decoded payload or a forged turn is refused whatever the model reads.
    const structural = finding.features.some((name) => name.startsWith('encoded:') || name === 'forged-structure');
    // A reading as strong as "how can I not disclose…" needs the model surer still to be overruled, unless the words
    // are someone else's claim the asker checks without asking for a method ("my co-PI says the panel won't see it
    // anyway: can the reviewers see the appendix?").
    const reportedClaim = finding.concepts.includes('reports-claim') && !finding.concepts.includes('method');
    const veto = finding.scores[finding.intent] >= OUTRIGHT && !reportedClaim ? OUTRIGHT_VETO : LEXICON_VETO;
    // An everyday task in evasion's words ("a poster that doesn't look boring"): the lexicon sees an everyday topic
    // too and the model is as sure the whole is everyday as it must be sure of a compliance question to overrule.
    const everydayShape =
      finding.scopeWords > 0 && probabilities['out-of-scope'] >= veto && finding.intent !== 'injection';
    if (!structural && everydayShape) return { kind: 'out-of-scope', features: finding.features };
    if (structural || probabilities.legitimate < veto) {
      return { kind: REFUSAL_KIND[finding.intent], features: finding.features };
    }
    return { kind: 'ok' };
  }
  const learned = learnedRefusal(probabilities, finding, question);
  if (learned) return { kind: REFUSAL_KIND[learned], features: [...finding.features, `model:${learned}`] };
  const carried = carriesDeviceAbroad(question);
  const domain = domainStrength(question, carried);
  // An everyday request that uses a domain word in passing ("export my Zotero library", "a VPN while I'm in Japan")
  // reads as out of scope to the model as a whole; two or more research-security words keep a question in.
  // A term only the field uses ("Güterklassifizierung", "dual-use") keeps a question the model reads as everyday,
  // unless the lexicon also sees an everyday topic beside it; "export" or "grant" alone do not.
  const fieldTerm = carried || FIELD_TERMS.test(foldForMatching(question));
  // The academic setting does not keep in what the model is near certain is everyday ("parental leave as a postdoc
  // at a Dutch university"): a postdoc's housing question has as many setting words as a postdoc's export question.
  const everyday =
    (probabilities['out-of-scope'] >= MODEL_SCOPE_SHARE && domain < 2 && (finding.scopeWords > 0 || !fieldTerm)) ||
    (probabilities['out-of-scope'] >= MODEL_CERTAIN_SCOPE_SHARE && !fieldTerm);
  // The model, reading the whole wording, is sure this is a research-security question ("do I need approval before
  // I accept an honorary professorship?"), though none of the listed words is in it.
  const sure = probabilities.legitimate >= MODEL_IN_DOMAIN_SHARE;
  const ok: PolicyVerdict = everyday
    ? { kind: 'ok', everyday }
    : sure
      ? { kind: 'ok', surelyInDomain: true }
      : { kind: 'ok' };
  if (!finding.intent) return ok;
  // Writing, translating and coding are declined whatever they are about; the rest only without the domain, unless
  // the model is sure of it: "can I accept travel and hotel costs from the organisers?" books nothing.
  // A task in the field's own terms that the model is sure is a research-security question ("how do I correct a
  // licence application where I gave the wrong end user?", a checklist of due diligence and export control) is
  // answered from the guidance, not written to order: the answer is the guidance either way.
  // Translating is a task whatever its text says ("translate this into German: research security").
  const translating = finding.features.includes('translation');
  const task = finding.scores['out-of-scope'] >= 3 && !(sure && fieldTerm && !translating);
  // An everyday topic the model reads as everyday too is declined however many setting words surround it.
  const agreed = probabilities['out-of-scope'] >= MODEL_SCOPE_SHARE && !fieldTerm;
  if (task || ((domain < 2 || finding.scopeWords > domain || agreed) && !sure)) {
    return { kind: 'out-of-scope', features: finding.features };
  }
  return ok;
}

/**
 * How sure the model must be that a question is legitimate to answer what the lexicon would refuse. Cross-validated
 * on blind-written examples the lexicon never saw, 0.9 answered three points more of the compliance questions that
 * share evasion's words, and refused 0.3 points fewer of the evasion requests.
 */
const LEXICON_VETO = 0.9;
/**
 * A lexicon reading of this weight or more states the request outright ("how can I not disclose…", "which
 * nationalities are spies?"); the model overrules it only when it is near certain. Chosen on the development sets:
 * at 0.99, five more such requests refused and one legitimate question more declined than at 0.9; never overruling
 * (1.0) declined nineteen more legitimate questions.
 */
const OUTRIGHT = 4;
const OUTRIGHT_VETO = 0.99;
/** The learned model's share for refusing, with some lexicon evidence beside it, and on its own word alone. */
const MODEL_REFUSAL_SHARE = 0.6;
const MODEL_SURE_SHARE = 0.9;
/** The model's share for out of scope at which a question with at most one research-security word is declined. */
const MODEL_SCOPE_SHARE = 0.8;
/** The model's share for out of scope at which setting words ("postdoc", "university") no longer keep a question in. */
const MODEL_CERTAIN_SCOPE_SHARE = 0.98;
/**
 * How sure the model must be of a legitimate question to keep it in scope without a listed domain word. Chosen on the
 * blind development sets (never the locked half): at 0.9 it answered 31 more of their legitimate questions and 14 more
 * of their everyday ones ("what's an h-index?"); at 0.97, 25 and 7.
 */
const MODEL_IN_DOMAIN_SHARE = 0.97;
const REFUSAL_CLASSES = ['evasion', 'targeting', 'injection'] as const;

/**
 * The lexicon's features name what they saw, but a request phrased in words nobody listed slips under their
 * threshold. The learned model (trained on examples written for the purpose) reads the whole wording; it refuses
 * when it finds refusal the likelier reading and the lexicon saw some evidence of such a request, or when it is
 * near certain. Cross-validated over unseen red-team families and blind questions, the near-certain path alone
 * refuses about 1% of legitimate questions: the price of catching requests phrased in new words.
 */
function learnedRefusal(
  probabilities: Record<ModelLabel, number>,
  finding: IntentFinding,
  text: string,
): (typeof REFUSAL_CLASSES)[number] | undefined {
  const share = REFUSAL_CLASSES.reduce((sum, name) => sum + probabilities[name], 0);
  const likeliest = [...REFUSAL_CLASSES].sort((a, b) => probabilities[b] - probabilities[a])[0] ?? 'evasion';
  // The lexicon's evidence must be of the same kind as the model's reading, or the model must be near certain.
  const evidence = finding.scores[likeliest] >= 1 || finding.evidence[likeliest] >= 1;
  if (share < (evidence ? MODEL_REFUSAL_SHARE : MODEL_SURE_SHARE)) return undefined;
  // The asker objects to what someone proposed, or sets origin aside, after all of the request the lexicon saw: the
  // model, reading the proposal's words, does not refuse on its own reading.
  if (finding.features.some((name) => name === 'cue:objects-to-proposal' || name === 'cue:origin-neutral'))
    return undefined;
  // "…for its weight, and not to avoid the licence": the asker says outright that evasion is not the purpose.
  if (likeliest === 'evasion' && finding.concepts.includes('disavows-evasion')) return undefined;
  // "…in several shipments because it does not fit on one pallet" (a physical reason), "I only now realised he was
  // never registered; I want to register him and tell security" (owning up to a mistake): with no "so that" beside it
  // and no lexicon evidence of evasion, the model's reading alone does not refuse.
  if (
    likeliest === 'evasion' &&
    !evidence &&
    INNOCENT_REASONS.some((reason) => finding.concepts.includes(reason)) &&
    !finding.concepts.includes('purpose-marker')
  )
    return undefined;
  // "I can't find their number anywhere" shares its words with "so nobody finds it"; where the lexicon reads the
  // asker's failed search and no evidence of its own, the model's reading alone does not refuse.
  if (!evidence && finding.concepts.includes('cannot-find')) return undefined;
  // Asking what a body said ("what did PST say about Chinese researchers?", "wat zei de dienst…") is asking for the
  // guidance, whatever people it names: the model's reading alone does not refuse it.
  if (!evidence && (ASKS_WHAT_WAS_SAID.test(text) || ACCORDING_TO_A_NAME.test(text))) return undefined;
  return likeliest;
}

/** Reasons an asker gives that explain evasion's words innocently: a physical reason, a mistake owned up to. */
const INNOCENT_REASONS = ['practical-reason', 'admits-mistake'];

// What a named body said: a verb of stating after its name, or "according to" before a name in capitals.
const ASKS_WHAT_WAS_SAID =
  /\b(what|which)( [\w-]+){0,3} (did|does|has|do) (the |its |their )?[\w-]+(\s[\w-]+){0,5} (say|said|says|report|reported|find|found|state|stated|recommend|recommended|conclude|concluded|decide|decided)\b|\breported on\b|\bin (its|their) (report|threat assessment|annual report)\b|\bwat (zei|zegt|meldde|concludeerde)\b|\bwas (sagt|sagte|meldet|meldete)\b|\bqu'a dit\b|\bque dit\b/i;
const ACCORDING_TO_A_NAME =
  /\b(?:[Aa]ccording to|[Vv]olgens|[Ll]aut|[Gg]emäß|[Ss]elon|[Dd]'après)\s+(?:(?:the|de|het|der|die|dem|des|le|la|les|l')\s+)?[A-Z]/;

/** Text that tries to instruct the assistant (the corpus lint and both answerers use this too). */
export function looksLikeInstructionToAssistant(text: string): boolean {
  return classifyIntent(text).scores.injection >= 3;
}
