// The default: start every configured channel. With no platform credentials, the terminal chat, whose prompt comes
// before the core is loaded; so serving channels, which loads the core at once, is imported only when it runs.
import type { CliCommand } from './cli-command.js';
import { runConsoleSession } from './console-session.js';

export const chatCommand: CliCommand = {
  usage: 'chat',
  summary: 'the interactive terminal chat (the default with no Slack or Teams credentials)',
  async run(_args, io, config, log, channels) {
    const configured = channels.configured();
    if (configured.length > 0) {
      const { serveChannels } = await import('./serve-channels.js');
      return serveChannels(configured, io, config, log, channels);
    }
    await runConsoleSession(io, config, log);
    return 0;
  },
};
