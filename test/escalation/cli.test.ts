import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.js';
import { main } from '../../src/main.js';
import { BENIGN } from '../intake/support/answer-sets.js';
import { createHarness, DESK, type Harness, temporaryDirectory } from './support/harness.js';
import { startWebhookReceiver, WEBHOOK_SECRET, type WebhookReceiver } from './support/webhook-receiver.js';

async function run(args: string[], environment: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, callback) {
        append(chunk.toString());
        callback();
      },
    });
  const io: CliIo = {
    stdin: new PassThrough(),
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
    isTTY: false,
  };
  const code = await main(args, { RESSEC_LOG_LEVEL: 'silent', ...environment }, io);
  return { code, stdout, stderr };
}

describe('ressec tickets, tickets export and deliver', () => {
  let receiver: WebhookReceiver;
  let harness: Harness;
  let environment: Record<string, string>;
  afterEach(async () => {
    await harness.close();
    await receiver.close();
  });

  const setup = async () => {
    receiver = await startWebhookReceiver();
    environment = {
      RESSEC_DATA_DIR: temporaryDirectory(),
      ESCALATION_WEBHOOK_URL: receiver.url,
      ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
      RESSEC_DELIVERY_MAX_ATTEMPTS: '2',
    };
    // The chat side files tickets into the same data folder the CLI reads.
    harness = createHarness({ dataDir: environment.RESSEC_DATA_DIR, environment });
  };

  it('deliver drains the outbox; tickets shows open tickets and dead letters; export prints one ticket', async () => {
    await setup();
    const delivered = await harness.file(undefined, { subject: 'Delivered fine' });
    await harness.action(DESK, 'ticket.claim', delivered);
    receiver.behave = (count) => (count < 2 ? { kind: 'accept' } : { kind: 'status', status: 500 });
    const first = await run(['deliver'], environment);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/Delivered 4; 0 dead-lettered, 0 still queued \(sinks: file, webhook\)/);

    const failing = await harness.file(undefined, { subject: 'Stuck one' });
    const second = await run(['deliver'], environment);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/1 dead-lettered/);

    const listing = await run(['tickets'], environment);
    expect(listing.code).toBe(0);
    expect(listing.stdout).toMatch(/Open tickets \(2\)/);
    expect(listing.stdout).toContain(`${delivered}  in review`);
    expect(listing.stdout).toMatch(
      new RegExp(
        `Dead-lettered deliveries \\(1\\)[\\s\\S]*${failing}\\s+webhook\\s+ticket.created\\s+2 attempt\\(s\\), last error http-500`,
      ),
    );
    expect(listing.stdout).toContain('ressec deliver --retry-dead');

    const json = JSON.parse((await run(['tickets', '--json'], environment)).stdout);
    expect(json.tickets.map((ticket: { id: string }) => ticket.id).sort()).toEqual([delivered, failing].sort());
    expect(json.deadLetters).toMatchObject([
      { ticketId: failing, sink: 'webhook', state: 'dead', lastError: 'http-500' },
    ]);
    expect(json.deliveries).toMatchObject({ dead: 1, pending: 0 });

    const exported = await run(['tickets', 'export', delivered.toLowerCase()], environment);
    expect(exported.code).toBe(0);
    const record = JSON.parse(exported.stdout);
    expect(record.ticket).toMatchObject({ id: delivered, subject: 'Delivered fine', status: 'in_review' });
    expect(record.ticket.audit.map((entry: { action: string }) => entry.action)).toEqual(['created', 'claimed']);
    expect(record.deliveries).toHaveLength(4);

    expect(await run(['tickets', 'export', 'RS-2001-9999'], environment)).toMatchObject({
      code: 1,
      stderr: 'ressec: no ticket RS-2001-9999\n',
    });
    expect((await run(['tickets', 'export', 'banana'], environment)).code).toBe(2);
    expect((await run(['deliver', '--forever'], environment)).code).toBe(2);

    receiver.behave = () => ({ kind: 'accept' });
    const retried = await run(['deliver', '--retry-dead'], environment);
    expect(retried).toMatchObject({ code: 0 });
    expect(retried.stdout).toMatch(/Requeued 1 dead-lettered deliveries/);
    expect(receiver.uniqueIds().size).toBe(3);
  });

  it('deliver --watch keeps delivering new tickets until SIGTERM, then exits 0', async () => {
    await setup();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'deliver', '--watch'], {
      env: { PATH: process.env.PATH ?? '', RESSEC_LOG_LEVEL: 'silent', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push(await harness.file(undefined, { subject: `Watched ${i}` }));
      const since = Date.now();
      while (receiver.received.length <= i && Date.now() - since < 10_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(receiver.received.map((item) => item.ticketId)).toEqual(ids);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/Delivered 6; 0 dead-lettered, 0 still queued/);
  });

  it('check --answers --escalate files the appraisal as a ticket and prints its id', async () => {
    await setup();
    const file = path.join(environment.RESSEC_DATA_DIR ?? '', 'visitor.json');
    writeFileSync(file, JSON.stringify(BENIGN.visitor));
    const result = await run(['check', 'visitor', '--answers', file, '--json', '--escalate'], environment);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.ticket).toMatchObject({
      id: expect.stringMatching(/^RS-\d{4}-0001$/),
      status: 'new',
      created: true,
    });
    const ticket = await harness.escalation.store.get(printed.ticket.id);
    expect(ticket?.origin).toMatchObject({ kind: 'appraisal', flow: 'visitor', intakeId: printed.intakeId });
    expect(ticket?.priority).toBe(printed.level);
    // No worker runs in this process: the ticket is queued, and the output says what must run.
    const text = await run(['check', 'visitor', '--answers', file, '--escalate'], environment);
    expect(text.stdout).toMatch(
      /Already filed as ticket RS-\d{4}-0001 \(.+\) for these answers; nothing new was filed\./,
    );
    expect(text.stdout).toMatch(
      /Queued for .*ticket RS-\d{4}-0001 goes to the webhook when the delivery worker runs\. Run `ressec deliver`/,
    );
    expect(text.stdout).not.toContain('Sent to');
    expect((await harness.escalation.store.list({ openOnly: false })).length).toBe(1);
    expect((await run(['check', 'visitor', '--escalate'], environment)).code).toBe(2);
  });

  it('check --escalate with --idempotency-key files once per key, whatever the answers', async () => {
    await setup();
    const file = path.join(environment.RESSEC_DATA_DIR ?? '', 'visitor.json');
    writeFileSync(file, JSON.stringify(BENIGN.visitor));
    const escalate = (key: string) =>
      run(['check', 'visitor', '--answers', file, '--json', '--escalate', '--idempotency-key', key], environment);
    const first = JSON.parse((await escalate('trip-2027-01')).stdout).ticket;
    writeFileSync(file, JSON.stringify({ ...BENIGN.visitor, 'home-country': 'Russia' }));
    const again = JSON.parse((await escalate('trip-2027-01')).stdout).ticket;
    const other = JSON.parse((await escalate('trip-2027-02')).stdout).ticket;
    expect(first).toMatchObject({ created: true, delivery: 'queued' });
    expect(again).toMatchObject({ id: first.id, created: false });
    expect(other.id).not.toBe(first.id);
    expect(
      (await run(['check', 'visitor', '--answers', file, '--escalate', '--idempotency-key'], environment)).code,
    ).toBe(2);
  });
});
