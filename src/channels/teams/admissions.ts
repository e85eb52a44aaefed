// Each kind of Teams activity as an inbox entry: the neutral turn, where its replies go, and the key that makes a
// repeated delivery of the same act a duplicate. Undefined means the activity asks nothing of the bot (a channel
// post that does not mention it, outside a reply chain it answered).
import type { Activity } from 'botbuilder';
import { textReply } from '../../core/reply.js';
import type { Turn, TurnConversation, TurnInput } from '../../core/turn.js';
import { TICKET_VERBS } from '../../escalation/ticket-verbs.js';
import type { DeskCards } from '../runtime/desk-cards/desk-cards.js';
import type { InboxEntry } from '../runtime/inbox.js';
import { directConversationToOpen, type ReplyTarget } from '../runtime/reply-target.js';
import type { ThreadMemory } from '../runtime/thread-memory.js';
import { originOf } from './activity-origin.js';
import { mentionOf, personOf, placeOf, plainMessageText } from './activity-turn.js';
import type { DecodedAction } from './cards/card-actions.js';

export interface AdmissionDeps {
  threads: ThreadMemory;
  deskCards: DeskCards;
  /** The desk channel's conversation id, when the desk works in Teams. */
  deskConversation?: string;
  /** Whether the text is one of the core's commands (help, check, tickets…) rather than a question. */
  isCommand(text: string): boolean;
  now?: () => number;
}

export const PERSONAL_CHAT_RECEIPT = 'I have answered you in your personal chat with ressec.';

/** The id Teams gives an activity is unique within its conversation; the pair is unique everywhere. */
function activityKey(activity: Activity): string {
  return `${activity.conversation.id}|${activity.id}`;
}

function entry(
  deps: AdmissionDeps,
  activity: Activity,
  key: string,
  input: TurnInput,
  conversation: TurnConversation,
  extra: Partial<ReplyTarget> = {},
): InboxEntry {
  const user = personOf(activity);
  const turn: Turn = {
    id: key,
    platform: 'teams',
    user,
    conversation,
    input,
    receivedAt: new Date(deps.now?.() ?? Date.now()).toISOString(),
  };
  const target: ReplyTarget = {
    userId: user.id,
    ...(conversation.id ? { conversation } : {}),
    working: { conversationId: activity.conversation.id, messageId: activity.id ?? '' },
    origin: originOf(activity),
    ...extra,
  };
  return { key, lane: `teams:${user.id}`, turn, target };
}

export async function messageAdmission(deps: AdmissionDeps, activity: Activity): Promise<InboxEntry | undefined> {
  if (activity.from.id === activity.recipient?.id) return undefined;
  const { mentioned, text } = mentionOf(activity);
  const place = placeOf(activity);
  const key = activityKey(activity);
  if (place.kind === 'dm') {
    if (text === '') {
      return {
        ...entry(deps, activity, key, { kind: 'text', text: '' }, place),
        replies: [textReply('I only read text. Type a question, or `help` to see what I can do.', 'private')],
      };
    }
    return entry(deps, activity, key, { kind: 'text', text }, place);
  }
  const { threadId } = place;
  // A reply under a ticket's card in the desk channel is an internal note on that ticket.
  if (!mentioned && threadId && place.id === deps.deskConversation) {
    const card = await deps.deskCards.byMessage(place.id, threadId);
    if (!card || text === '') return undefined;
    const input: TurnInput = {
      kind: 'form',
      verb: TICKET_VERBS.note,
      values: { ticketId: card.ticketId, message: text },
    };
    return entry(deps, activity, key, input, place);
  }
  if (mentioned) {
    const said = text || 'help';
    // A command (a risk check, one's tickets, help) is for one person: it goes on in their personal chat, where the
    // whole risk check and its appraisal stay; the reply chain gets a line saying where to look.
    if (deps.isCommand(said)) {
      return entry(deps, activity, key, { kind: 'text', text: said }, directConversationToOpen(), {
        receipt: { replyUrl: activity.conversation.id, text: PERSONAL_CHAT_RECEIPT },
      });
    }
    if (threadId) await deps.threads.remember(place.id, threadId);
    return entry(deps, activity, key, { kind: 'text', text: said }, place);
  }
  // Without a mention (the team granted ChannelMessage.Read.Group): only in a reply chain the bot has answered.
  const followUp = threadId !== undefined && text !== '' && (await deps.threads.knows(place.id, threadId));
  return followUp ? entry(deps, activity, key, { kind: 'text', text }, place) : undefined;
}

/**
 * Nothing shows where the person acted when the answer goes elsewhere and nothing else will be said there: typing in
 * a channel would tell everyone in it that someone asked ressec something, and then nothing would follow.
 */
function elsewhere(admission: InboxEntry): InboxEntry {
  const { working: _shownElsewhere, ...target } = admission.target;
  return { ...admission, target };
}

/** On install, whoever added the bot gets the help card in their personal chat. */
export function welcomeAdmission(deps: AdmissionDeps, activity: Activity): InboxEntry | undefined {
  const added = activity.membersAdded ?? [];
  if (!added.some((member) => member.id === activity.recipient?.id)) return undefined;
  const place = placeOf(activity);
  const help: TurnInput = { kind: 'text', text: 'help' };
  if (place.kind === 'dm') return entry(deps, activity, activityKey(activity), help, place);
  return elsewhere(entry(deps, activity, activityKey(activity), help, directConversationToOpen()));
}

/** "Ask research security about this" on a message: the message is the question, answered in the personal chat. */
export function messageActionAdmission(deps: AdmissionDeps, activity: Activity): InboxEntry | undefined {
  const payload = (activity.value as { messagePayload?: { body?: { content?: unknown } } } | undefined)?.messagePayload;
  const content = payload?.body?.content;
  const text = typeof content === 'string' ? plainMessageText(content) : '';
  const key = activityKey(activity);
  if (text === '') {
    return elsewhere({
      ...entry(deps, activity, key, { kind: 'text', text: '' }, directConversationToOpen()),
      replies: [textReply('That message has no text I can read, so there is nothing to ask about.', 'private')],
    });
  }
  return elsewhere(entry(deps, activity, key, { kind: 'text', text }, directConversationToOpen()));
}

/**
 * A button or form on a card. A ticket button carries the ticket's version: Teams may send an invoke again, and the
 * same click on the same version of the ticket is one act however often it arrives.
 */
export function cardActionAdmission(deps: AdmissionDeps, activity: Activity, decoded: DecodedAction): InboxEntry {
  const { input, version } = decoded;
  const ticketId = input.kind === 'action' ? input.value : undefined;
  const key =
    version && ticketId
      ? `ticket:${input.verb}:${ticketId}@${version}:${personOf(activity).id}`
      : activityKey(activity);
  return entry(deps, activity, key, input, placeOf(activity));
}
