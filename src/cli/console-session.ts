// The terminal chat with everything a session needs around it: console notifications and the delivery worker,
// so tickets filed in the chat or at the end of a check reach the desk sinks from this process. The prompt comes
// first and the core (the guidance, its index, the stores) is built while the user types.
import type { App } from '../app.js';
import { ConsoleNotifier } from '../channels/console/console-notifier.js';
import { TerminalChat } from '../channels/console/terminal-chat.js';
import type { Config } from '../config.js';
import type { RunningDeliveryWorker } from '../escalation/delivery/start-delivery-worker.js';
import type { Sink } from '../escalation/sinks/sink.js';
import type { Logger } from '../log.js';
import type { CliIo } from './cli-command.js';

export async function runConsoleSession(
  io: CliIo,
  config: Config,
  log: Logger,
  options: { initialInput?: string; deskSinks?: Sink[] } = {},
): Promise<void> {
  let app: App | undefined;
  let delivery: RunningDeliveryWorker | undefined;
  const chat: TerminalChat = new TerminalChat({
    router: async () => {
      // Loaded here, after the prompt: the core's modules alone take a good part of a second to load.
      const [{ buildApp }, { startDeliveryWorker }] = await Promise.all([
        import('../app.js'),
        import('../escalation/delivery/start-delivery-worker.js'),
      ]);
      app = await buildApp(config, log, { deskSinks: options.deskSinks });
      delivery = startDeliveryWorker({ escalation: app.escalation, log });
      app.notifier.register('console', new ConsoleNotifier('local-user', (reply) => chat.notify(reply)));
      const note = [
        `${app.knowledge.documents.length} guidance documents loaded; ${app.answers.mode} answers.`,
        ...app.institutionLists.map(
          (list) => `Your list "${list.title}" (${list.entries} entries, ${list.file}) replaces the built-in one.`,
        ),
        ...app.corpusProblems.map((problem) => `⚠ skipped ${problem.file}: ${problem.message}`),
      ].join('\n');
      return { router: app.router, note };
    },
    log,
    input: io.stdin,
    output: io.stdout,
    color: io.isTTY,
    initialInput: options.initialInput,
    greeting: options.initialInput ? undefined : `ressec, the research security assistant (data in ${config.dataDir}).`,
  });
  try {
    await chat.run();
  } finally {
    await delivery?.stop();
    await app?.close();
  }
}
