// The terminal chat with everything a session needs around it: console notifications and the delivery worker,
// so tickets filed in the chat or at the end of a check reach the desk sinks from this process.
import { buildApp } from '../app.js';
import { ConsoleNotifier } from '../channels/console/console-notifier.js';
import { TerminalChat } from '../channels/console/terminal-chat.js';
import type { Config } from '../config.js';
import { startDeliveryWorker } from '../escalation/delivery/start-delivery-worker.js';
import type { Sink } from '../escalation/sinks/sink.js';
import type { Logger } from '../log.js';
import type { CliIo } from './cli-command.js';

export async function runConsoleSession(
  io: CliIo,
  config: Config,
  log: Logger,
  options: { initialInput?: string; deskSinks?: Sink[] } = {},
): Promise<void> {
  const app = await buildApp(config, log, { deskSinks: options.deskSinks });
  const delivery = startDeliveryWorker({ escalation: app.escalation, log });
  try {
    const chat = new TerminalChat({
      router: app.router,
      log,
      input: io.stdin,
      output: io.stdout,
      color: io.isTTY,
      initialInput: options.initialInput,
      greeting: options.initialInput
        ? undefined
        : [
            `ressec, the research security assistant (${app.answers.mode} answers, ${app.knowledge.documents.length} guidance documents; data in ${config.dataDir}).`,
            ...app.corpusProblems.map((problem) => `⚠ skipped ${problem.file}: ${problem.message}`),
          ].join('\n'),
    });
    app.notifier.register('console', new ConsoleNotifier('local-user', (reply) => chat.notify(reply)));
    await chat.run();
  } finally {
    await delivery.stop();
    await app.close();
  }
}
