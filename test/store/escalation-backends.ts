// The escalation stores on each backend, for the contract suite: a fresh empty database per test, and as many
// "replicas" on it as a test wants, each with its own connection(s), as separate processes would have.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Outbox } from '../../src/escalation/delivery/outbox.js';
import { POSTGRES_ESCALATION_MIGRATIONS } from '../../src/escalation/postgres/escalation-migrations.js';
import { PostgresOutbox } from '../../src/escalation/postgres/postgres-outbox.js';
import { PostgresTicketStore } from '../../src/escalation/postgres/postgres-ticket-store.js';
import { ESCALATION_MIGRATIONS, ESCALATION_MODULE } from '../../src/escalation/sqlite/escalation-migrations.js';
import { SqliteOutbox } from '../../src/escalation/sqlite/sqlite-outbox.js';
import { SqliteTicketStore } from '../../src/escalation/sqlite/sqlite-ticket-store.js';
import type { TicketEventType } from '../../src/escalation/ticket-event.js';
import type { TicketStore } from '../../src/escalation/ticket-store.js';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { migrate, openSqlDatabase } from '../../src/store/sql-database.js';
import { createTestDatabase } from '../postgres/test-database.js';

export type Route = (type: TicketEventType) => readonly string[];

export interface EscalationReplica {
  store: TicketStore;
  outbox: Outbox;
  close(): Promise<void>;
}

export interface EscalationDatabase {
  replica(route: Route): Promise<EscalationReplica>;
  /** Rows of `table` that belong to the ticket, read straight from the database. */
  countRows(table: 'ticket_audit' | 'ticket_actions' | 'ticket_outbox', ticketId: string): Promise<number>;
  /** Tries to rewrite the ticket's audit trail behind the store's back. */
  rewriteAudit(ticketId: string): Promise<void>;
  close(): Promise<void>;
}

export interface EscalationBackend {
  name: 'sqlite' | 'postgres';
  create(): Promise<EscalationDatabase>;
}

const sqlite: EscalationBackend = {
  name: 'sqlite',
  async create() {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-contract-'));
    const file = path.join(directory, 'ressec.sqlite');
    const admin = openSqlDatabase(file);
    migrate(admin, ESCALATION_MODULE, ESCALATION_MIGRATIONS);
    const replicas: { close(): void }[] = [];
    return {
      async replica(route) {
        const db = openSqlDatabase(file);
        replicas.push(db);
        return {
          store: new SqliteTicketStore(db, { route }),
          outbox: new SqliteOutbox(db),
          close: async () => {
            db.close();
          },
        };
      },
      async countRows(table, ticketId) {
        return (admin.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ticket_id = ?`).get(ticketId) as { n: number })
          .n;
      },
      async rewriteAudit(ticketId) {
        admin.prepare("UPDATE ticket_audit SET entry = '{}' WHERE ticket_id = ?").run(ticketId);
      },
      async close() {
        for (const db of replicas) db.close();
        admin.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  },
};

const postgres: EscalationBackend = {
  name: 'postgres',
  async create() {
    const testDatabase = await createTestDatabase();
    const admin = new PostgresDatabase(testDatabase.url, silentLogger(), 2);
    await admin.migrate(ESCALATION_MODULE, POSTGRES_ESCALATION_MIGRATIONS);
    const replicas: PostgresDatabase[] = [];
    return {
      async replica(route) {
        const database = new PostgresDatabase(testDatabase.url, silentLogger(), 4);
        replicas.push(database);
        const ready = () => database.migrate(ESCALATION_MODULE, POSTGRES_ESCALATION_MIGRATIONS);
        return {
          store: new PostgresTicketStore(database, ready, { route }),
          outbox: new PostgresOutbox(database.pool, ready),
          close: () => database.close(),
        };
      },
      async countRows(table, ticketId) {
        const { rows } = await admin.pool.query<{ n: number }>(
          `SELECT COUNT(*)::int AS n FROM ${table} WHERE ticket_id = $1`,
          [ticketId],
        );
        return rows[0]!.n;
      },
      async rewriteAudit(ticketId) {
        await admin.pool.query(`UPDATE ticket_audit SET entry = '{}'::jsonb WHERE ticket_id = $1`, [ticketId]);
      },
      async close() {
        await Promise.all(replicas.map((database) => database.close()));
        await admin.close();
        await testDatabase.drop();
      },
    };
  },
};

export const ESCALATION_BACKENDS: readonly EscalationBackend[] = [sqlite, postgres];
