// What a researcher sees around 👎: the reason form and the thanks. Each says exactly what is kept: the reason
// always (with the answer's sources, never the question or a name), a note only where the institution keeps text.
import type { Reply } from '../core/reply.js';
import { VERBS } from '../core/verbs.js';
import { FEEDBACK_REASON_LABELS, FEEDBACK_REASONS, type FeedbackReason } from './insight-records.js';

export function isFeedbackReason(value: unknown): value is FeedbackReason {
  return typeof value === 'string' && (FEEDBACK_REASONS as readonly string[]).includes(value);
}

function whatIsKept(keepTextDays: number | undefined): string {
  return keepTextDays === undefined
    ? 'Your reason is recorded with the sources of this answer, without your question or your name, so the advice desk can see which guidance needs work. Notes are not kept here: if something missing or wrong matters for your work, ask the advice desk.'
    : `Your reason is recorded with the sources of this answer, without your name. Your question and any note are kept for ${keepTextDays} days for the advice desk to review, then deleted.`;
}

export function feedbackReasonForm(answerId: string, keepTextDays: number | undefined): Reply {
  return {
    visibility: 'private',
    blocks: [
      {
        kind: 'form',
        verb: VERBS.feedbackReason,
        title: 'What was wrong?',
        submitLabel: 'Send',
        intro: whatIsKept(keepTextDays),
        fields: [
          {
            id: 'answerId',
            label: 'Answer',
            kind: 'text',
            required: true,
            initial: answerId,
            maxLength: 64,
            hidden: true,
          },
          {
            id: 'reason',
            label: 'What was wrong?',
            kind: 'select',
            required: true,
            options: FEEDBACK_REASONS.map((reason) => ({ label: FEEDBACK_REASON_LABELS[reason], value: reason })),
          },
          ...(keepTextDays === undefined
            ? []
            : [
                {
                  id: 'note',
                  label: 'Anything to add?',
                  kind: 'textarea' as const,
                  required: false,
                  maxLength: 1000,
                  help: 'Please leave out names and confidential details.',
                },
              ]),
        ],
      },
    ],
    fallbackText: 'What was wrong with the answer?',
  };
}

export function feedbackThanks(answerId: string | undefined, recorded: boolean): Reply {
  const text = recorded
    ? 'Thank you: your reason is recorded for the advice desk. If something missing or wrong matters for your work, ask the desk.'
    : 'Thank you. That answer is no longer on record, so nothing was recorded; if it matters for your work, ask the advice desk.';
  return {
    visibility: 'private',
    blocks: [
      { kind: 'text', markdown: text },
      ...(answerId
        ? [
            {
              kind: 'choices' as const,
              display: 'buttons' as const,
              options: [{ label: 'Ask the advice desk', verb: VERBS.newTicket, value: `answer:${answerId}` }],
            },
          ]
        : []),
    ],
    fallbackText: text,
  };
}
