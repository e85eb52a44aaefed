// The default: start every configured channel. With no platform credentials, the terminal chat.
import type { CliCommand } from './cli-command.js';
import { runConsoleSession } from './console-session.js';
import { serveChannels } from './serve-channels.js';

export const chatCommand: CliCommand = {
  usage: 'chat',
  summary: 'the interactive terminal chat (the default with no Slack or Teams credentials)',
  async run(_args, io, config, log, channels) {
    const configured = channels.configured();
    if (configured.length > 0) return serveChannels(configured, io, config, log, channels);
    await runConsoleSession(io, config, log);
    return 0;
  },
};
