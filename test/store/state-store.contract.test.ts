// Conversation state behind keyv, on the embedded SQLite and on PostgreSQL: values round-trip, expire, and are purged.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OpenedStateStore, openStateStore } from '../../src/store/open-state-store.js';
import { createTestDatabase, type TestDatabase } from '../postgres/test-database.js';

const HOUR = 3_600_000;

interface StateBackend {
  name: string;
  /** The URL openStateStore is given (undefined: the data folder's SQLite file). */
  url(): Promise<{ url?: string; drop(): Promise<void> }>;
}

const BACKENDS: StateBackend[] = [
  { name: 'sqlite', url: async () => ({ url: undefined, drop: async () => {} }) },
  {
    name: 'postgres',
    url: async () => {
      const database: TestDatabase = await createTestDatabase();
      return { url: database.url, drop: () => database.drop() };
    },
  },
];

describe.each(BACKENDS)('state store contract on $name', (backend) => {
  let directory: string;
  let target: { url?: string; drop(): Promise<void> };
  const opened: OpenedStateStore[] = [];
  const open = () => {
    const store = openStateStore(directory, target.url);
    opened.push(store);
    return store;
  };
  beforeEach(async () => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-state-'));
    target = await backend.url();
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const store of opened.splice(0)) await store.close();
    await target.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps values across stores on the same database, and deletes them', async () => {
    const first = open();
    await first.state.set('intake:slack:U1', { flow: 'travel', answers: { destination: 'NL' } });
    const second = open();
    expect(await second.state.get('intake:slack:U1')).toEqual({ flow: 'travel', answers: { destination: 'NL' } });
    await second.state.set('intake:slack:U1', { flow: 'visitor' });
    expect(await first.state.get('intake:slack:U1')).toEqual({ flow: 'visitor' });
    await first.state.delete('intake:slack:U1');
    expect(await second.state.get('intake:slack:U1')).toBeUndefined();
  });

  it('forgets a value after its time to live, and the purge removes exactly the expired rows', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z'), toFake: ['Date'] });
    const store = open();
    await store.state.set('answer:1', 'short-lived', HOUR);
    await store.state.set('answer:2', 'longer', 3 * HOUR);
    await store.state.set('setting', 'kept');
    expect(await store.purgeExpired()).toBe(0);
    vi.setSystemTime(new Date('2026-11-24T10:00:01Z'));
    expect(await store.purgeExpired()).toBe(1);
    expect(await store.state.get('answer:1')).toBeUndefined();
    expect(await store.state.get('answer:2')).toBe('longer');
    await store.state.set('answer:3', 'renewed', HOUR);
    vi.setSystemTime(new Date('2026-11-24T12:00:01Z'));
    expect(await store.purgeExpired()).toBe(2);
    expect(await store.state.get('setting')).toBe('kept');
    expect(await store.purgeExpired()).toBe(0);
    // An expired value is never handed out, purged or not.
    await store.state.set('answer:4', 'brief', HOUR);
    vi.setSystemTime(new Date('2026-11-24T13:00:02Z'));
    expect(await store.state.get('answer:4')).toBeUndefined();
  });
});
