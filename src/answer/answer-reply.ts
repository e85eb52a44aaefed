// An Answer as neutral Reply blocks: the text, its sources, the "as of" line, the disclaimer and the next actions.
import type { Block, Reply } from '../core/reply.js';
import { VERBS } from '../core/verbs.js';
import type { MessageKey } from '../i18n/catalog-en.js';
import { message } from '../i18n/messages.js';
import type { Answer } from './answer.js';

export function answerToReply(answer: Answer): Reply {
  // The fixed texts in the question's language (English for English questions, as before).
  const t = (key: MessageKey, values?: Record<string, string>) => message(answer.language, key, values);
  const blocks: Block[] = [];
  for (const note of answer.notes) blocks.push({ kind: 'context', text: note });
  blocks.push({ kind: 'text', markdown: answer.text });
  if (answer.citations.length > 0) blocks.push({ kind: 'citations', items: answer.citations });
  if (answer.verified) blocks.push({ kind: 'context', text: t('verifiedOn', { date: answer.verified.on }) });
  const context: string[] = [];
  const jurisdictions = [...new Set(answer.citations.map((citation) => citation.jurisdiction))];
  if (jurisdictions.length > 0) context.push(t('jurisdiction', { list: jurisdictions.join(', ') }));
  if (answer.asOf) context.push(t('asOf', { date: answer.asOf }));
  if (answer.mode === 'llm') context.push(t('wordedByModel'));
  if (context.length > 0) blocks.push({ kind: 'context', text: context.join(' · ') });
  for (const stale of answer.stale) {
    blocks.push({
      kind: 'context',
      text: t('stale', { title: stale.title, date: stale.reviewBy }),
    });
  }
  if (answer.followUps.length > 0) {
    blocks.push({
      kind: 'choices',
      prompt: t('alsoAsk'),
      display: 'buttons',
      options: answer.followUps.map((question) => ({ label: question, verb: VERBS.ask, value: question })),
    });
  }
  blocks.push({ kind: 'context', text: t('disclaimer') });
  const options =
    answer.outcome === 'answered'
      ? [
          { label: '👍', verb: VERBS.feedback, value: `up:${answer.id}` },
          { label: '👎', verb: VERBS.feedback, value: `down:${answer.id}` },
          { label: t('startCheck'), verb: VERBS.startIntake, value: '' },
          {
            label: t('askDesk'),
            verb: VERBS.newTicket,
            value: `answer:${answer.id}`,
            style: answer.suggestDesk ? ('primary' as const) : undefined,
          },
        ]
      : answer.outcome === 'no-grounding' || answer.outcome === 'refused'
        ? [
            {
              label: t('askDesk'),
              verb: VERBS.newTicket,
              value: `answer:${answer.id}`,
              style: 'primary' as const,
            },
          ]
        : [{ label: t('startCheck'), verb: VERBS.startIntake, value: '' }];
  if (answer.outcome !== 'refused' || answer.suggestDesk) blocks.push({ kind: 'choices', display: 'buttons', options });
  return { visibility: 'public', blocks, fallbackText: answer.text.slice(0, 300), answerId: answer.id };
}
