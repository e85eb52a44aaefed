// What the desk starts a verified answer from: a ticket's advice, or an answer a researcher marked 👎 (its question
// only where the institution keeps question text). The desk edits the draft before saving it.
import type { Jurisdiction } from '../config.js';
import type { Ticket } from '../escalation/ticket.js';
import type { QuestionRecord } from '../feedback/insight-records.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

export interface DraftSource {
  title: string;
  url: string;
}

export interface VerifiedFormDraft {
  /** `ticket:RS-2026-0001` or `answer:<id>`. */
  ref: string;
  questions: string[];
  answer: string;
  sources: DraftSource[];
  jurisdiction: Jurisdiction;
}

/** The last advice the desk gave on the ticket, if any. */
export function latestAdvice(ticket: Ticket): string | undefined {
  return [...ticket.audit].reverse().find((entry) => entry.action === 'advice_given' && entry.text)?.text;
}

function asJurisdiction(value: string | undefined, fallback: Jurisdiction): Jurisdiction {
  return (value as Jurisdiction | undefined) ?? fallback;
}

export function draftFromTicket(ticket: Ticket, fallback: Jurisdiction): VerifiedFormDraft {
  const origin = ticket.origin;
  const question = origin.kind === 'answer' ? origin.question : ticket.subject;
  const sources = origin.kind === 'request' ? [] : origin.citations.map(({ title, url }) => ({ title, url }));
  return {
    ref: `ticket:${ticket.id}`,
    questions: [question],
    answer: latestAdvice(ticket) ?? '',
    sources: dedupe(sources),
    jurisdiction: asJurisdiction(ticket.handoff?.jurisdictions[0], fallback),
  };
}

export function draftFromAnswer(
  record: QuestionRecord,
  knowledge: KnowledgeBase,
  fallback: Jurisdiction,
): VerifiedFormDraft {
  const sources = record.citedDocuments.flatMap((id) => {
    const document = knowledge.document(id);
    const source = document?.sources[0];
    return document && source ? [{ title: document.title, url: source.url }] : [];
  });
  return {
    ref: `answer:${record.answerId}`,
    questions: record.text ? [record.text] : [],
    answer: '',
    sources: dedupe(sources),
    jurisdiction: asJurisdiction(record.jurisdictions[0], fallback),
  };
}

function dedupe(sources: DraftSource[]): DraftSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.url) && seen.add(source.url));
}

export function sourcesText(sources: DraftSource[]): string {
  return sources.map((source) => `${source.title} | ${source.url}`).join('\n');
}

/** "Title | https://…" per line (a bare link is its own title); lines that are no link are reported. */
export function parseSources(text: string): { sources: DraftSource[]; bad: string[] } {
  const sources: DraftSource[] = [];
  const bad: string[] = [];
  for (const line of text
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean)) {
    const match = /^(?:(.*?)\s*\|\s*)?(https?:\/\/\S+)$/.exec(line);
    if (!match?.[2]) bad.push(line.slice(0, 60));
    else sources.push({ title: (match[1] ?? '').trim() || match[2], url: match[2] });
  }
  return { sources, bad };
}
