// `/ressec <question>`, `/ressec check [flow]`, `/ressec tickets`, `/ressec help`: the text after the command is a
// text turn, so the router decides (as in any chat) whether it names a command; replies come back privately.
import type { App } from '@slack/bolt';
import { inboxRun, isDirectMessageChannel, type SlackDeps, slackTurn } from '../slack-deps.js';

export const SLASH_COMMAND = '/ressec';

export function slashCommandText(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? 'help' : trimmed;
}

export function registerSlashCommand(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, async ({ command, context }) => {
    const { key, receivedAt } = inboxRun(deps, context);
    const conversation = {
      id: command.channel_id,
      kind: isDirectMessageChannel(command.channel_id) ? ('dm' as const) : ('channel' as const),
    };
    const input = { kind: 'text' as const, text: slashCommandText(command.text) };
    const turn = slackTurn(key ?? `command:${command.trigger_id}`, command.user_id, conversation, input, receivedAt);
    await deps.turns.run({
      key,
      turn,
      target: {
        userId: command.user_id,
        responseUrl: command.response_url,
        trigger: { id: command.trigger_id, receivedAt, inModal: false },
      },
    });
  });
}
