// Three replicas of `ressec slack` on one PostgreSQL, under load: signed Slack events spread over them as a reverse
// proxy would (with Slack's retries sent to another replica), tickets filed meanwhile, and one replica SIGKILLed
// mid-run while it holds turns and deliveries. Every event must be answered exactly once and every ticket delivered.
// Each replica talks to its own fake Slack, so every answer is known by the replica that posted it and when.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { QUEUED_NOTICE } from '../../src/channels/runtime/turn-runner.js';
import { loadConfig } from '../../src/config.js';
import { createEscalation, type Escalation } from '../../src/escalation/create-escalation.js';
import { silentLogger } from '../../src/log.js';
import { startWebhookReceiver, WEBHOOK_SECRET } from '../escalation/support/webhook-receiver.js';
import { createTestDatabase } from '../postgres/test-database.js';
import { FakeSlackApi, type StoredMessage } from '../slack/support/fake-slack-api.js';
import { fixture } from '../slack/support/fixtures.js';
import { readyPort } from '../slack/support/ready-port.js';
import { encodePayload, SIGNING_SECRET, signedHeaders } from '../slack/support/signed-request.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EVENTS = 90;
const TICKETS = 30;
/** Answers replica 0 is posting (its Slack never answers them) when it is killed: turns in flight. */
const HUNG_AT_KILL = 4;
/** Of those, the ones Slack took (posted) before the replica died: a crash between a post and its record. */
const ACCEPTED_AT_KILL = 2;

interface Replica {
  index: number;
  api: FakeSlackApi;
  child: ChildProcess;
  url: string;
  alive: boolean;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

function temporaryDirectory(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'ressec-replica-'));
  cleanups.push(async () => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** One Slack workspace: each replica has a fake API of its own (to tell who posted what), all over one history. */
const workspace: StoredMessage[] = [];

async function startReplica(index: number, environment: Record<string, string>): Promise<Replica> {
  const api = await FakeSlackApi.start({ messages: workspace });
  cleanups.push(() => api.close());
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test/replicas/support/replica-process.ts')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        ...environment,
        RESSEC_DATA_DIR: temporaryDirectory(),
        SLACK_API_URL: api.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  });
  const port = await readyPort(child, (code) => `replica ${index} exited (${code}): ${errors}`);
  return { index, api, child, url: `http://127.0.0.1:${port}/slack/events`, alive: true };
}

function questionEvent(index: number) {
  return fixture('event-message-im', (payload) => {
    const user = `U0LOAD${String(index).padStart(4, '0')}`;
    payload.event_id = `Ev0LOAD${String(index).padStart(5, '0')}`;
    payload.event.user = user;
    payload.event.channel = `D0LOAD${String(index).padStart(4, '0')}`;
    payload.event.ts = `1700001000.${String(index).padStart(6, '0')}`;
    payload.event.event_ts = payload.event.ts;
    payload.event.client_msg_id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  });
}

/** The answers posted in a channel: not the notice that a question waited long and is queued (a busy machine's). */
const answersIn = (api: FakeSlackApi, channel: string) =>
  api
    .ok('chat.postMessage')
    .filter((call) => call.args.channel === channel && call.args.text !== QUEUED_NOTICE.fallbackText);

/** The answers in a channel as its members see them: every replica's posts Slack took, answered or not. */
const answersInWorkspace = (channel: string) =>
  workspace.filter((message) => message.channel === channel && message.text !== QUEUED_NOTICE.fallbackText);

