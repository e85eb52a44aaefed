import { describe, expect, it } from 'vitest';
import { createHarness } from '../../../test/escalation/support/harness.js';
import { RecordingSink } from '../../../test/escalation/support/recording-sink.js';
import { loadConfig } from '../../config.js';
import { silentLogger } from '../../log.js';
import { createEscalation } from '../create-escalation.js';
import { startDeliveryWorker } from './start-delivery-worker.js';

describe('startDeliveryWorker', () => {
  it('delivers a ticket as soon as it is filed in the same process, and stops cleanly', async () => {
    const sink = new RecordingSink('desk-channel', ['ticket.created']);
    const harness = createHarness({ extraSinks: [sink] });
    const worker = startDeliveryWorker({ escalation: harness.escalation, log: silentLogger(), pollMs: 60_000 });
    const started = Date.now();
    const id = await harness.file();
    while (sink.deliveries.length === 0 && Date.now() - started < 5_000)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sink.deliveries.map((delivery) => delivery.ticketId)).toEqual([id]);
    expect(Date.now() - started).toBeLessThan(1_000);
    await worker.stop();
    await harness.close();
  });

  it('purges closed tickets past retention when it starts', async () => {
    const dataDir = createHarness().dataDir;
    const config = loadConfig({
      RESSEC_DATA_DIR: dataDir,
      RESSEC_TICKET_RETENTION_DAYS: '30',
      RESSEC_DESK_MEMBERS: 'slack:D',
    });
    const longAgo = new Date(Date.now() - 40 * 24 * 3_600_000);
    const past = createEscalation({ config, log: silentLogger(), now: () => longAgo });
    const filed = await past.service.submit('old', {
      requester: { platform: 'slack', userId: 'U' },
      origin: { kind: 'request' },
      subject: 'Old',
      note: '',
      priority: 'low',
    });
    if (filed.kind === 'invalid') throw new Error('invalid');
    await past.service.act(filed.ticket.id, 'close', { platform: 'slack', userId: 'D' }, { kind: 'close' });
    await past.close();

    const escalation = createEscalation({ config, log: silentLogger() });
    const recent = await escalation.service.submit('new', {
      requester: { platform: 'slack', userId: 'U' },
      origin: { kind: 'request' },
      subject: 'Recent',
      note: '',
      priority: 'low',
    });
    const worker = startDeliveryWorker({ escalation, log: silentLogger(), mode: 'drain', pollMs: 10 });
    await worker.done;
    expect(await escalation.store.get(filed.ticket.id)).toBeUndefined();
    expect(recent.kind === 'created' && (await escalation.store.get(recent.ticket.id))).toBeTruthy();
    await escalation.close();
  });
});
