// Where a Teams activity happened and who sent it, in the core's terms. A channel post lives in a reply chain whose
// root id Teams appends to the conversation id (`19:…@thread.tacv2;messageid=…`); the turn keeps the channel and
// the root apart, and `postAddress` puts them back together to answer in that chain.
import type { Activity } from 'botbuilder';
import type { TurnConversation, TurnUser } from '../../core/turn.js';

const MESSAGE_ID = ';messageid=';

export function placeOf(activity: Pick<Activity, 'conversation' | 'id' | 'replyToId'>): TurnConversation {
  const conversation = activity.conversation;
  if (conversation.conversationType === 'personal') return { id: conversation.id, kind: 'dm' };
  const at = conversation.id.indexOf(MESSAGE_ID);
  if (conversation.conversationType === 'channel' || at >= 0) {
    const channel = at >= 0 ? conversation.id.slice(0, at) : conversation.id;
    const root = at >= 0 ? conversation.id.slice(at + MESSAGE_ID.length) : (activity.replyToId ?? activity.id);
    return { id: channel, threadId: root, kind: 'channel' };
  }
  // A group chat has no reply chains.
  return { id: conversation.id, kind: 'channel' };
}

/** The conversation id that posts into the turn's reply chain (or its chat). */
export function postAddress(conversation: Pick<TurnConversation, 'id' | 'threadId' | 'kind'>): string {
  return conversation.kind === 'channel' && conversation.threadId
    ? `${conversation.id}${MESSAGE_ID}${conversation.threadId}`
    : conversation.id;
}

/** The root message id in a conversation id Teams returned for a new channel post (its message id is not given). */
export function rootIdOf(conversationId: string): string | undefined {
  const at = conversationId.indexOf(MESSAGE_ID);
  return at >= 0 ? conversationId.slice(at + MESSAGE_ID.length) : undefined;
}

/** The person, by their Entra object id where Teams gives it (tickets and RESSEC_DESK_MEMBERS use that id). */
export function personOf(activity: Pick<Activity, 'from'>): TurnUser {
  const from = activity.from;
  return { id: from.aadObjectId ?? from.id, ...(from.name ? { name: from.name } : {}) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text as a person wrote it: Teams may send HTML (a forwarded message, a rich post); tags go, entities decode. */
export function plainMessageText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      // "&#99999999;" names no character (fromCodePoint would throw), and "&constructor;" no entity: left as written.
      const code = /^#x/i.test(name)
        ? Number.parseInt(name.slice(2), 16)
        : name.startsWith('#')
          ? Number(name.slice(1))
          : undefined;
      if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      const entity = name.toLowerCase();
      return Object.hasOwn(ENTITIES, entity) ? (ENTITIES[entity] ?? whole) : whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** Whether the bot is @mentioned, and the text without that mention. */
export function mentionOf(activity: Pick<Activity, 'text' | 'entities' | 'recipient'>): {
  mentioned: boolean;
  text: string;
} {
  let text = activity.text ?? '';
  let mentioned = false;
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; text?: string; mentioned?: { id?: string } };
    if (mention.type !== 'mention' || mention.mentioned?.id !== activity.recipient?.id) continue;
    mentioned = true;
    if (mention.text) text = text.split(mention.text).join(' ');
  }
  return { mentioned, text: plainMessageText(text) };
}
