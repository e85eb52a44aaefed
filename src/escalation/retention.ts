// Retention: closed tickets, with their audit trail and outbox rows, are deleted after the configured period.
import type { Logger } from '../log.js';
import type { TicketStore } from './ticket-store.js';

const DAY_MS = 24 * 3_600_000;

export async function purgeClosedTickets(
  store: TicketStore,
  retentionDays: number,
  now: Date,
  log: Logger,
): Promise<number> {
  const purged = await store.purgeClosedBefore(new Date(now.getTime() - retentionDays * DAY_MS));
  log.info({ event: 'tickets-purged', purged }, 'closed tickets past retention purged');
  return purged;
}
