// What a ticket starts from: an answer or a finished appraisal left in conversation state (see core/handoff.ts),
// or nothing (a free-form request). Only the user who received the answer or ran the check may attach it.
import { answerStateKey, appraisalStateKey, type StoredAnswer, type StoredAppraisal } from '../core/handoff.js';
import type { StateStore } from '../core/state-store.js';
import type { Turn } from '../core/turn.js';
import { type Origin, type Priority, SUBJECT_MAX_LENGTH } from './ticket.js';

export interface LoadedOrigin {
  /** `answer:<id>` or `appraisal:<id>`: the form's attach value and part of the submission key. */
  ref: string;
  origin: Origin;
  label: string;
  subject: string;
  priority: Priority;
  deadline?: string;
}

export const FREE_FORM_PRIORITY: Priority = 'medium';

/** One ticket per answer or appraisal per person, however it is sent (chat button, CLI, a replayed event). */
export function submissionKey(requester: { platform: string; userId: string }, ref: string): string {
  return `${requester.platform}:${requester.userId}:${ref}`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function fromAnswer(answerId: string, stored: StoredAnswer): LoadedOrigin {
  return {
    ref: `answer:${answerId}`,
    origin: {
      kind: 'answer',
      answerId,
      question: stored.question,
      answer: stored.answer,
      outcome: stored.outcome,
      citations: stored.citations,
    },
    label: 'Your question and the answer you were given',
    subject: clip(stored.question, SUBJECT_MAX_LENGTH),
    priority: FREE_FORM_PRIORITY,
  };
}

export function fromAppraisal(stored: StoredAppraisal): LoadedOrigin {
  const { appraisal } = stored;
  return {
    ref: `appraisal:${stored.intakeId}`,
    origin: {
      kind: 'appraisal',
      intakeId: stored.intakeId,
      flow: stored.flow,
      flowTitle: stored.flowTitle,
      answers: stored.answers,
      level: appraisal.level,
      flags: appraisal.flags.map(({ id, level, reason }) => ({ id, level, reason })),
      mitigations: appraisal.mitigations,
      nextSteps: appraisal.nextSteps,
      citations: appraisal.citations.map(({ n, id, title, url }) => ({ n, id, title, url })),
      completedAt: stored.completedAt,
    },
    label: `Your risk check: ${stored.flowTitle} (${appraisal.level} risk)`,
    subject: clip(`${stored.flowTitle}: ${appraisal.level} risk`, SUBJECT_MAX_LENGTH),
    priority: appraisal.level,
    deadline: stored.deadline,
  };
}

/** Loads `answer:<id>` / `appraisal:<id>` for this user; undefined when it is gone or belongs to someone else. */
export async function loadOrigin(ref: string, turn: Turn, state: StateStore): Promise<LoadedOrigin | undefined> {
  const [kind, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (!id) return undefined;
  const owns = (stored: { userId: string; platform: string }) =>
    stored.userId === turn.user.id && stored.platform === turn.platform;
  if (kind === 'answer') {
    const stored = await state.get<StoredAnswer>(answerStateKey(id));
    return stored && owns(stored) ? fromAnswer(id, stored) : undefined;
  }
  if (kind === 'appraisal') {
    const stored = await state.get<StoredAppraisal>(appraisalStateKey(id));
    return stored && owns(stored) ? fromAppraisal(stored) : undefined;
  }
  return undefined;
}
