import type { Jurisdiction } from '../config.js';
import type { Citation } from '../core/reply.js';

export type AnswerOutcome = 'answered' | 'no-grounding' | 'declined' | 'refused';

export interface Answer {
  id: string;
  question: string;
  outcome: AnswerOutcome;
  /** Markdown with [n] citation markers. */
  text: string;
  citations: Citation[];
  mode: 'offline' | 'llm';
  jurisdictions: Jurisdiction[];
  /** "Guidance as of" date of the cited documents (the oldest of them). */
  asOf?: string;
  /** Cited documents past their review_by date. */
  stale: { title: string; reviewBy: string }[];
  /** Whether the advice desk should see this. */
  suggestDesk: boolean;
  followUps: string[];
  notes: string[];
  /** The language the question was asked in (en, nl, de, fr): the fixed texts around the answer follow it. */
  language?: string;
  /** Set when the answer is the advice desk's own verified answer: its document and the day it was verified. */
  verified?: { documentId: string; on: string };
}
