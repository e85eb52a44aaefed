// Retention holds only if the purge really runs, the question text expires, and the data files are private.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type Keyv from 'keyv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
import { textTurn } from '../src/core/turn.js';
import { openStateStore } from '../src/store/open-state-store.js';
import { startPurgeSchedule } from '../src/store/purge-schedule.js';
import { captureLogger } from './support/capture-log.js';
import { fixtureConfig, temporaryDataDir } from './support/fixture-app.js';

const HOUR = 3_600_000;

afterEach(() => {
  vi.useRealTimers();
});

async function answerKeys(state: Keyv): Promise<string[]> {
  const keys: string[] = [];
  for await (const [key] of state.iterator?.('ressec') ?? [])
    if (String(key).includes('answer')) keys.push(String(key));
  return keys;
}

describe('retention', () => {
  it('keeps the question text for the configured hours only (24 by default)', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z'), toFake: ['Date'] });
    const config = fixtureConfig({ RESSEC_QUESTION_TTL_HOURS: '2' });
    const app = await buildApp(config, captureLogger().log, { stateUrl: 'memory:' });
    try {
      await app.router.handleTurn(textTurn('What should I do with my laptop before I travel abroad?'));
      expect(await answerKeys(app.state.state as Keyv)).toHaveLength(1);
      vi.setSystemTime(new Date('2026-12-01T10:59:00Z'));
      expect(await answerKeys(app.state.state as Keyv)).toHaveLength(1);
      vi.setSystemTime(new Date('2026-12-01T11:01:00Z'));
      expect(await answerKeys(app.state.state as Keyv)).toHaveLength(0);
    } finally {
      await app.close();
    }
    expect(fixtureConfig().state.questionTtlMs).toBe(24 * HOUR);
  });

  it('purges expired state rows from disk when a process starts, and truncates the write-ahead log', async () => {
    const config = fixtureConfig();
    const seeded = openStateStore(config.dataDir);
    await seeded.state.set('answer:old', { question: 'a secret question' }, 1);
    await seeded.state.set('answer:fresh', { question: 'still needed' }, HOUR);
    await seeded.close();
    await new Promise((resolve) => setTimeout(resolve, 5));

    const { log, lines } = captureLogger();
    const app = await buildApp(config, log);
    await vi.waitUntil(() => lines.some((line) => line.includes('"outcome":"state"')), { timeout: 5_000 });
    await app.close();

    const file = path.join(config.dataDir, 'state.sqlite');
    const db = new Database(file, { readonly: true });
    const keys = (db.prepare('SELECT key FROM keyv').all() as { key: string }[]).map((row) => row.key);
    db.close();
    expect(keys.some((key) => key.endsWith('answer:old'))).toBe(false);
    expect(keys.some((key) => key.endsWith('answer:fresh'))).toBe(true);
    expect(lines.find((line) => line.includes('"outcome":"state"'))).toContain('"count":1');
  });

  it('runs every task on its interval, logs a failing task and goes on with the next', async () => {
    vi.useFakeTimers();
    const { log, lines } = captureLogger();
    let runs = 0;
    const schedule = startPurgeSchedule(
      [
        {
          name: 'broken',
          run: () => {
            throw new Error('disk gone');
          },
        },
        { name: 'counted', run: () => ++runs },
      ],
      60_000,
      log,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(3);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(3);
    expect(lines.filter((line) => line.includes('purge-failed'))).toHaveLength(3);
  });

  it('creates the data folder 0700 and its files 0600', () => {
    const dataDir = path.join(temporaryDataDir(), 'nested', 'data');
    const result = spawnSync(process.execPath, [path.resolve('bin/ressec.js'), 'chat'], {
      input: 'What should I do with my laptop before I travel abroad?\n/quit\n',
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        RESSEC_DATA_DIR: dataDir,
        RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      },
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['ressec.sqlite', 'state.sqlite', 'ressec.log']));
    // Folders inside it (the corpus cache's) are private too: 0700.
    for (const file of files) {
      const entry = statSync(path.join(dataDir, file));
      expect([file, (entry.mode & 0o777).toString(8)]).toEqual([file, entry.isDirectory() ? '700' : '600']);
    }
  });
});
