// What a card action shows at once, inside the invoke's response, and what follows as messages. A form or ticket
// card that is the next step of a submitted form or a ticket button (the form again with its errors, the ticket's
// form, the updated ticket) replaces the clicked card for the person who clicked; a short note shows as a notice;
// everything else (the next question, an answer, an appraisal) goes out as messages, with the rest of the replies.
import type { Reply } from '../../core/reply.js';
import type { DecodedAction } from './cards/card-actions.js';
import type { AdaptiveCard } from './cards/card-elements.js';
import { plainText } from './cards/card-markdown.js';
import { renderCard } from './cards/render-card.js';

/** Longer than this, a notice would be cut by Teams: it goes out as a message instead. */
const NOTICE_MAX = 240;

export interface InvokeView {
  /** A card replaces the clicked one for the person who clicked; a string is a notice. */
  shown: AdaptiveCard | string;
  /** The replies still to deliver as messages. */
  rest: Reply[];
}

/** The reply's words when it is only words and short enough for a notice. */
function shortNote(reply: Reply): string | undefined {
  const words: string[] = [];
  for (const block of reply.blocks) {
    if (block.kind === 'text') words.push(block.markdown);
    else if (block.kind === 'context') words.push(block.text);
    else return undefined;
  }
  const note = plainText(words.join(' '));
  return note.length > 0 && note.length <= NOTICE_MAX ? note : undefined;
}

export function invokeView(action: DecodedAction, replies: readonly Reply[]): InvokeView {
  const [first, ...rest] = replies;
  if (!first) return { shown: 'Done.', rest: [] };
  const submitted = action.input.kind === 'form';
  const onTicket = action.input.verb.startsWith('ticket.');
  const nextStep = first.blocks.some((block) => block.kind === 'form' || block.kind === 'ticket');
  if (first.visibility === 'private' && (submitted || onTicket) && nextStep) return { shown: renderCard(first), rest };
  const note = shortNote(first);
  if (note) return { shown: note, rest };
  return { shown: 'Got it.', rest: [...replies] };
}

/** Shown when the replies take longer than an invoke may wait: they follow as messages. */
export const WORKING_NOTICE = 'Working on it; the answer follows in the chat.';
