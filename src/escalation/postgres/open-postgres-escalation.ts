// Escalation's storage on PostgreSQL: the ticket store and outbox on the process's shared pool, migrated once (under
// the advisory lock) as the process starts, and wake-ups from every replica that writes to the outbox.
import type { Logger } from '../../log.js';
import { openPostgres } from '../../store/postgres/postgres-database.js';
import type { Readiness } from '../../store/readiness.js';
import type { Outbox } from '../delivery/outbox.js';
import { ESCALATION_MODULE } from '../sqlite/escalation-migrations.js';
import type { TicketEventType } from '../ticket-event.js';
import type { TicketStore } from '../ticket-store.js';
import { OUTBOX_CHANNEL, POSTGRES_ESCALATION_MIGRATIONS } from './escalation-migrations.js';
import { PostgresOutbox } from './postgres-outbox.js';
import { PostgresTicketStore } from './postgres-ticket-store.js';

export interface PostgresEscalationStorage {
  store: TicketStore;
  outbox: Outbox;
  /** Wakes `listener` whenever any replica writes outbox rows; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  readiness(): Promise<Readiness>;
  close(): Promise<void>;
}

export function openPostgresEscalation(
  url: string,
  log: Logger,
  route: (type: TicketEventType) => readonly string[],
): PostgresEscalationStorage {
  const handle = openPostgres(url, log);
  const { database } = handle;
  const ready = () => database.migrate(ESCALATION_MODULE, POSTGRES_ESCALATION_MIGRATIONS);
  // Migrate now rather than on the first ticket; a database that is down is retried on the next call.
  ready().catch((error: unknown) => {
    log.error({ event: 'migration-failed', err: error as Error }, 'escalation tables could not be migrated');
  });
  return {
    store: new PostgresTicketStore(database, ready, { route }),
    outbox: new PostgresOutbox(database.pool, ready),
    subscribe: (listener) => database.listen(OUTBOX_CHANNEL, listener),
    readiness: () => database.readiness(),
    close: () => handle.release(),
  };
}
