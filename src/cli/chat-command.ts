// The default: start every configured channel. With no platform credentials, the terminal chat.
import type { CliCommand } from './cli-command.js';
import { runConsoleSession } from './console-session.js';
import { slackCommand } from './slack-command.js';

export const chatCommand: CliCommand = {
  usage: 'chat',
  summary: 'the interactive terminal chat (the default with no Slack or Teams credentials)',
  async run(args, io, config, log) {
    if (config.slack) return slackCommand.run(args, io, config, log);
    await runConsoleSession(io, config, log);
    return 0;
  },
};
