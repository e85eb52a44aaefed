// An Answer as neutral Reply blocks: the text, its sources, the "as of" line, the disclaimer and the next actions.
import { type Block, DISCLAIMER, type Reply } from '../core/reply.js';
import { VERBS } from '../core/verbs.js';
import type { Answer } from './answer.js';

export function answerToReply(answer: Answer): Reply {
  const blocks: Block[] = [];
  for (const note of answer.notes) blocks.push({ kind: 'context', text: note });
  blocks.push({ kind: 'text', markdown: answer.text });
  if (answer.citations.length > 0) blocks.push({ kind: 'citations', items: answer.citations });
  if (answer.verified) blocks.push({ kind: 'context', text: `✅ Verified by the advice desk on ${answer.verified.on}` });
  const context: string[] = [];
  const jurisdictions = [...new Set(answer.citations.map((citation) => citation.jurisdiction))];
  if (jurisdictions.length > 0) context.push(`Jurisdiction: ${jurisdictions.join(', ')}`);
  if (answer.asOf) context.push(`Guidance as of ${answer.asOf}`);
  if (answer.mode === 'llm') context.push('Worded by an AI model from the cited passages');
  if (context.length > 0) blocks.push({ kind: 'context', text: context.join(' · ') });
  for (const stale of answer.stale) {
    blocks.push({
      kind: 'context',
      text: `⚠️ "${stale.title}" was due for review on ${stale.reviewBy}; the guidance may have changed since.`,
    });
  }
  if (answer.followUps.length > 0) {
    blocks.push({
      kind: 'choices',
      prompt: 'You could also ask:',
      display: 'buttons',
      options: answer.followUps.map((question) => ({ label: question, verb: VERBS.ask, value: question })),
    });
  }
  blocks.push({ kind: 'context', text: DISCLAIMER });
  const options =
    answer.outcome === 'answered'
      ? [
          { label: '👍', verb: VERBS.feedback, value: `up:${answer.id}` },
          { label: '👎', verb: VERBS.feedback, value: `down:${answer.id}` },
          { label: 'Start a risk check', verb: VERBS.startIntake, value: '' },
          {
            label: 'Ask the advice desk',
            verb: VERBS.newTicket,
            value: `answer:${answer.id}`,
            style: answer.suggestDesk ? ('primary' as const) : undefined,
          },
        ]
      : answer.outcome === 'no-grounding' || answer.outcome === 'refused'
        ? [
            {
              label: 'Ask the advice desk',
              verb: VERBS.newTicket,
              value: `answer:${answer.id}`,
              style: 'primary' as const,
            },
          ]
        : [{ label: 'Start a risk check', verb: VERBS.startIntake, value: '' }];
  if (answer.outcome !== 'refused' || answer.suggestDesk) blocks.push({ kind: 'choices', display: 'buttons', options });
  return { visibility: 'public', blocks, fallbackText: answer.text.slice(0, 300), answerId: answer.id };
}
