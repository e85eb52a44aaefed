// The default: start every configured channel. With no platform credentials, the terminal chat.
import { buildApp } from '../app.js';
import { runTerminalChat } from '../channels/console/terminal-chat.js';
import type { CliCommand } from './cli-command.js';

export const chatCommand: CliCommand = {
  usage: 'chat',
  summary: 'the interactive terminal chat (the default with no Slack or Teams credentials)',
  async run(_args, io, config, log) {
    const app = await buildApp(config, log);
    try {
      await runTerminalChat({
        router: app.router,
        log,
        input: io.stdin,
        output: io.stdout,
        color: io.isTTY,
        greeting: `ressec, the research security assistant (${app.answers.mode} answers, ${app.knowledge.documents.length} guidance documents).`,
      });
    } finally {
      await app.close();
    }
    return 0;
  },
};
