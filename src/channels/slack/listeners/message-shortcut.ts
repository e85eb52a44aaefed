// The message shortcut "Ask research security about this": the message's text becomes a question, answered in the
// user's DM with the app (the channel never sees it); a private note where it was used says where the answer is.
import { textReply } from '../../../core/reply.js';
import { directConversationToOpen } from '../../runtime/reply-target.js';
import { isDirectMessageChannel, slackTurn } from '../slack-deps.js';
import { stripMention } from './incoming-message.js';
import type { SlackListeners } from './slack-listeners.js';

export const ASK_SHORTCUT_CALLBACK_ID = 'ask_research_security';

interface ShortcutFields {
  trigger_id?: string;
  response_url?: string;
  user?: { id?: string };
  channel?: { id?: string };
  message?: { text?: string };
}

export function registerMessageShortcut(app: SlackListeners): void {
  app.shortcut(ASK_SHORTCUT_CALLBACK_ID, async (payload, context) => {
    const shortcut = payload as ShortcutFields;
    const userId = shortcut.user?.id;
    const trigger = shortcut.trigger_id;
    if (!userId || !trigger) return undefined;
    const key = `shortcut:${trigger}`;
    const question = stripMention(shortcut.message?.text ?? '', context.botUserId);
    if (question === '') {
      // Nothing to ask the core: the only reply is known now, and goes back where the shortcut was used.
      const channel = shortcut.channel?.id ?? '';
      const conversation = {
        id: channel,
        kind: isDirectMessageChannel(channel) ? ('dm' as const) : ('channel' as const),
      };
      return {
        entry: {
          key,
          lane: userId,
          turn: slackTurn(key, userId, conversation, { kind: 'text', text: '' }, context.receivedAt),
          target: { userId, replyUrl: shortcut.response_url },
          replies: [textReply('That message has no text I can read.', 'private')],
        },
      };
    }
    const turn = slackTurn(
      key,
      userId,
      directConversationToOpen(),
      { kind: 'text', text: question },
      context.receivedAt,
    );
    const receipt = shortcut.response_url
      ? { replyUrl: shortcut.response_url, text: 'I have answered in your direct messages with me.' }
      : undefined;
    return {
      entry: {
        key,
        lane: userId,
        turn,
        target: { userId, trigger: { id: trigger, receivedAt: context.receivedAt, inDialog: false }, receipt },
      },
    };
  });
}
