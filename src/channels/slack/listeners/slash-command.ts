// `/ressec <question>`, `/ressec check [flow]`, `/ressec tickets`, `/ressec help`: the text after the command is a
// text turn, so the router decides (as in any chat) whether it names a command; replies come back privately. A
// question is acknowledged at once with "looking into it" (answers take seconds; commands do not).
import { isDirectMessageChannel, type SlackDeps, slackTurn } from '../slack-deps.js';
import type { SlackListeners } from './slack-listeners.js';

export const SLASH_COMMAND = '/ressec';
export const WORKING_TEXT = '👀 Looking into it…';

interface CommandFields {
  text?: string;
  user_id?: string;
  channel_id?: string;
  trigger_id?: string;
  response_url?: string;
}

export function slashCommandText(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? 'help' : trimmed;
}

export function registerSlashCommand(app: SlackListeners, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async (payload, context) => {
    const command = payload as CommandFields;
    const { user_id: userId, channel_id: channel, trigger_id: trigger } = command;
    if (!userId || !channel || !trigger) return undefined;
    const key = `command:${trigger}`;
    const text = slashCommandText(command.text);
    const conversation = {
      id: channel,
      kind: isDirectMessageChannel(channel) ? ('dm' as const) : ('channel' as const),
    };
    const turn = slackTurn(key, userId, conversation, { kind: 'text', text }, context.receivedAt);
    return {
      entry: {
        key,
        lane: userId,
        turn,
        target: {
          userId,
          replyUrl: command.response_url,
          trigger: { id: trigger, receivedAt: context.receivedAt, inDialog: false },
        },
      },
      acknowledgement: () =>
        deps.router.matchCommand(text) ? undefined : { response_type: 'ephemeral', text: WORKING_TEXT },
    };
  });
}
