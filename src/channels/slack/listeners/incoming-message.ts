// A user's message, whether it came as `message` or `app_mention` (both carry the same key, so the inbox lets only
// the first through): DMs are answered in the DM; mentions in the thread; thread follow-ups where the channel opted
// in; replies in a ticket's thread in the desk channel are internal notes on the ticket (its note form, filled in).
import type { TurnInput } from '../../../core/turn.js';
import { TICKET_VERBS } from '../../../escalation/ticket-verbs.js';
import type { TargetConversation } from '../../runtime/reply-target.js';
import { isDirectMessageChannel, type SlackDeps, slackTurn } from '../slack-deps.js';
import type { Admission, ListenerContext, Payload, SlackListeners } from './slack-listeners.js';

interface MessageFields {
  type: string;
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
}

/** Message subtypes that are still a person writing. */
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/** A person writing: not the app, another bot, an edit or a deletion. */
function isPersonMessage(message: MessageFields): boolean {
  if (typeof message.user !== 'string' || message.bot_id !== undefined) return false;
  return PERSON_SUBTYPES.has(typeof message.subtype === 'string' ? message.subtype : undefined);
}

export function stripMention(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId ? text.replaceAll(`<@${botUserId}>`, ' ') : text;
  return withoutBot.replace(/\s+/g, ' ').trim();
}

type Routing = { input: TurnInput; conversation: TargetConversation; remember?: boolean };

async function route(
  deps: SlackDeps,
  message: MessageFields,
  text: string,
  mentioned: boolean,
): Promise<Routing | undefined> {
  const { channel, ts } = message;
  if (message.channel_type === 'im' || isDirectMessageChannel(channel)) {
    return { input: { kind: 'text', text }, conversation: { id: channel, threadId: message.thread_ts, kind: 'dm' } };
  }
  const inThread: TargetConversation = { id: channel, threadId: message.thread_ts ?? ts, kind: 'channel' };
  if (!mentioned && message.thread_ts && channel === deps.settings.deskChannel) {
    const ticketId = (await deps.deskCards.byMessage(channel, message.thread_ts))?.ticketId;
    if (!ticketId) return undefined;
    return {
      input: { kind: 'form', verb: TICKET_VERBS.note, values: { ticketId, message: text } },
      conversation: inThread,
    };
  }
  if (mentioned) return { input: { kind: 'text', text: text || 'help' }, conversation: inThread, remember: true };
  const followUp =
    message.thread_ts !== undefined &&
    deps.settings.threadFollowupChannels.includes(channel) &&
    (await deps.intake.threads.knows(channel, message.thread_ts));
  return followUp ? { input: { kind: 'text', text }, conversation: inThread } : undefined;
}

async function messageAdmission(
  deps: SlackDeps,
  event: Payload,
  context: ListenerContext,
): Promise<Admission | undefined> {
  const message = event as unknown as MessageFields;
  const { botUserId } = context;
  if (!message.user || !message.channel || !message.ts || !isPersonMessage(message) || message.user === botUserId)
    return undefined;
  const raw = message.text ?? '';
  const mentioned = message.type === 'app_mention' || (botUserId !== undefined && raw.includes(`<@${botUserId}>`));
  const text = stripMention(raw, botUserId);
  const routing = await route(deps, message, text, mentioned);
  if (!routing || (routing.input.kind === 'text' && routing.input.text === '')) return undefined;
  const { conversation } = routing;
  if (routing.remember && conversation.threadId)
    await deps.intake.threads.remember(message.channel, conversation.threadId);
  // The message itself is the key: a mention arrives as app_mention and as message, with different event ids.
  const key = `message:${message.channel}:${message.ts}`;
  const turn = slackTurn(
    key,
    message.user,
    { id: conversation.id, threadId: conversation.threadId, kind: conversation.kind },
    routing.input,
    context.receivedAt,
  );
  return {
    entry: {
      key,
      lane: message.user,
      turn,
      target: {
        userId: message.user,
        conversation,
        // 👀 goes up as soon as the answering side hears of the stored turn, not when a queue has room for it: under
        // overload a turn can wait in the inbox for many seconds, and the user should see at once that it arrived.
        working: { conversationId: message.channel, messageId: message.ts, shownOnAdmission: true },
      },
    },
  };
}

export function registerMessages(app: SlackListeners, deps: SlackDeps): void {
  app.event('message', (event, _envelope, context) => messageAdmission(deps, event, context));
  app.event('app_mention', (event, _envelope, context) => messageAdmission(deps, event, context));
}
