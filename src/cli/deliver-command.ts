// `ressec deliver`: drain the ticket outbox to the configured sinks until it is empty; `--watch` keeps going
// (until Ctrl-C or SIGTERM); `--retry-dead` first puts dead-lettered deliveries back in the queue.

import { openEscalation } from '../app.js';
import { startDeliveryWorker } from '../escalation/delivery/start-delivery-worker.js';
import { type CliCommand, UsageError } from './cli-command.js';

export const deliverCommand: CliCommand = {
  usage: 'deliver [--watch] [--retry-dead]',
  summary: 'deliver tickets to the desk sinks until the outbox is empty (--watch: keep delivering)',
  async run(args, io, config, log, channels) {
    const unknown = args.filter((arg) => arg !== '--watch' && arg !== '--retry-dead');
    if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}; usage: ressec ${deliverCommand.usage}`);
    const escalation = openEscalation(config, log, { deskSinks: await channels.deskSinks() });
    try {
      if (args.includes('--retry-dead')) {
        const requeued = await escalation.outbox.requeueDead(new Date());
        io.stdout.write(`Requeued ${requeued} dead-lettered deliveries.\n`);
      }
      const before = await escalation.outbox.counts();
      const worker = startDeliveryWorker({ escalation, log, mode: args.includes('--watch') ? 'watch' : 'drain' });
      const stop = () => void worker.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await worker.done;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      const after = await escalation.outbox.counts();
      io.stdout.write(
        `Delivered ${after.delivered - before.delivered}; ${after.dead} dead-lettered, ${after.pending + after.in_flight} still queued (sinks: ${escalation.sinks.map((sink) => sink.name).join(', ')}).\n`,
      );
      return after.dead > 0 ? 1 : 0;
    } finally {
      await escalation.close();
    }
  },
};
