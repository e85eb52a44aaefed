// Where a button was clicked, as the conversation its turn belongs to and the place its replies go: a message in a
// DM or a channel thread, an ephemeral message (replies through its response_url), the home tab, or a modal.
import type { TurnConversation } from '../../../core/turn.js';
import { parseFormContext, type ReplyTarget } from '../delivery/reply-target.js';
import { isDirectMessageChannel, type SlackDeps } from '../slack-deps.js';

export interface ActionPayload {
  user: { id: string };
  trigger_id?: string;
  response_url?: string;
  container?: { type?: string; channel_id?: string; message_ts?: string; thread_ts?: string; is_ephemeral?: boolean };
  message?: { ts?: string; thread_ts?: string };
  channel?: { id?: string };
  view?: { type?: string; private_metadata?: string };
}

export interface ActionOrigin {
  conversation: TurnConversation;
  target: ReplyTarget;
}

export async function actionOrigin(
  deps: SlackDeps,
  body: ActionPayload,
  receivedAt: number,
): Promise<ActionOrigin | undefined> {
  const userId = body.user.id;
  const inModal = body.view?.type === 'modal';
  const trigger = body.trigger_id ? { id: body.trigger_id, receivedAt, inModal } : undefined;
  if (body.view) {
    if (inModal) {
      const context = parseFormContext(body.view.private_metadata);
      return context ? { conversation: context.conversation, target: { ...context.target, trigger } } : undefined;
    }
    const dm = await deps.directMessages.channelFor(userId);
    return { conversation: { id: dm, kind: 'dm' }, target: { userId, channel: { id: dm, dm: true }, trigger } };
  }
  const channel = body.container?.channel_id ?? body.channel?.id;
  if (!channel) return undefined;
  const dm = isDirectMessageChannel(channel);
  const threadTs = body.container?.thread_ts ?? body.message?.thread_ts;
  if (body.container?.is_ephemeral) {
    return {
      conversation: { id: channel, threadId: threadTs, kind: dm ? 'dm' : 'channel' },
      target: { userId, responseUrl: body.response_url, trigger },
    };
  }
  if (dm) {
    return {
      conversation: { id: channel, threadId: threadTs, kind: 'dm' },
      target: { userId, channel: { id: channel, threadTs, dm }, trigger },
    };
  }
  // In channels the bot only writes in threads; a top-level message with buttons is a desk card, whose thread it opens.
  const messageTs = body.container?.message_ts ?? body.message?.ts;
  const thread = threadTs ?? messageTs;
  return {
    conversation: { id: channel, threadId: thread, kind: 'channel' },
    target: { userId, channel: { id: channel, threadTs: thread, dm, privateAtTop: threadTs === undefined }, trigger },
  };
}
