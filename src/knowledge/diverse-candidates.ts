// A candidate set that does not let one document crowd out the rest: each part of the question keeps its best
// passage, each jurisdiction in play gets a place, and no document gives more than two sections unless the
// question is about that document.
import type { Jurisdiction } from '../config.js';
import type { SearchHit } from './search-index.js';

const PER_DOCUMENT = 2;
const PER_DOCUMENT_ASKED_ABOUT = 4;
const DOMINANCE = 0.33;

function cap(id: string, askedAbout: Set<string>): number {
  return askedAbout.has(id) ? PER_DOCUMENT_ASKED_ABOUT : PER_DOCUMENT;
}

/**
 * Hits in order, at most two per document (four for a document the question is about); where that leaves fewer
 * than `limit`, the next sections of the same documents fill up (a small corpus has few documents to spread over).
 */
export function capPerDocument(hits: SearchHit[], askedAbout: Set<string>, limit: number): SearchHit[] {
  const taken = new Map<string, number>();
  const within = hits.filter((hit) => {
    const count = taken.get(hit.document.id) ?? 0;
    if (count >= cap(hit.document.id, askedAbout)) return false;
    taken.set(hit.document.id, count + 1);
    return true;
  });
  if (within.length >= limit) return within.slice(0, limit);
  const extra = hits.filter((hit) => !within.includes(hit)).slice(0, limit - within.length);
  return [...within, ...extra];
}

/** Merges the parts' ranked lists into one candidate set, best first. */
export function diverseCandidates(
  lists: SearchHit[][],
  jurisdictions: Jurisdiction[],
  askedAbout: Set<string>,
  limit: number,
): SearchHit[] {
  const chosen: SearchHit[] = [];
  const taken = new Map<string, number>();
  const add = (hit: SearchHit | undefined) => {
    if (!hit || chosen.length >= limit || chosen.some((known) => known.passage.id === hit.passage.id)) return;
    const count = taken.get(hit.document.id) ?? 0;
    if (count >= cap(hit.document.id, askedAbout)) return;
    taken.set(hit.document.id, count + 1);
    chosen.push(hit);
  };
  for (const list of lists) add(list[0]);
  for (const jurisdiction of jurisdictions) {
    if (chosen.some((hit) => hit.passage.jurisdiction === jurisdiction)) continue;
    const best = lists
      .flatMap((list) => list.filter((hit) => hit.passage.jurisdiction === jurisdiction).slice(0, 1))
      .sort((a, b) => b.score - a.score)[0];
    add(best);
  }
  // Then the parts take turns, so a second part is not crowded out by the first one's long tail.
  const depth = Math.max(0, ...lists.map((list) => list.length));
  for (let rank = 1; rank < depth && chosen.length < limit; rank++) for (const list of lists) add(list[rank]);
  const rest = lists
    .flat()
    .filter((hit) => !chosen.some((known) => known.passage.id === hit.passage.id))
    .sort((a, b) => b.score - a.score);
  for (const hit of rest) if (chosen.length < limit && !chosen.includes(hit)) chosen.push(hit);
  return chosen.sort((a, b) => b.score - a.score);
}

/**
 * The document whose best section outscores every other document's by far: the question is about that document,
 * so more of its sections may answer.
 */
export function dominantDocument(hits: SearchHit[]): string[] {
  const [top] = hits;
  if (!top) return [];
  const rival = hits.find((hit) => hit.document.id !== top.document.id);
  return !rival || rival.score < top.score * DOMINANCE ? [top.document.id] : [];
}
