// The answer thread: the whole core (knowledge, answering, intake, escalation and its delivery worker) and a
// channel's answering half (its deliverer, notifier and desk sink), working off the turns the acknowledging thread
// admitted. It reports its queue depth, and answers the acknowledging thread's few calls.
import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { buildApp } from '../../../app.js';
import { ConfigError } from '../../../config.js';
import { startDeliveryWorker } from '../../../escalation/delivery/start-delivery-worker.js';
import { createLogger } from '../../../log.js';
import type { ChannelModule } from '../channel.js';
import { ChannelRuntime } from '../channel-runtime.js';
import { openInbox } from '../open-inbox.js';
import { loopSaturation } from './loop-saturation.js';
import type { AnswerThreadData, Call, FromAnswerThread, ToAnswerThread } from './messages.js';
import { yieldToAcknowledgements } from './yield-to-acknowledgements.js';

const DEPTH_INTERVAL_MS = 100;

async function main(port: NonNullable<typeof parentPort>, data: AnswerThreadData): Promise<void> {
  yieldToAcknowledgements();
  const { config, platform } = data;
  const destination = data.logFile
    ? pino.destination({ dest: data.logFile, sync: false, mkdir: true })
    : pino.destination(2);
  const log = createLogger({ level: config.log.level, format: 'json', destination }).child({ component: 'answers' });
  const send = (message: FromAnswerThread) => port.postMessage(message);

  const app = await buildApp(config, log);
  const module = (await import(data.channel.moduleUrl))[data.channel.exportName] as ChannelModule;
  if (!module.answering) throw new Error(`the ${platform} channel has no answering half`);
  const inbox = openInbox(config, platform, log);
  const runtime = new ChannelRuntime({
    platform,
    inbox: inbox.inbox,
    router: app.router,
    state: app.state.state,
    log,
    ...data.policy,
    // No new turn starts while this thread has no CPU to spare: first signs and deliveries keep flowing.
    saturated: loopSaturation(),
  });
  const core = { config, log, router: app.router, state: app.state.state };
  const answering = module.answering(core, runtime.forms, data.channelOptions);
  app.notifier.register(platform, answering.notifier);
  if (answering.deskSink) app.escalation.registerSink(answering.deskSink);
  runtime.start(answering.deliverer);
  const delivery = startDeliveryWorker({ escalation: app.escalation, log });

  let reported = -1;
  const report = () => {
    if (runtime.depth === reported) return;
    reported = runtime.depth;
    send({ type: 'depth', queued: reported });
  };
  const depth = setInterval(report, DEPTH_INTERVAL_MS);

  const answer = async (call: Call): Promise<unknown> => {
    switch (call.method) {
      case 'replies':
        return runtime.replies(call.key);
      case 'saveReplies':
        return runtime.saveReplies(call.key, call.replies);
      case 'notify':
        return app.notifier.notify(call.recipient, call.reply);
      case 'idle': {
        const idle = await runtime.idle(call.timeoutMs);
        // Reported before the answer, so that the caller sees the queue as it is now.
        report();
        return idle;
      }
    }
  };

  const stop = async () => {
    clearInterval(depth);
    await runtime.stop();
    await delivery.stop();
    inbox.close();
    await app.close();
    port.close();
  };

  port.on('message', (message: ToAnswerThread) => {
    if (message.type === 'run') runtime.take({ key: message.key, lane: message.lane }, message.signed);
    else if (message.type === 'sign') runtime.signNow(message.key);
    else if (message.type === 'call') {
      answer(message).then(
        (value) => send({ type: 'result', id: message.id, value }),
        (error: unknown) => send({ type: 'failed', id: message.id, message: (error as Error).message }),
      );
    } else if (message.type === 'stop') void stop();
  });
  send({ type: 'ready', owner: runtime.leaseOwner, capacity: runtime.capacity, leaseMs: runtime.leaseMs });
}

if (parentPort) {
  const port = parentPort;
  main(port, workerData as AnswerThreadData).catch((error: unknown) => {
    const problems = error instanceof ConfigError ? error.problems : undefined;
    port.postMessage({ type: 'fatal', message: (error as Error).message, problems } satisfies FromAnswerThread);
    process.exitCode = 1;
    port.close();
  });
}
