// Scope and safety policy, applied before retrieval and in both modes: what is refused, what is out of scope.
import { contentTerms } from '../knowledge/text-analysis.js';

export type PolicyVerdict =
  | { kind: 'ok' }
  | { kind: 'empty' }
  | { kind: 'refuse-evasion' }
  | { kind: 'refuse-injection' }
  | { kind: 'out-of-scope' };

const EVASION: RegExp[] = [
  /\b(split|divide|break\s+up|spread)\b.{0,60}\b(shipments?|orders?|consignments?|exports?|deliver(y|ies)|samples?|parcels?|packages?)\b/i,
  /\b(avoid|evade|evading|dodge|bypass|circumvent|get\s+around|sidestep|skirt|escape|slip\s+past|fly\s+under)\b.{0,60}\b(export\s+controls?|licen[cs]es?|licensing|screening|sanctions?|atas|vetting|detection|disclos\w*|reviews?|checks?|compliance|controls?|the\s+desk|the\s+radar|rules?|security\s+office|declar\w*)\b/i,
  /\b(hide|hiding|conceal\w*|cover\s+up|obscure|disguise|mask|launder)\b.{0,60}\b(fund\w*|money|grants?|affiliations?|appointments?|talent|sponsors?|sources?|payments?|donations?|contracts?|partners?|links?|ties|origin|end[-\s]?users?|military)\b/i,
  /\b(not|never|without)\s+(disclos\w*|declar\w*|report\w*|tell\w*|mention\w*|inform\w*)\b.{0,60}\b(fund\w*|money|grants?|affiliations?|appointments?|talent|sponsors?|payments?|contracts?|university|institution|employer|desk|funder)\b/i,
  /\b(get|sneak|smuggle|slip)\b.{0,40}\b(past|through|around)\b.{0,40}\b(screening|vetting|security|checks?|atas|border|customs|export)\b/i,
  /\b(fake|falsify|falsified|forge|forged|lie\s+(on|about|to)|misrepresent|mislabel|misclassify|misdeclare|backdate)\b/i,
  /\b(so\s+that|so)\s+(nobody|no\s+one|the\s+university|my\s+university|the\s+desk|the\s+funder|they)\s+(finds?\s+out|notices?|knows?|will\s+know|won'?t\s+know|doesn'?t\s+know)\b/i,
  /\bwithout\s+(the\s+)?(university|institution|employer|desk|funder|authorities|government)\s+(knowing|noticing|finding\s+out)\b/i,
];

const INJECTION: RegExp[] = [
  /\b(ignore|disregard|forget|override)\b.{0,30}\b(previous|prior|above|earlier|all|any|your|the)\b.{0,20}\b(instructions?|rules?|prompts?|guidelines?|polic(y|ies)|directions?)\b/i,
  /\b(system|developer|hidden|initial)\s+(prompt|message|instructions?)\b/i,
  /\b(reveal|show|print|repeat|output|tell\s+me|what\s+(is|are))\b.{0,30}\b(your\s+(prompt|instructions|rules|configuration)|the\s+(system\s+)?prompt)\b/i,
  /\brepeat\b.{0,20}\b(text|words|everything)\s+above\b/i,
  /\byou\s+are\s+now\b|\bdeveloper\s+mode\b|\bjailbreak\b|\bDAN\b|\bpretend\s+(to\s+be|you\s+are)\b|\bact\s+as\s+(an?\s+)?(unrestricted|unfiltered)/i,
];

// Writing code is out of scope whatever else the message says.
const ALWAYS_OFF_TOPIC: RegExp[] = [
  /\b(help\s+me\s+)?(write|draft|proofread|edit|polish)\s+(my|a|an|the)\s+(grant|proposal|paper|essay|e-?mail|letter|cv|abstract|introduction|thesis|report)\b/i,
  /\btranslate\b.{0,40}\b(into|to)\s+(english|german|french|dutch|spanish|italian|chinese)\b/i,
  /\b(write|generate|fix|debug|refactor|implement)\b.{0,30}\b(code|script|function|program|regex|sql\s+query|javascript|python|typescript|html|css)\b/i,
];

const OFF_TOPIC: RegExp[] = [
  /\b(recipe|cook|cooking|bake|baking|sourdough|pasta|lasagn\w*|dinner|lunch|cocktail|wine\s+pairing)\b/i,
  /\b(weather|forecast|temperature\s+(today|tomorrow)|rain\s+(today|tomorrow))\b/i,
  /\b(poem|haiku|song|lyrics|joke|story\s+about|limerick)\b/i,
  /\b(football|soccer|basketball|world\s+cup|premier\s+league|stock\s+(price|tip)|bitcoin|crypto\s+price|horoscope|dating)\b/i,
  /\b(reset|forgot|forgotten|recover)\b.{0,25}\b(password|login|account)\b|\bprinter\b|\bwi-?fi\b/i,
  /\b(translate\s+this|summari[sz]e\s+this\s+(article|text))\b/i,
];

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
  overseas international border customs encryption encrypted password passwords malware hack`),
);

/** Text that tries to instruct the assistant; corpus sentences like this are never quoted as guidance. */
export function looksLikeInstructionToAssistant(text: string): boolean {
  return INJECTION.some((pattern) => pattern.test(text));
}

export function hasDomainAnchor(question: string): boolean {
  return contentTerms(question).some((term) => DOMAIN_ANCHORS.has(term));
}

export function checkPolicy(question: string): PolicyVerdict {
  if (contentTerms(question).length === 0) return { kind: 'empty' };
  if (INJECTION.some((pattern) => pattern.test(question))) return { kind: 'refuse-injection' };
  if (EVASION.some((pattern) => pattern.test(question))) return { kind: 'refuse-evasion' };
  if (ALWAYS_OFF_TOPIC.some((pattern) => pattern.test(question))) return { kind: 'out-of-scope' };
  if (OFF_TOPIC.some((pattern) => pattern.test(question)) && !strongDomainSignal(question)) {
    return { kind: 'out-of-scope' };
  }
  return { kind: 'ok' };
}

/** Off-topic words next to clear research-security words ("a conference dinner with a sanctioned lab") stay in scope. */
function strongDomainSignal(question: string): boolean {
  const terms = contentTerms(question);
  return terms.filter((term) => DOMAIN_ANCHORS.has(term)).length >= 2;
}
