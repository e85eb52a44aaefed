// A neutral reply as the message Teams shows: plain markdown text when it is only words, an Adaptive Card otherwise.
import type { Activity } from 'botbuilder';
import type { Reply } from '../../core/reply.js';
import { cardMarkdown } from './cards/card-markdown.js';
import { renderCard, summaryText } from './cards/render-card.js';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Longer plain text reads better in a card, which also keeps it under the message size. */
const PLAIN_TEXT_MAX = 2_000;

function wordsOnly(reply: Reply): string | undefined {
  const parts: string[] = [];
  for (const block of reply.blocks) {
    if (block.kind === 'text') parts.push(block.markdown);
    else if (block.kind === 'context') parts.push(`_${block.text}_`);
    else return undefined;
  }
  const text = cardMarkdown(parts.join('\n\n'));
  return text.length > 0 && text.length <= PLAIN_TEXT_MAX ? text : undefined;
}

export function messageActivity(reply: Reply): Partial<Activity> {
  const text = wordsOnly(reply);
  if (text !== undefined) return { type: 'message', text, textFormat: 'markdown' };
  return {
    type: 'message',
    summary: summaryText(reply),
    attachments: [{ contentType: ADAPTIVE_CARD, content: renderCard(reply) }],
  };
}
