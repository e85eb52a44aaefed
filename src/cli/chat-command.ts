// The default: start every configured channel. With no platform credentials, the terminal chat.
import { buildApp } from '../app.js';
import { ConsoleNotifier } from '../channels/console/console-notifier.js';
import { ansiStyle, plainStyle } from '../channels/console/render-terminal.js';
import { runTerminalChat } from '../channels/console/terminal-chat.js';
import { startDeliveryWorker } from '../escalation/delivery/start-delivery-worker.js';
import type { CliCommand } from './cli-command.js';
import { slackCommand } from './slack-command.js';

export const chatCommand: CliCommand = {
  usage: 'chat',
  summary: 'the interactive terminal chat (the default with no Slack or Teams credentials)',
  async run(args, io, config, log) {
    if (config.slack) return slackCommand.run(args, io, config, log);
    const app = await buildApp(config, log);
    app.notifier.register('console', new ConsoleNotifier(io.stdout, 'local-user', io.isTTY ? ansiStyle : plainStyle));
    // Tickets filed in the chat reach the desk sinks from this process too; `ressec deliver` may run beside it.
    const delivery = startDeliveryWorker({ escalation: app.escalation, log });
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
      await delivery.stop();
      await app.close();
    }
    return 0;
  },
};
