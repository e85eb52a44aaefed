// What a model writes is untrusted too. Before anyone sees it: every sentence cites a passage that was sent, links,
// images, addresses and phone numbers not in the cited passages or their sources are removed, and a verdict or any
// trace of the system prompt sends the question back to the offline answer.

import { normaliseText } from '../core/normalise-text.js';
import { printable } from '../core/printable.js';
import type { Citation } from '../core/reply.js';
import type { KnowledgeDocument, Passage } from '../knowledge/document.js';
import { citationFor } from './citations.js';
import { checkPolicy } from './policy.js';
import { sourceHosts } from './untrusted-text.js';

export interface SentPassage {
  passage: Passage;
  document: KnowledgeDocument;
  /** The text the model was given (the passage without untrusted sentences). */
  text: string;
}

export interface ModelDraft {
  answer: string;
  needs_desk: boolean;
  follow_ups: string[];
}

export interface CheckedAnswer {
  text: string;
  citations: Citation[];
  needsDesk: boolean;
  followUps: string[];
}

export type CheckOutcome = { ok: true; result: CheckedAnswer } | { ok: false; reason: string };

// Advice, not verdicts (EN, NL, DE, FR): the desk decides, so a model that clears or forbids is not shown.
const VERDICT =
  /(?<!\p{L})(cleared|approved|allowed|permitted|forbidden|prohibited|safe to|is safe|are safe|no risk|go ahead|green light|goedgekeurd|toegestaan|verboden|veilig om|mag (je|u) (gewoon )?(doorgaan|reizen|delen)|genehmigt|erlaubt|verboten|unbedenklich|freigegeben|autoris[ée]e?s?|approuv[ée]e?s?|interdite?s?|sans risque|feu vert)(?!\p{L})/iu;

const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const MARKDOWN_LINK = /\[([^\]]*)\]\(([^)]*)\)/g;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
const BARE_LINK = /\b(?:https?:\/\/|www\.)[^\s)<>\]"']+/gi;
const EMAIL = /\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b/gi;
const PHONE = /(?<![\w/])\+?\d[\d\s().-]{6,}\d(?![\w/])/g;

/** Markers [n] that name a sent passage; a sentence without one is not grounded. */
const MARKER = /\[(\d+)\]/g;

export function checkModelOutput(
  draft: ModelDraft,
  sent: SentPassage[],
  today: string,
  canaries: string[],
): CheckOutcome {
  const leaked = (text: string) => canaries.some((canary) => canary.length > 0 && text.includes(canary));
  if (leaked(draft.answer) || draft.follow_ups.some(leaked)) return { ok: false, reason: 'prompt-leak' };
  const answer = printable(draft.answer).replace(MARKDOWN_IMAGE, '').replace(HTML_TAG, '');
  if (VERDICT.test(normaliseText(answer))) return { ok: false, reason: 'verdict' };

  const sentences = splitAnswer(answer);
  const kept = sentences.filter((sentence) => citedNumbers(sentence, sent.length).length > 0);
  if (kept.length === 0) return { ok: false, reason: 'no-valid-citation' };
  // Most of what the model wrote must rest on the passages; otherwise the offline answer is the honest one.
  if (kept.length * 2 < sentences.length) return { ok: false, reason: 'uncited-sentences' };

  const renumber = new Map<number, number>();
  const citations: Citation[] = [];
  const paragraphs: string[] = [];
  for (const sentence of kept) {
    const cited = citedNumbers(sentence, sent.length);
    const allowed = allowedAddresses(cited.map((n) => sent[n - 1]).filter((item) => item !== undefined));
    let text = withoutForeignAddresses(sentence, allowed).replace(MARKER, (_marker, digits: string) => {
      const original = Number(digits);
      const item = sent[original - 1];
      if (!item) return '';
      let n = renumber.get(original);
      if (n === undefined) {
        n = citations.length + 1;
        renumber.set(original, n);
        citations.push(citationFor(n, item.passage, item.document, today));
      }
      return `[${n}]`;
    });
    text = text
      .replace(/\s+([.,;:])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (text.replace(MARKER, '').replace(/[^\p{L}]/gu, '').length > 0) paragraphs.push(text);
  }
  if (paragraphs.length === 0) return { ok: false, reason: 'no-valid-citation' };

  const followUps = draft.follow_ups
    .map((item) => printable(item).replace(/\s+/g, ' ').trim().slice(0, 200))
    .filter((item) => item.length > 0 && isSafeFollowUp(item))
    .slice(0, 3);
  return { ok: true, result: { text: paragraphs.join(' '), citations, needsDesk: draft.needs_desk, followUps } };
}

/** A suggested question must pass the same policy a user's question does, and carry no link or verdict. */
function isSafeFollowUp(question: string): boolean {
  const normalised = normaliseText(question);
  if (VERDICT.test(normalised) || BARE_LINK.test(normalised) || EMAIL.test(normalised) || /\]\(/.test(normalised)) {
    BARE_LINK.lastIndex = 0;
    EMAIL.lastIndex = 0;
    return false;
  }
  BARE_LINK.lastIndex = 0;
  EMAIL.lastIndex = 0;
  return checkPolicy(normalised).kind === 'ok';
}

function splitAnswer(answer: string): string[] {
  return answer
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"“(‘'])|(?<=\])\s+(?=[A-Z0-9"“(‘'])/)
    .map((part) => part.trim())
    .filter((part) => part.replace(/[^\p{L}\p{N}]/gu, '').length > 0);
}

function citedNumbers(sentence: string, count: number): number[] {
  return [...sentence.matchAll(MARKER)]
    .map((match) => Number(match[1]))
    .filter((n) => Number.isInteger(n) && n >= 1 && n <= count);
}

/** Links, addresses and numbers a sentence may carry: those written in its cited passages or their sources. */
function allowedAddresses(cited: SentPassage[]): { texts: string; hosts: Set<string> } {
  const hosts = new Set<string>();
  for (const item of cited) for (const host of sourceHosts(item.document)) hosts.add(host);
  return { texts: cited.map((item) => item.text).join('\n'), hosts };
}

function withoutForeignAddresses(sentence: string, allowed: { texts: string; hosts: Set<string> }): string {
  const inSources = (value: string) => {
    if (allowed.texts.includes(value)) return true;
    try {
      const host = new URL(value.startsWith('www.') ? `https://${value}` : value).hostname.replace(/^www\./, '');
      return [...allowed.hosts].some((known) => host === known || host.endsWith(`.${known}`));
    } catch {
      return false;
    }
  };
  const digits = (value: string) => value.replace(/\D/g, '');
  const passageDigits = digits(allowed.texts.match(PHONE)?.join(' ') ?? '');
  return sentence
    .replace(MARKDOWN_LINK, (whole, label: string, url: string) => (inSources(url.trim()) ? whole : label))
    .replace(BARE_LINK, (url) => (inSources(url.replace(/[.,;:]+$/, '')) ? url : ''))
    .replace(EMAIL, (address) => (allowed.texts.includes(address) ? address : ''))
    .replace(PHONE, (number) =>
      digits(number).length < 7 || passageDigits.includes(digits(number)) || /^\d{4}(-\d{2}){0,2}$/.test(number.trim())
        ? number
        : '',
    );
}
