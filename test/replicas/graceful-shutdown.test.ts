// `ressec slack` itself (the real command) on PostgreSQL: its health probes, and SIGTERM. A stopped replica finishes
// what it is running and hands every other turn back with no lease: the next replica answers them without waiting for a
// lease to run out (30 s by default), and nothing is answered twice.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { QUEUED_NOTICE } from '../../src/channels/runtime/turn-runner.js';
import { createTestDatabase } from '../postgres/test-database.js';
import { FakeSlackApi } from '../slack/support/fake-slack-api.js';
import { fixture } from '../slack/support/fixtures.js';
import { SIGNING_SECRET, send } from '../slack/support/signed-request.js';
import { freePort } from '../support/free-port.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EVENTS = 5;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

interface Served {
  child: ChildProcess;
  eventsUrl: string;
  healthUrl: string;
  exited: Promise<number | null>;
}

async function serve(environment: Record<string, string>): Promise<Served> {
  const [port, healthPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-serve-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts'), 'slack'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      ...environment,
      RESSEC_DATA_DIR: dataDir,
      PORT: String(port),
      RESSEC_HEALTH_PORT: String(healthPort),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('slack channel running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`ressec slack exited (${code}): ${stderr}`)));
  });
  return {
    child,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    healthUrl: `http://127.0.0.1:${healthPort}`,
    exited,
  };
}

/** One user's messages: they share a lane, so they run one after the other, in order. */
function questionEvent(index: number) {
  return fixture('event-message-im', (payload) => {
    payload.event_id = `Ev0TERM${String(index).padStart(5, '0')}`;
    payload.event.ts = `1700002000.${String(index).padStart(6, '0')}`;
    payload.event.client_msg_id = `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`;
  });
}

describe('ressec slack on PostgreSQL', () => {
  it('reports live and ready, finishes the turn in flight on SIGTERM and hands the queued ones back, unleased, to the next replica', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const api = await FakeSlackApi.start();
    cleanups.push(() => api.close());
    const environment = {
      RESSEC_DATABASE_URL: database.url,
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_OFFLINE: 'true',
      RESSEC_LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
    };
    const first = await serve(environment);
    expect(await (await fetch(`${first.healthUrl}/healthz`)).json()).toEqual({ status: 'live' });
    // Ready once this replica's migrations are recorded (they run in the background as it starts), as a probe sees it.
    expect(await readiness(first.healthUrl)).toEqual([
      200,
      { status: 'ready', checks: { database: 'ok', slack: 'ok' } },
    ]);

    // The first answer is rate-limited for two seconds, so the user's later messages queue behind it; SIGTERM then.
    api.on('chat.postMessage', { kind: 'rate-limit', retryAfterSeconds: 2 });
    const acks = await Promise.all(
      Array.from({ length: EVENTS }, (_, index) => send(first.eventsUrl, questionEvent(index))),
    );
    expect(acks.map((ack) => ack.status)).toEqual(acks.map(() => 200));
    // The answer thread loads the corpus first: on a busy machine that alone takes many seconds.
    await api.waitFor(
      (calls) => calls.some((call) => call.method === 'chat.postMessage' && call.status === 429),
      60_000,
    );
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // The turn in flight was finished (its answer went out once the rate limit passed); the queued ones were handed back.
    // (Queued turns may have been told they wait: a notice, not an answer.)
    const answers = () => api.ok('chat.postMessage').filter((call) => call.args.text !== QUEUED_NOTICE.fallbackText);
    expect(answers()).toHaveLength(1);
    const afterStop = await inboxRows(database.url);
    const handedBack = afterStop.filter((row) => row.state === 'pending');
    expect(handedBack.length).toBeGreaterThan(0);
    expect(handedBack.filter((row) => row.lease_owner !== null)).toEqual([]);

    // The next replica takes them over: nothing holds them (it works one lane's rows off one per poll, about 1 s each).
    const second = await serve(environment);
    const deadline = Date.now() + 60_000;
    while ((await inboxRows(database.url)).some((row) => row.state !== 'done')) {
      if (Date.now() > deadline) throw new Error('the handed-back turns were not worked off');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Every message answered once: none lost, none repeated.
    expect(answers()).toHaveLength(EVENTS);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 120_000);
});

async function readiness(healthUrl: string): Promise<[number, unknown]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const response = await fetch(`${healthUrl}/readyz`);
    const body: unknown = await response.json();
    if (response.status === 200 || Date.now() > deadline) return [response.status, body];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function inboxRows(url: string): Promise<{ state: string; lease_owner: string | null }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT state, lease_owner FROM channel_inbox ORDER BY seq')).rows;
  } finally {
    await client.end();
  }
}
