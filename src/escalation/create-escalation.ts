// Composes escalation: the SQL store and outbox (in ressec.sqlite, or in PostgreSQL when RESSEC_DATABASE_URL is set), the sinks (configured ones plus any a channel
// registers, such as a desk-channel sink), and the service the router and CLI use.
import type { Config } from '../config.js';
import { type Notifier, NotifierHub } from '../core/notifier.js';
import type { Logger } from '../log.js';
import type { Readiness } from '../store/readiness.js';
import { migrate, openSqlDatabase, sqlDatabasePath } from '../store/sql-database.js';
import type { Outbox } from './delivery/outbox.js';
import { DeskRoutes } from './desk-routes.js';
import { EscalationService } from './escalation-service.js';
import { openPostgresEscalation } from './postgres/open-postgres-escalation.js';
import { purgeClosedTickets } from './retention.js';
import { DeskRoster } from './roles.js';
import { configuredSinks } from './sinks/configured-sinks.js';
import { type Sink, sinksFor } from './sinks/sink.js';
import { ESCALATION_MIGRATIONS, ESCALATION_MODULE } from './sqlite/escalation-migrations.js';
import { SqliteOutbox } from './sqlite/sqlite-outbox.js';
import { SqliteTicketStore } from './sqlite/sqlite-ticket-store.js';
import type { TicketEventType } from './ticket-event.js';
import type { TicketStore } from './ticket-store.js';

export interface EscalationOptions {
  config: Pick<Config, 'dataDir' | 'desk' | 'tickets' | 'sinks'> & Partial<Pick<Config, 'database'>>;
  log: Logger;
  notifier?: Notifier;
  /** Sinks beyond the configured ones (e.g. a Slack desk channel); more can be added with `registerSink`. */
  extraSinks?: Sink[];
  /** Overrides `ressec.sqlite` in the data folder, and PostgreSQL too (`:memory:` in tests and as a fallback). */
  databaseFile?: string;
  now?: () => Date;
}

export interface Escalation {
  service: EscalationService;
  store: TicketStore;
  outbox: Outbox;
  /** The live list: a sink registered later gets rows for events from then on. */
  readonly sinks: readonly Sink[];
  maxDeliveryAttempts: number;
  registerSink(sink: Sink): void;
  purgeClosed(now?: Date): Promise<number>;
  /** Called whenever rows are added to the outbox (on PostgreSQL, by any replica); returns an unsubscribe function. */
  onOutboxWrite(listener: () => void): () => void;
  /** Told by a delivery worker in this process that an attempt for the ticket finished. */
  deliveryAttempted(ticketId: string): void;
  /** The database is reachable and migrated (what /readyz reports). */
  readiness(): Promise<Readiness>;
  close(): Promise<void>;
}

export function createEscalation(options: EscalationOptions): Escalation {
  const { config } = options;
  const log = options.log.child({ component: 'escalation' });
  const sinks: Sink[] = [];
  const registerSink = (sink: Sink) => {
    if (sinks.some((existing) => existing.name === sink.name))
      throw new Error(`a sink named "${sink.name}" is already registered`);
    sinks.push(sink);
  };
  for (const sink of [...configuredSinks(config), ...(options.extraSinks ?? [])]) registerSink(sink);

  const listeners = new Set<() => void>();
  const attemptListeners = new Set<(ticketId: string) => void>();
  const route = (type: TicketEventType) => sinksFor(sinks, type);
  const postgresUrl = options.databaseFile === undefined ? config.database?.postgresUrl : undefined;
  const storage = postgresUrl ? openPostgresEscalation(postgresUrl, log, route) : openSqliteEscalation(options, route);
  const { store } = storage;
  const service = new EscalationService({
    store,
    roster: new DeskRoster(config.desk.members),
    routes: new DeskRoutes(config.desk.routes ?? []),
    notifier: options.notifier ?? new NotifierHub(),
    log,
    now: options.now,
    onOutboxWrite: () => {
      for (const listener of listeners) listener();
    },
    delivery: {
      outbox: storage.outbox,
      dataDir: config.dataDir,
      sinkNames: () => sinks.map((sink) => sink.name),
      // A delivery worker in this process subscribes to outbox writes (start-delivery-worker.ts).
      workerRunning: () => listeners.size > 0,
      onAttempt(listener) {
        attemptListeners.add(listener);
        return () => attemptListeners.delete(listener);
      },
    },
  });

  return {
    service,
    store,
    outbox: storage.outbox,
    sinks,
    maxDeliveryAttempts: config.tickets.maxDeliveryAttempts,
    registerSink,
    purgeClosed: (now = options.now?.() ?? new Date()) =>
      purgeClosedTickets(store, config.tickets.retentionDays, now, log),
    onOutboxWrite(listener) {
      listeners.add(listener);
      const unsubscribe = storage.subscribe?.(listener);
      return () => {
        listeners.delete(listener);
        unsubscribe?.();
      };
    },
    deliveryAttempted(ticketId) {
      for (const listener of attemptListeners) listener(ticketId);
    },
    readiness: () => storage.readiness(),
    async close() {
      listeners.clear();
      attemptListeners.clear();
      await Promise.all(sinks.map((sink) => sink.close?.()));
      await storage.close();
    },
  };
}

function openSqliteEscalation(options: EscalationOptions, route: (type: TicketEventType) => readonly string[]) {
  const database = openSqlDatabase(options.databaseFile ?? sqlDatabasePath(options.config.dataDir));
  migrate(database, ESCALATION_MODULE, ESCALATION_MIGRATIONS);
  return {
    store: new SqliteTicketStore(database, { route }),
    outbox: new SqliteOutbox(database),
    subscribe: undefined as ((listener: () => void) => () => void) | undefined,
    readiness: async (): Promise<Readiness> =>
      database.open ? { ok: true } : { ok: false, reason: 'database-closed' },
    close: async () => database.close(),
  };
}
