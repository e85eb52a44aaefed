// Escalation as the app builds it with RESSEC_DATABASE_URL set: the ticket store, outbox and worker on PostgreSQL,
// and a ticket filed by another replica waking this replica's delivery worker at once instead of at its next poll.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEscalation, type Escalation } from '../../src/escalation/create-escalation.js';
import { startDeliveryWorker } from '../../src/escalation/delivery/start-delivery-worker.js';
import { POSTGRES_ESCALATION_MIGRATIONS } from '../../src/escalation/postgres/escalation-migrations.js';
import { PostgresTicketStore } from '../../src/escalation/postgres/postgres-ticket-store.js';
import { ESCALATION_MODULE } from '../../src/escalation/sqlite/escalation-migrations.js';
import type { NewTicket } from '../../src/escalation/ticket.js';
import { silentLogger } from '../../src/log.js';
import { openPostgres, PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { RecordingSink } from '../escalation/support/recording-sink.js';
import { createTestDatabase, type TestDatabase } from '../postgres/test-database.js';

const draft: NewTicket = {
  requester: { platform: 'slack', userId: 'U-REQ' },
  origin: { kind: 'request' },
  subject: 'A visitor',
  note: '',
  priority: 'medium',
};

describe('escalation on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let dataDir: string;
  const cleanups: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    testDatabase = await createTestDatabase();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-pg-escalation-'));
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await testDatabase.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function open(sink: RecordingSink): Escalation {
    const config = loadConfig({ RESSEC_DATA_DIR: dataDir, RESSEC_DATABASE_URL: testDatabase.url });
    const escalation = createEscalation({ config, log: silentLogger(), extraSinks: [sink] });
    cleanups.push(() => escalation.close());
    return escalation;
  }

  it('files and delivers through the service: one row per sink (the desk and the always-on ticket file)', async () => {
    const sink = new RecordingSink('desk');
    const escalation = open(sink);
    const filed = await escalation.service.submit('turn-1', draft);
    if (filed.kind === 'invalid') throw new Error('invalid');
    const worker = startDeliveryWorker({ escalation, log: silentLogger(), mode: 'drain', pollMs: 20 });
    await worker.done;
    expect(sink.deliveries.map((delivery) => [delivery.ticketId, delivery.event.type])).toEqual([
      [filed.ticket.id, 'ticket.created'],
    ]);
    expect(await escalation.outbox.counts()).toEqual({ pending: 0, in_flight: 0, delivered: 2, dead: 0 });
    expect(existsSync(path.join(dataDir, 'ressec.sqlite'))).toBe(false);
    expect(await escalation.readiness()).toEqual({ ok: true });
  });

  it('wakes this replica’s worker when another replica files a ticket (NOTIFY), long before its next poll', async () => {
    const sink = new RecordingSink('desk');
    const escalation = open(sink);
    const delivered = new Promise<void>((resolve) => {
      sink.respond = () => {
        resolve();
        return { ok: true };
      };
    });
    // A worker that would otherwise look again only in a minute.
    const worker = startDeliveryWorker({ escalation, log: silentLogger(), pollMs: 60_000 });
    cleanups.push(() => worker.stop());
    // The worker subscribed as it started; wait until this process's LISTEN connection is up.
    const shared = openPostgres(testDatabase.url, silentLogger());
    await shared.database.listening();
    await shared.release();

    const otherReplica = new PostgresDatabase(testDatabase.url, silentLogger(), 2);
    cleanups.push(() => otherReplica.close());
    const store = new PostgresTicketStore(
      otherReplica,
      () => otherReplica.migrate(ESCALATION_MODULE, POSTGRES_ESCALATION_MIGRATIONS),
      { route: () => ['desk'] },
    );
    const started = Date.now();
    const { ticket } = await store.submit({ key: 'elsewhere', ticket: draft, now: new Date() });
    await delivered;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(sink.deliveries.map((delivery) => delivery.ticketId)).toEqual([ticket.id]);
  });
});
