// Composes escalation: the SQL store and outbox in ressec.sqlite, the sinks (configured ones plus any a channel
// registers, such as a desk-channel sink), and the service the router and CLI use.
import type { Config } from '../config.js';
import { type Notifier, NotifierHub } from '../core/notifier.js';
import type { Logger } from '../log.js';
import { migrate, openSqlDatabase, type SqlDatabase, sqlDatabasePath } from '../store/sql-database.js';
import type { Outbox } from './delivery/outbox.js';
import { EscalationService } from './escalation-service.js';
import { purgeClosedTickets } from './retention.js';
import { DeskRoster } from './roles.js';
import { configuredSinks } from './sinks/configured-sinks.js';
import { type Sink, sinksFor } from './sinks/sink.js';
import { ESCALATION_MIGRATIONS, ESCALATION_MODULE } from './sqlite/escalation-migrations.js';
import { SqliteOutbox } from './sqlite/sqlite-outbox.js';
import { SqliteTicketStore } from './sqlite/sqlite-ticket-store.js';
import type { TicketStore } from './ticket-store.js';

export interface EscalationOptions {
  config: Pick<Config, 'dataDir' | 'desk' | 'tickets' | 'sinks'>;
  log: Logger;
  notifier?: Notifier;
  /** Sinks beyond the configured ones (e.g. a Slack desk channel); more can be added with `registerSink`. */
  extraSinks?: Sink[];
  /** Overrides `ressec.sqlite` in the data folder (`:memory:` in tests). */
  databaseFile?: string;
  now?: () => Date;
}

export interface Escalation {
  service: EscalationService;
  store: TicketStore;
  outbox: Outbox;
  database: SqlDatabase;
  /** The live list: a sink registered later gets rows for events from then on. */
  readonly sinks: readonly Sink[];
  maxDeliveryAttempts: number;
  registerSink(sink: Sink): void;
  purgeClosed(now?: Date): Promise<number>;
  /** Called whenever rows are added to the outbox in this process; returns an unsubscribe function. */
  onOutboxWrite(listener: () => void): () => void;
  close(): Promise<void>;
}

export function createEscalation(options: EscalationOptions): Escalation {
  const { config } = options;
  const log = options.log.child({ component: 'escalation' });
  const database = openSqlDatabase(options.databaseFile ?? sqlDatabasePath(config.dataDir));
  migrate(database, ESCALATION_MODULE, ESCALATION_MIGRATIONS);

  const sinks: Sink[] = [];
  const registerSink = (sink: Sink) => {
    if (sinks.some((existing) => existing.name === sink.name))
      throw new Error(`a sink named "${sink.name}" is already registered`);
    sinks.push(sink);
  };
  for (const sink of [...configuredSinks(config), ...(options.extraSinks ?? [])]) registerSink(sink);

  const listeners = new Set<() => void>();
  const store = new SqliteTicketStore(database, { route: (type) => sinksFor(sinks, type) });
  const service = new EscalationService({
    store,
    roster: new DeskRoster(config.desk.members),
    notifier: options.notifier ?? new NotifierHub(),
    log,
    now: options.now,
    onOutboxWrite: () => {
      for (const listener of listeners) listener();
    },
  });

  return {
    service,
    store,
    outbox: new SqliteOutbox(database),
    database,
    sinks,
    maxDeliveryAttempts: config.tickets.maxDeliveryAttempts,
    registerSink,
    purgeClosed: (now = options.now?.() ?? new Date()) =>
      purgeClosedTickets(store, config.tickets.retentionDays, now, log),
    onOutboxWrite(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await Promise.all(sinks.map((sink) => sink.close?.()));
      database.close();
    },
  };
}
