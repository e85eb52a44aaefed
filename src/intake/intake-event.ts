// What a user can do in an intake, and how free text maps onto it (commands first, else an answer).
import type { AnswerValue } from './field.js';

export type IntakeEvent =
  /** An answer; `fieldId` comes from a button or form, and may name an earlier question (a correction). */
  | { kind: 'answer'; input: AnswerValue; fieldId?: string }
  | { kind: 'back' }
  | { kind: 'skip' }
  /** Correct an earlier answer: a field id, its number in the summary, or words of its label. */
  | { kind: 'change'; target: string }
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'pause' }
  | { kind: 'resume' };

const BACK = new Set(['back', 'go back', 'previous', 'previous question', 'undo']);
const SKIP = new Set(['skip', 'skip it', 'skip this', 'pass']);
const CANCEL = new Set(['cancel', 'cancel check', 'stop', 'abort', 'cancel the check', 'quit check']);
const PAUSE = new Set(['later', 'pause', 'finish later', 'continue later', 'not now']);
const CONFIRM = new Set(['confirm', 'confirmed', 'submit']);
/** Only read as confirmation at the summary, where no question is open. */
const CONFIRM_AT_REVIEW = new Set(['yes', 'y', 'ok', 'okay', 'done', 'looks good', 'all good', 'correct', 'finish']);

export function interpretText(text: string, atReview: boolean): IntakeEvent {
  const typed = text
    .trim()
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[.!]+$/, '');
  if (BACK.has(typed)) return { kind: 'back' };
  if (SKIP.has(typed)) return { kind: 'skip' };
  if (CANCEL.has(typed)) return { kind: 'cancel' };
  if (PAUSE.has(typed)) return { kind: 'pause' };
  if (CONFIRM.has(typed) || (atReview && CONFIRM_AT_REVIEW.has(typed))) return { kind: 'confirm' };
  const change = /^(?:change|edit|correct)\s+(.+)$/.exec(typed);
  if (change?.[1]) return { kind: 'change', target: change[1].trim() };
  return { kind: 'answer', input: text };
}
