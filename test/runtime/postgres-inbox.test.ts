import { describe, expect, it } from 'vitest';
import { PostgresInbox } from '../../src/channels/runtime/postgres-inbox.js';
import { silentLogger } from '../../src/log.js';
import { PostgresDatabase } from '../../src/store/postgres/postgres-database.js';
import { createTestDatabase } from '../postgres/test-database.js';
import { entry, inboxContract } from './inbox-contract.js';

inboxContract('PostgreSQL', async () => {
  const testDatabase = await createTestDatabase();
  const database = new PostgresDatabase(testDatabase.url, silentLogger(), 2);
  return {
    inbox: new PostgresInbox(database, 'slack'),
    close: async () => {
      await database.close();
      await testDatabase.drop();
    },
  };
});

describe('PostgreSQL inbox shared by three replicas', () => {
  it('never hands one row to two replicas claiming at once, and works every row off exactly once', async () => {
    const testDatabase = await createTestDatabase();
    const replicas = [1, 2, 3].map(() => new PostgresDatabase(testDatabase.url, silentLogger(), 3));
    try {
      const inboxes = replicas.map((database) => new PostgresInbox(database, 'slack'));
      const T0 = 1_700_000_000_000;
      const entries = Array.from({ length: 60 }, (_, i) => entry(`k${i}`, `U${i % 20}`));
      // Admitted by a process that crashed at once: every lease has run out.
      expect(await inboxes[0]!.admit(entries, { owner: 'crashed', until: T0 }, T0)).toEqual(entries.map(() => true));
      const worked: string[] = [];
      for (let round = 0; round < 20 && worked.length < entries.length; round += 1) {
        const now = T0 + 1 + round;
        const claims = await Promise.all(
          inboxes.map((inbox, index) => inbox.claim({ owner: `replica-${index}`, until: now + 60_000 }, now, 7)),
        );
        const lanes = claims.flat().map((row) => row.lane);
        expect(new Set(lanes).size).toBe(lanes.length);
        await Promise.all(
          claims.map((rows, index) =>
            Promise.all(
              rows.map(async (row) => {
                expect(
                  await inboxes[index]!.begin(row.key, { owner: `replica-${index}`, until: now + 60_000 }),
                ).toBeDefined();
                worked.push(row.key);
                expect(await inboxes[index]!.finish(row.key, `replica-${index}`, 'done', now)).toBe(true);
              }),
            ),
          ),
        );
      }
      expect(worked.sort()).toEqual(entries.map((item) => item.key).sort());
      expect(await inboxes[2]!.counts()).toEqual({ pending: 0, done: 60, failed: 0 });
    } finally {
      await Promise.all(replicas.map((database) => database.close()));
      await testDatabase.drop();
    }
  });
});
