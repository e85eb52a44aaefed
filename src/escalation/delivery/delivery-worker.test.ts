import { describe, expect, it } from 'vitest';
import { RecordingSink } from '../../../test/escalation/support/recording-sink.js';
import { silentLogger } from '../../log.js';
import { DeliveryWorker } from './delivery-worker.js';
import type { ClaimRequest, Delivery, Outbox } from './outbox.js';

/** An outbox fake holding one delivery, recording what the worker reports. */
class OneDeliveryOutbox implements Partial<Outbox> {
  readonly reports: { kind: string; retryAt?: Date; reason?: string }[] = [];
  constructor(private delivery: Delivery | undefined) {}
  async claim(_request: ClaimRequest) {
    const delivery = this.delivery;
    this.delivery = undefined;
    return delivery ? [delivery] : [];
  }
  async markDelivered() {
    this.reports.push({ kind: 'delivered' });
  }
  async markFailed(_id: string, _owner: string, failure: { retryAt?: Date; reason: string }) {
    this.reports.push({ kind: failure.retryAt ? 'retry' : 'dead', ...failure });
    return true;
  }
}

const NOW = new Date('2026-06-01T10:00:00.000Z');

function delivery(attempt: number, sink = 'recording'): Delivery {
  return { id: 'msg_1', sink, ticketId: 'RS-2026-0001', attempt, event: {} as Delivery['event'] };
}

function worker(outbox: OneDeliveryOutbox, sink: RecordingSink, maxAttempts = 5) {
  return new DeliveryWorker({
    outbox: outbox as unknown as Outbox,
    sinks: [sink],
    log: silentLogger(),
    maxAttempts,
    backoff: { baseMs: 1_000, maxMs: 60_000 },
    random: () => 0,
    now: () => NOW,
  });
}

describe('DeliveryWorker', () => {
  it('records a success', async () => {
    const outbox = new OneDeliveryOutbox(delivery(1));
    const sink = new RecordingSink();
    expect(await worker(outbox, sink).runOnce()).toBe(1);
    expect(outbox.reports).toEqual([{ kind: 'delivered' }]);
    expect(sink.deliveries).toHaveLength(1);
  });

  it('schedules a retry with backoff, later when the sink asks for it', async () => {
    const sink = new RecordingSink();
    sink.respond = () => ({ ok: false, retryable: true, reason: 'http-503' });
    const plain = new OneDeliveryOutbox(delivery(3));
    await worker(plain, sink).runOnce();
    expect(plain.reports).toEqual([{ kind: 'retry', reason: 'http-503', retryAt: new Date(NOW.getTime() + 2_000) }]);
    sink.respond = () => ({ ok: false, retryable: true, retryAfterMs: 30_000, reason: 'http-429' });
    const asked = new OneDeliveryOutbox(delivery(1));
    await worker(asked, sink).runOnce();
    expect(asked.reports[0]?.retryAt).toEqual(new Date(NOW.getTime() + 30_000));
  });

  it('dead-letters on the last attempt, on a permanent failure, and after a crash during the last attempt', async () => {
    const sink = new RecordingSink();
    sink.respond = () => ({ ok: false, retryable: true, reason: 'network' });
    const last = new OneDeliveryOutbox(delivery(5));
    await worker(last, sink).runOnce();
    expect(last.reports).toEqual([{ kind: 'dead', reason: 'network' }]);

    sink.respond = () => ({ ok: false, retryable: false, reason: 'http-404' });
    const permanent = new OneDeliveryOutbox(delivery(1));
    await worker(permanent, sink).runOnce();
    expect(permanent.reports).toEqual([{ kind: 'dead', reason: 'http-404' }]);

    const crashed = new OneDeliveryOutbox(delivery(6));
    sink.deliveries.length = 0;
    await worker(crashed, sink).runOnce();
    expect(sink.deliveries).toHaveLength(0);
    expect(crashed.reports).toEqual([{ kind: 'dead', reason: 'crashed-during-last-attempt' }]);
  });

  it('treats a sink that throws as a retryable failure', async () => {
    const sink = new RecordingSink();
    sink.respond = () => {
      throw new Error('bug');
    };
    const outbox = new OneDeliveryOutbox(delivery(1));
    await worker(outbox, sink).runOnce();
    expect(outbox.reports).toMatchObject([{ kind: 'retry', reason: 'sink-error' }]);
  });
});
