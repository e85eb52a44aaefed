// Wires answering into the router: free-text questions, follow-up buttons and 👍/👎 feedback.

import { answerStateKey, type StoredAnswer } from '../core/handoff.js';
import { textReply } from '../core/reply.js';
import type { Router } from '../core/router.js';
import { VERBS } from '../core/verbs.js';
import { feedbackReasonForm, feedbackThanks, isFeedbackReason } from '../feedback/feedback-replies.js';
import type { Insights } from '../feedback/insights.js';
import { answerToReply } from './answer-reply.js';
import type { AnswerService } from './answer-service.js';
import { askCommand } from './ask-command.js';

/** The question text is kept only as long as a follow-up (ask the desk about it, 👎 reason) may need it. */
export const DEFAULT_QUESTION_TTL_MS = 24 * 3_600_000;

export function registerAnswering(
  router: Router,
  answers: AnswerService,
  options: { questionTtlMs?: number; insights?: Insights } = {},
): void {
  const questionTtlMs = options.questionTtlMs ?? DEFAULT_QUESTION_TTL_MS;
  router.question(async (question, turn, context) => {
    const answer = await answers.answer(question, turn.platform);
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
  router.command(askCommand(router));

  router.action('answer', async (input, turn, context) => {
    if (input.verb === VERBS.ask && input.kind === 'action' && input.value) {
      return router.handleTurn({ ...turn, input: { kind: 'text', text: input.value } });
    }
    if (input.verb === VERBS.feedback && input.kind === 'action') {
      const [direction, answerId = ''] = (input.value ?? '').split(':');
      const rating = direction === 'up' ? 'up' : 'down';
      context.log.info({ event: 'feedback', outcome: rating }, 'answer feedback');
      await options.insights?.rate(answerId, rating, turn.platform);
      if (rating === 'down' && answerId) {
        return [feedbackReasonForm(answerId, options.insights?.retention.keepTextDays)];
      }
      return [textReply('Thanks for the feedback.', 'private')];
    }
    if (input.verb === VERBS.feedbackReason) {
      const values = input.kind === 'form' ? input.values : {};
      const answerId = typeof values.answerId === 'string' && values.answerId !== '' ? values.answerId : undefined;
      const reason = isFeedbackReason(values.reason) ? values.reason : 'other';
      const note = typeof values.note === 'string' ? values.note : undefined;
      const recorded = answerId ? ((await options.insights?.explain(answerId, reason, note)) ?? false) : false;
      context.log.info({ event: 'feedback-reason', outcome: reason }, 'answer feedback reason received');
      return [feedbackThanks(answerId, recorded)];
    }
    return [textReply('That button is no longer active.', 'private')];
  });
}
