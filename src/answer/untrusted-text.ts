// The corpus is untrusted input: a sentence that instructs the assistant or the reader, links or addresses beyond the
// document's own sources, chat control syntax or a request for credentials is never quoted nor sent to a model.
import type { KnowledgeDocument, Passage } from '../knowledge/document.js';
import { addressedToAssistant, classifyIntent } from './intent/classify-intent.js';

export type UntrustedKind = 'instruction' | 'foreign-link' | 'chat-syntax' | 'credential-request';

export const UNTRUSTED_LABEL: Record<UntrustedKind, string> = {
  instruction: 'text addressed to the assistant or the reader as an instruction',
  'foreign-link': 'a link or address whose host is not among the document’s sources',
  'chat-syntax': 'chat control syntax (mentions, channel pings, disguised links)',
  'credential-request': 'a request for passwords or credentials',
};

const CHAT_SYNTAX =
  /<!(channel|here|everyone)(\|[^>]*)?>|<@[UW][A-Z0-9]+(\|[^>]*)?>|<#C[A-Z0-9]+(\|[^>]*)?>|<(https?:|mailto:)[^|>]+\|[^>]*>|(^|\s)@(channel|here|everyone)\b/i;

const CREDENTIAL =
  /\b(send|share|enter|provide|give|e-?mail|mail|submit|type|confirm|verify|reply with|tell us|stuur|geef|deel|voer|schick|sende|gib|teile|gebe|envoyez|envoie|donnez|donne|communiquez|saisissez|indiquez)\b[^.!?]{0,50}\b(password|passwords|passcode|pin code|credentials|login details|log-in details|username and password|2fa code|mfa code|one-time code|verification code|api key|access token|bank details|wachtwoord|inloggegevens|passwort|kennwort|zugangsdaten|mot de passe|identifiants)\b/i;
const NEGATED_REQUEST =
  /\b(never|not|don't|do not|no one|nobody|avoid|refuse|nooit|niet|nie|nicht|niemals|keinesfalls|jamais|ne|pas)\b/i;

const LINK = /\b(?:https?:\/\/|www\.)([a-z0-9.-]+\.[a-z]{2,})[^\s)<>\]"']*/gi;
const EMAIL = /\b[a-z0-9._%+-]+@([a-z0-9.-]+\.[a-z]{2,})\b/gi;

/** Hosts a document may link to or name: those of its own sources. */
export function sourceHosts(document: Pick<KnowledgeDocument, 'sources'>): Set<string> {
  const hosts = new Set<string>();
  for (const source of document.sources) {
    try {
      hosts.add(new URL(source.url).hostname.toLowerCase().replace(/^www\./, ''));
    } catch {
      // a source without a parseable URL allows nothing
    }
  }
  return hosts;
}

function hostAllowed(host: string, allowed: Set<string>): boolean {
  const bare = host.toLowerCase().replace(/^www\./, '');
  for (const known of allowed)
    if (bare === known || bare.endsWith(`.${known}`) || known.endsWith(`.${bare}`)) return true;
  return false;
}

/** Links and e-mail addresses in a text whose host is not allowed. */
export function foreignAddresses(text: string, allowed: Set<string>): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(LINK)) if (!hostAllowed(match[1] ?? '', allowed)) found.push(match[0]);
  for (const match of text.matchAll(EMAIL)) if (!hostAllowed(match[1] ?? '', allowed)) found.push(match[0]);
  return found;
}

const verdicts = new Map<string, UntrustedKind | undefined>();

/** Why a sentence of a document must not be used, or undefined when it may be. */
export function untrustedReason(sentence: string, allowedHosts: Set<string>): UntrustedKind | undefined {
  if (CHAT_SYNTAX.test(sentence)) return 'chat-syntax';
  if (foreignAddresses(sentence, allowedHosts).length > 0) return 'foreign-link';
  const credential = CREDENTIAL.exec(sentence);
  if (credential && !NEGATED_REQUEST.test(sentence.slice(0, credential.index + credential[0].length))) {
    return 'credential-request';
  }
  const key = sentence;
  if (verdicts.has(key)) return verdicts.get(key);
  const instruction = addressedToAssistant(sentence) || classifyIntent(sentence).scores.injection >= 3;
  const verdict: UntrustedKind | undefined = instruction ? 'instruction' : undefined;
  if (verdicts.size > 20_000) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}

/** A sentence of this document that neither answerer may use. */
export function isUntrustedSentence(sentence: string, document: Pick<KnowledgeDocument, 'sources'>): boolean {
  return untrustedReason(sentence, sourceHosts(document)) !== undefined;
}

/** Sentences and list items of a passage, as written (links kept), for the lint and for what a model is sent. */
export function rawSentences(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)|(?<=[.!?])\s+(?=[A-Z0-9"“(‘'<[])/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

// What a passage may show depends on its text and its document's sources alone: judged once per document and text,
// not on every question (it was half a millisecond of each LLM answer). A reloaded corpus brings new documents.
const trusted = new WeakMap<Pick<KnowledgeDocument, 'sources'>, Map<string, string>>();

/** The passage text without the sentences that must not be used. */
export function trustedText(text: string, document: Pick<KnowledgeDocument, 'sources'>): string {
  let texts = trusted.get(document);
  if (!texts) {
    texts = new Map();
    trusted.set(document, texts);
  }
  const known = texts.get(text);
  if (known !== undefined) return known;
  const hosts = sourceHosts(document);
  const kept = rawSentences(text)
    .filter((sentence) => untrustedReason(sentence, hosts) === undefined)
    .join(' ');
  texts.set(text, kept);
  return kept;
}

export interface UntrustedFinding {
  file: string;
  /** From an institution's folder (a warning) rather than the shipped corpus (an error). */
  institutional: boolean;
  section: string;
  kind: UntrustedKind;
  /** The start of the sentence, for the person fixing it. */
  excerpt: string;
}

/** Every sentence of the corpus that neither answerer will use, with where it is and why. */
export function lintCorpus(corpus: {
  passages: readonly Passage[];
  document(id: string): KnowledgeDocument | undefined;
}): UntrustedFinding[] {
  const findings: UntrustedFinding[] = [];
  for (const passage of corpus.passages) {
    const document = corpus.document(passage.documentId);
    if (!document) continue;
    const hosts = sourceHosts(document);
    for (const sentence of rawSentences(passage.text)) {
      const kind = untrustedReason(sentence, hosts);
      if (!kind) continue;
      findings.push({
        file: document.file,
        institutional: document.institutional,
        section: passage.heading,
        kind,
        excerpt: sentence.slice(0, 80),
      });
    }
  }
  return findings;
}
