import type { Citation } from '../core/reply.js';
import type { KnowledgeDocument, Passage } from '../knowledge/document.js';

export function citationFor(n: number, passage: Passage, document: KnowledgeDocument, today: string): Citation {
  // The section's own source where it names one, so the link opens the page that holds the fact.
  const source = document.sources[passage.sources[0] ?? 0] ?? document.sources[0];
  return {
    n,
    id: passage.id,
    documentId: document.id,
    title: document.title,
    section: passage.heading === 'Overview' ? undefined : passage.heading,
    publisher: source?.publisher ?? 'ressec corpus',
    date: source?.date ?? document.last_reviewed,
    url: source?.url ?? '',
    jurisdiction: document.jurisdiction,
    excerpt: passage.text,
    stale: document.review_by < today,
  };
}

/** The date the cited guidance is current to: each document's as_of, else its last review; the oldest wins. */
export function guidanceAsOf(documents: KnowledgeDocument[]): string | undefined {
  const dates = documents.map((document) => document.as_of ?? document.last_reviewed).sort();
  return dates[0];
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
