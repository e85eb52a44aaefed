// The channels' own stores (desk cards, Teams conversation references) on each backend, for their contract suites: a
// fresh empty database per test, and as many "replicas" on it as a test wants, each with its own connection(s), as
// separate processes would have.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DeskCards } from '../../src/channels/runtime/desk-cards/desk-cards.js';
import { PostgresDeskCards } from '../../src/channels/runtime/desk-cards/postgres-desk-cards.js';
import { SqliteDeskCards } from '../../src/channels/runtime/desk-cards/sqlite-desk-cards.js';
import { PostgresReferenceRows } from '../../src/channels/teams/store/postgres-reference-rows.js';
import type { ReferenceRows } from '../../src/channels/teams/store/reference-rows.js';
import { SqliteReferenceRows } from '../../src/channels/teams/store/sqlite-reference-rows.js';
import type { Platform } from '../../src/core/turn.js';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { openSqlDatabase } from '../../src/store/sql-database.js';
import { createTestDatabase } from '../postgres/test-database.js';

export interface ChannelStoreReplica {
  deskCards(platform: Platform): DeskCards;
  references(): ReferenceRows;
  /** Runs SQL on the database as an administrator would (PostgreSQL only). */
  admin?(sql: string, values: unknown[]): Promise<unknown[]>;
}

export interface ChannelStoreDatabase {
  replica(): Promise<ChannelStoreReplica>;
  close(): Promise<void>;
}

export interface ChannelStoreBackend {
  name: 'sqlite' | 'postgres';
  create(): Promise<ChannelStoreDatabase>;
}

const sqlite: ChannelStoreBackend = {
  name: 'sqlite',
  async create() {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-channel-stores-'));
    const file = path.join(directory, 'ressec.sqlite');
    const opened: { close(): void }[] = [];
    const open = () => {
      const db = openSqlDatabase(file);
      opened.push(db);
      return db;
    };
    return {
      async replica() {
        return {
          deskCards: (platform) => new SqliteDeskCards(open(), platform),
          references: () => new SqliteReferenceRows(open()),
        };
      },
      async close() {
        for (const db of opened) if (db) db.close();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  },
};

const postgres: ChannelStoreBackend = {
  name: 'postgres',
  async create() {
    const testDatabase = await createTestDatabase();
    const replicas: PostgresDatabase[] = [];
    return {
      async replica() {
        const database = new PostgresDatabase(testDatabase.url, silentLogger(), 4);
        replicas.push(database);
        return {
          deskCards: (platform) => new PostgresDeskCards(database, platform),
          references: () => new PostgresReferenceRows(database),
          admin: async (sql, values) => (await database.pool.query(sql, values)).rows,
        };
      },
      async close() {
        await Promise.all(replicas.map((database) => database.close()));
        await testDatabase.drop();
      },
    };
  },
};

export const CHANNEL_STORE_BACKENDS: readonly ChannelStoreBackend[] = [sqlite, postgres];
