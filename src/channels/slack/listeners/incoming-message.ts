// A user's message, whether it came as `message` or `app_mention` (the inbox lets only the first through):
// DMs are answered in the DM; mentions in the thread; thread follow-ups where the channel opted in; replies in a
// ticket's thread in the desk channel are internal notes on the ticket.
import type { TurnInput } from '../../../core/turn.js';
import type { ReplyTarget } from '../delivery/reply-target.js';
import { isPersonMessage } from '../person-message.js';
import { inboxRun, isDirectMessageChannel, type SlackDeps, slackTurn } from '../slack-deps.js';
import { TICKET_NOTE_VERB, ticketNoteValues } from './ticket-verbs.js';

export interface MessageFields {
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

export function stripMention(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId ? text.replaceAll(`<@${botUserId}>`, ' ') : text;
  return withoutBot.replace(/\s+/g, ' ').trim();
}

type Routing = { input: TurnInput; threadId?: string; target: Omit<ReplyTarget, 'userId'>; remember?: boolean };

async function route(
  deps: SlackDeps,
  message: MessageFields,
  text: string,
  mentioned: boolean,
): Promise<Routing | undefined> {
  const { channel, ts } = message;
  const reactTo = { channel, ts };
  if (message.channel_type === 'im' || isDirectMessageChannel(channel)) {
    const threadTs = message.thread_ts;
    return {
      input: { kind: 'text', text },
      threadId: threadTs,
      target: { channel: { id: channel, threadTs, dm: true }, reactTo },
    };
  }
  const threadTs = message.thread_ts ?? ts;
  const inThread = { channel: { id: channel, threadTs, dm: false }, reactTo };
  if (!mentioned && message.thread_ts && channel === deps.settings.deskChannel) {
    const ticketId = deps.deskCards.ticketForThread(channel, message.thread_ts);
    if (!ticketId) return undefined;
    return {
      input: { kind: 'form', verb: TICKET_NOTE_VERB, values: ticketNoteValues(ticketId, text) },
      threadId: threadTs,
      target: inThread,
    };
  }
  if (mentioned)
    return { input: { kind: 'text', text: text || 'help' }, threadId: threadTs, target: inThread, remember: true };
  const followUp =
    message.thread_ts !== undefined &&
    deps.settings.threadFollowupChannels.includes(channel) &&
    (await deps.threads.knows(channel, message.thread_ts));
  return followUp ? { input: { kind: 'text', text }, threadId: threadTs, target: inThread } : undefined;
}

export async function handleIncomingMessage(
  deps: SlackDeps,
  message: MessageFields,
  context: { botUserId?: string },
): Promise<void> {
  if (!message.user || !isPersonMessage(message) || message.user === context.botUserId) return;
  const raw = message.text ?? '';
  const mentioned =
    message.type === 'app_mention' || (context.botUserId !== undefined && raw.includes(`<@${context.botUserId}>`));
  const text = stripMention(raw, context.botUserId);
  const routing = await route(deps, message, text, mentioned);
  if (!routing) return;
  if (routing.input.kind === 'text' && routing.input.text === '') return;
  const { key, receivedAt } = inboxRun(deps, context);
  const kind = routing.target.channel?.dm ? 'dm' : 'channel';
  const turn = slackTurn(
    key ?? `message:${message.channel}:${message.ts}`,
    message.user,
    { id: message.channel, threadId: routing.threadId, kind },
    routing.input,
    receivedAt,
  );
  if (routing.remember && routing.threadId) await deps.threads.remember(message.channel, routing.threadId);
  await deps.turns.run({ key, turn, target: { userId: message.user, ...routing.target } });
}