describe('three replicas on one PostgreSQL', () => {
  it('answers every signed Slack event exactly once and delivers every ticket, with one replica SIGKILLed mid-run', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    // A desk system that takes a moment, so deliveries are in flight when the replica dies.
    receiver.behave = () => ({ kind: 'accept', delayMs: 5 + Math.floor(Math.random() * 30) });
    const environment = {
      RESSEC_DATABASE_URL: database.url,
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_OFFLINE: 'true',
      RESSEC_LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      ESCALATION_WEBHOOK_URL: receiver.url,
      ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
      RESSEC_DELIVERY_MAX_ATTEMPTS: '100',
    };
    const replicas = await Promise.all([0, 1, 2].map((index) => startReplica(index, environment)));

    // Tickets are filed by another process on the same database (as `ressec check --escalate` would).
    const filer: Escalation = createEscalation({
      config: loadConfig({ ...environment, RESSEC_DATA_DIR: temporaryDirectory() }),
      log: silentLogger(),
    });
    cleanups.push(() => filer.close());
    const filed: string[] = [];
    const fileTicket = async (index: number) => {
      const outcome = await filer.service.submit(`load-ticket-${index}`, {
        requester: { platform: 'slack', userId: `U0LOAD${String(index).padStart(4, '0')}` },
        origin: { kind: 'request' },
        subject: `Ticket ${index}`,
        note: '',
        priority: 'medium',
      });
      if (outcome.kind === 'invalid') throw new Error('invalid ticket');
      filed.push(outcome.ticket.id);
    };

    // The reverse proxy: round robin over live replicas; a refused connection is Slack's retry on another one.
    let next = 0;
    const send = async (payload: Record<string, unknown>, retryNum?: number): Promise<void> => {
      const { body, contentType } = encodePayload(payload);
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const alive = replicas.filter((replica) => replica.alive);
        const replica = alive[next++ % alive.length]!;
        const retry = retryNum ?? (attempt > 0 ? attempt : undefined);
        try {
          const response = await fetch(replica.url, {
            method: 'POST',
            headers: signedHeaders(body, contentType, retry === undefined ? {} : { retryNum: retry }),
            body,
          });
          await response.text();
          expect(response.status).toBe(200);
          return;
        } catch (error) {
          if (replica.alive) throw error;
        }
      }
      throw new Error('no replica took the event');
    };

    let heldAtKill: string[] = [];
    const work: Promise<void>[] = [];
    for (let index = 0; index < EVENTS; index += 1) {
      if (index === Math.floor(EVENTS * 0.4)) {
        await Promise.all(work.splice(0));
        // Replica 0's next answers never come back from Slack: they are in flight when it dies. Slack took the first
        // ones (they are in the conversation, and replica 0 never learnt it); the others never reached it.
        replicas[0]!.api.on('chat.postMessage', { kind: 'accept-and-hang' }, ACCEPTED_AT_KILL);
        replicas[0]!.api.on('chat.postMessage', { kind: 'hang' }, HUNG_AT_KILL - ACCEPTED_AT_KILL);
        for (let extra = 0; extra < HUNG_AT_KILL * 3; extra += 1) work.push(send(questionEvent(EVENTS + extra)));
        await Promise.all(work.splice(0));
        await replicas[0]!.api.waitFor(
          (calls) =>
            calls.filter((call) => call.method === 'chat.postMessage' && call.status === 0).length >= HUNG_AT_KILL,
        );
        heldAtKill = await heldBy(database.url, replicas[0]!.child.pid!);
        replicas[0]!.alive = false;
        replicas[0]!.child.kill('SIGKILL');
      }
      const payload = questionEvent(index);
      work.push(
        send(payload).then(async () => {
          // Every seventh event, Slack retries it (as after a slow acknowledgement) and the retry lands elsewhere.
          if (index % 7 === 0) await send(payload, 1);
        }),
      );
      if (index % 3 === 0) work.push(fileTicket(index));
      if (work.length >= 12) await Promise.all(work.splice(0));
    }
    await Promise.all(work);
    const totalEvents = EVENTS + HUNG_AT_KILL * 3;
    expect(filed).toHaveLength(TICKETS);
    expect(heldAtKill.length).toBeGreaterThanOrEqual(HUNG_AT_KILL);

    // Wait for the survivors to take the dead replica's turns and deliveries over and work everything off.
    const channels = Array.from({ length: totalEvents }, (_, index) => questionEvent(index).event.channel as string);
    const deadline = Date.now() + 90_000;
    for (;;) {
      const answered = channels.every((channel) => answersInWorkspace(channel).length > 0);
      const counts = await filer.outbox.counts();
      if (answered && counts.pending + counts.in_flight === 0 && (await inboxCounts(database.url)).pending === 0) break;
      if (Date.now() > deadline) throw new Error(`not worked off: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    // Every event answered, none twice: an answer replica 0 posted just before it died (Slack took it; the replica
    // never recorded it) is found in the conversation by the survivor that takes the turn over, and not posted again.
    const lost: string[] = [];
    const repeated: string[] = [];
    for (const channel of channels) {
      const answers = answersInWorkspace(channel);
      if (answers.length === 0) lost.push(channel);
      if (answers.length > 1) repeated.push(`${channel} ${JSON.stringify(answers)}`);
    }
    expect(lost).toEqual([]);
    expect(repeated).toEqual([]);
    // The answers the dead replica was posting when it died: those Slack had taken were found in the conversation by
    // the survivors and not posted again; the others were posted by the survivors, once each.
    const hung = replicas[0]!.api.calls.filter((call) => call.method === 'chat.postMessage' && call.status === 0);
    expect(hung).toHaveLength(HUNG_AT_KILL);
    for (const [position, call] of hung.entries()) {
      const channel = call.args.channel as string;
      const bySurvivors = answersIn(replicas[1]!.api, channel).length + answersIn(replicas[2]!.api, channel).length;
      expect(answersIn(replicas[0]!.api, channel), channel).toHaveLength(0);
      expect(bySurvivors, channel).toBe(position < ACCEPTED_AT_KILL ? 0 : 1);
      expect(answersInWorkspace(channel), channel).toHaveLength(1);
    }
    // The work was shared: every replica answered some events.
    for (const replica of replicas) expect(replica.api.ok('chat.postMessage').length).toBeGreaterThan(0);
    expect(await inboxCounts(database.url)).toEqual({ pending: 0, done: totalEvents, failed: 0 });

    // Every ticket reached the desk's webhook; a repeat (a crash between sending and recording) keeps its webhook-id.
    const created = new Set(
      receiver.received.filter((item) => item.type === 'ticket.created').map((item) => item.ticketId),
    );
    expect([...created].sort()).toEqual([...filed].sort());
    expect(receiver.rejected).toBe(0);
    const webhookRows = (await filer.outbox.list({})).filter((row) => row.sink === 'webhook');
    expect(webhookRows.every((row) => row.state === 'delivered')).toBe(true);
    expect(receiver.uniqueIds()).toEqual(new Set(webhookRows.map((row) => row.id)));
    expect(await filer.outbox.counts()).toMatchObject({ pending: 0, in_flight: 0, dead: 0 });
  }, 240_000);
});

/** The inbox rows a replica (by its process id, part of every lease owner it writes) holds unfinished. */
async function heldBy(url: string, pid: number): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ key: string }>(
      "SELECT key FROM channel_inbox WHERE state = 'pending' AND lease_owner LIKE $1",
      [`%:${pid}:%`],
    );
    return rows.map((row) => row.key);
  });
}

async function inboxCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ state: string; n: number }>(
      'SELECT state, COUNT(*)::int AS n FROM channel_inbox GROUP BY state',
    );
    return { pending: 0, done: 0, failed: 0, ...Object.fromEntries(rows.map((row) => [row.state, row.n])) };
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
