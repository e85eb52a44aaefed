// Wires answering into the router: free-text questions, follow-up buttons and 👍/👎 feedback.

import { answerStateKey, type StoredAnswer } from '../core/handoff.js';
import { textReply } from '../core/reply.js';
import type { Router } from '../core/router.js';
import { VERBS } from '../core/verbs.js';
import { answerToReply } from './answer-reply.js';
import type { AnswerService } from './answer-service.js';

/** Storing written feedback is not built yet: the user is told so, never that the note was passed on. */
const NOTES_NOT_KEPT =
  'Only your 👎 is logged (without the question or the answer); written notes are not stored yet, so nobody will read this one. If something missing or wrong matters for your work, ask the advice desk.';

/** The question text is kept only as long as a follow-up (ask the desk about it, 👎 reason) may need it. */
export const DEFAULT_QUESTION_TTL_MS = 24 * 3_600_000;

export function registerAnswering(
  router: Router,
  answers: AnswerService,
  options: { questionTtlMs?: number } = {},
): void {
  const questionTtlMs = options.questionTtlMs ?? DEFAULT_QUESTION_TTL_MS;
  router.question(async (question, turn, context) => {
    const answer = await answers.answer(question);
    const stored: StoredAnswer = {
      question: answer.question,
      answer: answer.text,
      outcome: answer.outcome,
      citations: answer.citations.map((citation) => ({ id: citation.id, title: citation.title, url: citation.url })),
      userId: turn.user.id,
      platform: turn.platform,
    };
    await context.state.set(answerStateKey(answer.id), stored, questionTtlMs);
    return [answerToReply(answer)];
  });

  router.action('answer', async (input, turn, context) => {
    if (input.verb === VERBS.ask && input.kind === 'action' && input.value) {
      return router.handleTurn({ ...turn, input: { kind: 'text', text: input.value } });
    }
    if (input.verb === VERBS.feedback && input.kind === 'action') {
      const [direction, answerId] = (input.value ?? '').split(':');
      context.log.info({ event: 'feedback', outcome: direction === 'up' ? 'up' : 'down' }, 'answer feedback');
      if (direction === 'down' && answerId) {
        return [
          {
            visibility: 'private',
            blocks: [
              {
                kind: 'form',
                verb: VERBS.feedbackReason,
                title: 'What was wrong?',
                submitLabel: 'Send',
                intro: `Optional: what was missing or wrong? ${NOTES_NOT_KEPT} Please leave out names and confidential details.`,
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
                  { id: 'reason', label: 'What was wrong?', kind: 'textarea', required: false, maxLength: 1000 },
                ],
              },
            ],
            fallbackText: 'What was wrong with the answer?',
          },
        ];
      }
      return [textReply('Thanks for the feedback.', 'private')];
    }
    if (input.verb === VERBS.feedbackReason) {
      context.log.info({ event: 'feedback-reason', outcome: 'down' }, 'answer feedback reason received');
      const answerId = input.kind === 'form' ? input.values.answerId : undefined;
      const text = `Thank you. ${NOTES_NOT_KEPT}`;
      return [
        {
          visibility: 'private',
          blocks: [
            { kind: 'text', markdown: text },
            ...(typeof answerId === 'string' && answerId !== ''
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
        },
      ];
    }
    return [textReply('That button is no longer active.', 'private')];
  });
}
