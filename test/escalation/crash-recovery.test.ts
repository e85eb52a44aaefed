import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEscalation, type Escalation } from '../../src/escalation/create-escalation.js';
import { silentLogger } from '../../src/log.js';
import { temporaryDirectory } from './support/harness.js';
import { startWebhookReceiver, WEBHOOK_SECRET, type WebhookReceiver } from './support/webhook-receiver.js';

const CHILD = path.resolve('test/escalation/fixtures/delivery-child.ts');
const KILLS = 20;
const TICKETS_PER_ROUND = 3;

function startChild(environment: Record<string, string>): {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { PATH: process.env.PATH ?? '', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before it was ready: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited };
}

describe('delivery survives SIGKILL at random points', () => {
  let receiver: WebhookReceiver | undefined;
  let escalation: Escalation | undefined;
  afterEach(async () => {
    await escalation?.close();
    await receiver?.close();
  });

  it(`kills the worker ${KILLS} times mid-flight and restarts it: every ticket delivered, none lost`, async () => {
    receiver = await startWebhookReceiver();
    // A slow receiver, so kills land while requests are in flight and while rows are leased.
    receiver.behave = () => ({ kind: 'accept', delayMs: 5 + Math.floor(Math.random() * 40) });
    const dataDir = temporaryDirectory();
    const environment = {
      RESSEC_DATA_DIR: dataDir,
      ESCALATION_WEBHOOK_URL: receiver.url,
      ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
      RESSEC_DELIVERY_MAX_ATTEMPTS: '100',
      RESSEC_LOG_LEVEL: 'silent',
      DELIVERY_MODE: 'watch',
      DELIVERY_LEASE_MS: '300',
    };
    // The chat process: files tickets into the same database while the worker is killed and restarted.
    escalation = createEscalation({ config: loadConfig(environment), log: silentLogger() });
    const filed: string[] = [];
    const file = async () => {
      const outcome = await escalation!.service.submit(`submission-${filed.length}`, {
        requester: { platform: 'slack', userId: 'U-REQ' },
        origin: { kind: 'request' },
        subject: `Ticket ${filed.length}`,
        note: '',
        priority: 'medium',
      });
      if (outcome.kind === 'invalid') throw new Error('invalid');
      filed.push(outcome.ticket.id);
    };

    let killedMidFlight = 0;
    for (let round = 0; round < KILLS; round += 1) {
      for (let i = 0; i < TICKETS_PER_ROUND; i += 1) await file();
      const { child, ready, exited } = startChild(environment);
      await ready;
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 250)));
      const leased = (await escalation.outbox.counts()).in_flight;
      if (leased > 0) killedMidFlight += 1;
      child.kill('SIGKILL');
      await exited;
    }
    const beforeFinal = await escalation.outbox.counts();

    const final = startChild({ ...environment, DELIVERY_MODE: 'drain' });
    expect(await final.exited).toBe(0);

    const rows = await escalation.outbox.list({});
    const webhookRows = rows.filter((row) => row.sink === 'webhook');
    expect(await escalation.outbox.counts()).toMatchObject({ pending: 0, in_flight: 0, dead: 0 });
    expect(webhookRows).toHaveLength(KILLS * TICKETS_PER_ROUND);
    expect(receiver.rejected).toBe(0);
    expect([...receiver.uniqueIds()].sort()).toEqual(webhookRows.map((row) => row.id).sort());
    expect(new Set(receiver.received.map((item) => item.ticketId))).toEqual(new Set(filed));
    // The kills really interrupted work: some rows were leased when killed, or still queued afterwards.
    expect(killedMidFlight + beforeFinal.pending + beforeFinal.in_flight).toBeGreaterThan(0);
    // At least once: a kill after the receiver took an event but before it was recorded means a redelivery,
    // with the same webhook-id, which the receiver dedupes (uniqueIds above).
    expect(receiver.received.length).toBeGreaterThanOrEqual(webhookRows.length);
  }, 60_000);
});
