// The corpus in use, swapped whole when it is reloaded. A question reads `current` once and keeps that corpus to
// its end, so a reload never changes the passages under an answer being composed, and none is dropped.
import type { KnowledgeBase } from './knowledge-base.js';

export class KnowledgeHolder {
  private snapshot: KnowledgeBase;
  private generation = 1;

  constructor(initial: KnowledgeBase) {
    this.snapshot = initial;
  }

  get current(): KnowledgeBase {
    return this.snapshot;
  }

  /** How many corpora have been in use: 1 until the first reload. */
  get version(): number {
    return this.generation;
  }

  swap(next: KnowledgeBase): void {
    this.snapshot = next;
    this.generation += 1;
  }
}

/** A KnowledgeBase, or a holder of the one in use now. */
export type KnowledgeSource = KnowledgeBase | KnowledgeHolder;

export function currentKnowledge(source: KnowledgeSource): KnowledgeBase {
  return source instanceof KnowledgeHolder ? source.current : source;
}
