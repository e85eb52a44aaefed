// `ressec tickets [--json]`: the desk's view (open tickets, outbox state, dead-lettered deliveries);
// `ressec tickets export <id>`: one ticket with its audit trail and deliveries, as JSON for the records.
import { openEscalation } from '../app.js';
import { STATUS_LABELS } from '../escalation/lifecycle.js';
import { parseTicketId } from '../escalation/ticket-id.js';
import { type CliCommand, UsageError } from './cli-command.js';

export const ticketsCommand: CliCommand = {
  usage: 'tickets [--json] [--all] | tickets export <id>',
  summary: 'for the desk: open tickets (--all: closed too) and dead-lettered deliveries; export one ticket as JSON',
  async run(args, io, config, log) {
    const escalation = openEscalation(config, log);
    try {
      if (args[0] === 'export') {
        const id = parseTicketId(args[1] ?? '');
        if (!id) throw new UsageError('usage: ressec tickets export <id>  (ids look like RS-2026-0042)');
        const ticket = await escalation.store.get(id);
        if (!ticket) {
          io.stderr.write(`ressec: no ticket ${id}\n`);
          return 1;
        }
        const deliveries = await escalation.outbox.list({ ticketId: id });
        io.stdout.write(`${JSON.stringify({ exportedAt: new Date().toISOString(), ticket, deliveries }, null, 2)}\n`);
        return 0;
      }
      const unknown = args.filter((arg) => arg !== '--json' && arg !== '--all');
      if (unknown.length > 0)
        throw new UsageError(`unknown option ${unknown[0]}; usage: ressec ${ticketsCommand.usage}`);
      const tickets = await escalation.store.list({ openOnly: !args.includes('--all') });
      const deliveries = await escalation.outbox.counts();
      const deadLetters = await escalation.outbox.list({ states: ['dead'] });
      if (args.includes('--json')) {
        io.stdout.write(`${JSON.stringify({ tickets, deliveries, deadLetters })}\n`);
        return 0;
      }
      io.stdout.write(`${args.includes('--all') ? 'Tickets' : 'Open tickets'} (${tickets.length})\n`);
      for (const ticket of tickets) {
        const who = ticket.requester.name ?? `${ticket.requester.platform}:${ticket.requester.userId}`;
        const assignee = ticket.assignee ? ` · ${ticket.assignee.name ?? ticket.assignee.userId}` : ' · unassigned';
        const deadline = ticket.deadline ? ` · due ${ticket.deadline}` : '';
        io.stdout.write(
          `  ${ticket.id}  ${STATUS_LABELS[ticket.status].padEnd(17)} ${ticket.priority.padEnd(6)} ${ticket.subject}\n      from ${who}${assignee}${deadline} · updated ${ticket.updatedAt}\n`,
        );
      }
      io.stdout.write(
        `Deliveries: ${deliveries.pending} pending, ${deliveries.in_flight} in flight, ${deliveries.delivered} delivered, ${deliveries.dead} dead-lettered\n`,
      );
      if (deadLetters.length > 0) {
        io.stdout.write(`Dead-lettered deliveries (${deadLetters.length}): the desk did not receive these\n`);
        for (const row of deadLetters) {
          io.stdout.write(
            `  ${row.ticketId}  ${row.sink.padEnd(8)} ${row.eventType.padEnd(24)} ${row.attempts} attempt(s), last error ${row.lastError ?? '?'}  (${row.id})\n`,
          );
        }
        io.stdout.write('  Fix the sink, then retry them with: ressec deliver --retry-dead\n');
      }
      return 0;
    } finally {
      await escalation.close();
    }
  },
};
