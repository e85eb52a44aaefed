// The message shortcut "Ask research security about this": the message's text becomes a question, answered in the
// user's DM with the bot (the channel never sees it); a private note in the channel says where the answer is.
import type { App, MessageShortcut } from '@slack/bolt';
import { postToResponseUrl } from '../delivery/response-url.js';
import { inboxRun, type SlackDeps, slackTurn } from '../slack-deps.js';
import { stripMention } from './incoming-message.js';

export const ASK_SHORTCUT_CALLBACK_ID = 'ask_research_security';

export function registerMessageShortcut(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(ASK_SHORTCUT_CALLBACK_ID, async ({ shortcut, context }) => {
    const { key, receivedAt } = inboxRun(deps, context);
    const userId = shortcut.user.id;
    const question = stripMention(shortcut.message.text ?? '', context.botUserId);
    if (question === '') {
      await postToResponseUrl(shortcut.response_url, {
        response_type: 'ephemeral',
        text: 'That message has no text I can read.',
      });
      return;
    }
    const dm = await deps.directMessages.channelFor(userId);
    const turn = slackTurn(
      key ?? `shortcut:${shortcut.trigger_id}`,
      userId,
      { id: dm, kind: 'dm' },
      { kind: 'text', text: question },
      receivedAt,
    );
    await deps.turns.run({
      key,
      turn,
      target: {
        userId,
        channel: { id: dm, dm: true },
        trigger: { id: shortcut.trigger_id, receivedAt, inModal: false },
      },
    });
    await postToResponseUrl(shortcut.response_url, {
      response_type: 'ephemeral',
      text: 'I have answered in your direct messages with me.',
    }).catch(() => undefined);
  });
}
