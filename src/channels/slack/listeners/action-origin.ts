// Where a button was clicked, as the conversation its turn belongs to and the place its replies go: a message in a
// DM or a channel thread, an ephemeral message (replies through its response_url), the home tab, or a modal.
import type { TurnConversation } from '../../../core/turn.js';
import { parseFormContext } from '../../runtime/form-memory.js';
import { directConversationToOpen, type ReplyTarget } from '../../runtime/reply-target.js';
import { isDirectMessageChannel } from '../slack-deps.js';

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

export function actionOrigin(body: ActionPayload, receivedAt: number): ActionOrigin | undefined {
  const userId = body.user.id;
  const inDialog = body.view?.type === 'modal';
  const trigger = body.trigger_id ? { id: body.trigger_id, receivedAt, inDialog } : undefined;
  if (body.view) {
    if (inDialog) {
      const context = parseFormContext(body.view.private_metadata);
      return context ? { conversation: context.conversation, target: { ...context.target, trigger } } : undefined;
    }
    // The home tab: the turn belongs to the user's DM with the app, opened when the turn runs.
    return { conversation: directConversationToOpen(), target: { userId, trigger } };
  }
  const channel = body.container?.channel_id ?? body.channel?.id;
  if (!channel) return undefined;
  const dm = isDirectMessageChannel(channel);
  const threadTs = body.container?.thread_ts ?? body.message?.thread_ts;
  if (body.container?.is_ephemeral) {
    return {
      conversation: { id: channel, threadId: threadTs, kind: dm ? 'dm' : 'channel' },
      target: { userId, replyUrl: body.response_url, trigger },
    };
  }
  if (dm) {
    const conversation = { id: channel, threadId: threadTs, kind: 'dm' as const };
    return { conversation, target: { userId, conversation, trigger } };
  }
  // In channels the app only writes in threads; a top-level message with buttons is a desk card, whose thread it opens.
  const messageTs = body.container?.message_ts ?? body.message?.ts;
  const thread = threadTs ?? messageTs;
  return {
    conversation: { id: channel, threadId: thread, kind: 'channel' },
    target: {
      userId,
      conversation: { id: channel, threadId: thread, kind: 'channel', privateAtTop: threadTs === undefined },
      trigger,
    },
  };
}
