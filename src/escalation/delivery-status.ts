// Whether a ticket event has reached the desk, read from its outbox rows, and how to say so. "Sent" is said only
// when a desk sink (a desk channel, a webhook, e-mail) confirmed delivery; the file sink is a record in the data
// folder, not a way of reaching anyone.

import { message } from '../i18n/messages.js';
import type { Outbox, OutboxRow } from './delivery/outbox.js';
import { ESCALATIONS_FILE, FILE_SINK_NAME } from './sinks/file-sink.js';
import type { TicketEventType } from './ticket-event.js';

export type DeliveryStatus =
  /** A desk sink confirmed delivery; `channels` are the ones that did. */
  | { kind: 'sent'; channels: string[] }
  /** Waiting for the delivery worker (or retrying); `workerRunning` when this process runs one. */
  | { kind: 'queued'; channels: string[]; workerRunning: boolean }
  /** Every desk sink gave up (dead-lettered); `reason` is the short failure code. */
  | { kind: 'failed'; channels: string[]; reason: string }
  /** No desk sink is configured: the ticket is only in the ticket database and the ticket file. */
  | { kind: 'saved'; file: string }
  /** Nothing to go by (no outbox rows for the event, or no outbox at all). */
  | { kind: 'unknown' };

export interface DeliveryProbeOptions {
  outbox: Outbox;
  /** The names of the sinks rows are addressed to, read when asked (sinks can be registered later). */
  sinkNames: () => readonly string[];
  dataDir: string;
  /** Subscribes to "a delivery attempt for this ticket finished"; returns an unsubscribe function. */
  onAttempt: (listener: (ticketId: string) => void) => () => void;
  workerRunning: () => boolean;
}

const CHANNEL_NAMES: Record<string, string> = {
  webhook: 'the webhook',
  email: 'e-mail',
  'slack-desk-channel': 'the Slack desk channel',
};

export function channelName(sink: string): string {
  return CHANNEL_NAMES[sink] ?? sink;
}

export function statusFromRows(
  rows: readonly OutboxRow[],
  options: Pick<DeliveryProbeOptions, 'sinkNames' | 'dataDir' | 'workerRunning'>,
): DeliveryStatus {
  const deskSinks = options.sinkNames().filter((sink) => sink !== FILE_SINK_NAME);
  if (deskSinks.length === 0) return { kind: 'saved', file: `${options.dataDir}/${ESCALATIONS_FILE}` };
  const desk = rows.filter((row) => row.sink !== FILE_SINK_NAME);
  if (desk.length === 0) return { kind: 'unknown' };
  const delivered = desk.filter((row) => row.state === 'delivered');
  if (delivered.length > 0) return { kind: 'sent', channels: delivered.map((row) => channelName(row.sink)) };
  const open = desk.filter((row) => row.state === 'pending' || row.state === 'in_flight');
  if (open.length > 0) {
    return {
      kind: 'queued',
      channels: open.map((row) => channelName(row.sink)),
      workerRunning: options.workerRunning(),
    };
  }
  return {
    kind: 'failed',
    channels: desk.map((row) => channelName(row.sink)),
    reason: desk.find((row) => row.lastError)?.lastError ?? 'unknown',
  };
}

/**
 * The status of one event of a ticket. With `waitMs`, and a delivery worker in this process, waits up to that long
 * for the desk sinks' first attempts, so that a delivery that succeeds at once is reported as sent.
 */
export async function probeDelivery(
  options: DeliveryProbeOptions,
  ticketId: string,
  eventType: TicketEventType,
  waitMs = 0,
): Promise<DeliveryStatus> {
  const read = async () => {
    const rows = (await options.outbox.list({ ticketId })).filter((row) => row.eventType === eventType);
    // A ticket has several events of one type (replies): the rows of the newest one.
    const newest = rows
      .map((row) => row.createdAt)
      .sort()
      .at(-1);
    return statusFromRows(
      rows.filter((row) => row.createdAt === newest),
      options,
    );
  };
  const first = await read();
  if (first.kind !== 'queued' || !first.workerRunning || waitMs <= 0) return first;
  return new Promise<DeliveryStatus>((resolve) => {
    let settled = false;
    const finish = (status: DeliveryStatus) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(status);
    };
    const timer = setTimeout(() => void read().then(finish, () => finish(first)), waitMs);
    const unsubscribe = options.onAttempt((attempted) => {
      if (attempted !== ticketId) return;
      void read().then((status) => {
        // A retry scheduled after a failed attempt is still "queued": keep waiting for the time left.
        if (status.kind !== 'queued') finish(status);
      });
    });
  });
}

/** How long a chat turn waits for a worker in its process to confirm delivery before saying "queued". */
export const DELIVERY_WAIT_MS = 3_000;

/** One sentence for the requester: where the ticket (or the reply) is, and what must happen for the desk to get it. */
/** Where a ticket or reply went, told to whoever filed it: in their language (`language`), English by default. */
export function deliveryWording(status: DeliveryStatus, what: string, deskName: string, language?: string): string {
  const values = { desk: deskName, what };
  const channels = (list: string[]) => list.join(message(language, 'listAnd'));
  switch (status.kind) {
    case 'sent':
      return message(language, 'deliverySent', { ...values, channels: channels(status.channels) });
    case 'queued':
      return message(language, status.workerRunning ? 'deliveryQueuedRunning' : 'deliveryQueued', {
        ...values,
        channels: channels(status.channels),
      });
    case 'failed':
      return message(language, 'deliveryFailed', {
        ...values,
        channels: channels(status.channels),
        reason: status.reason,
      });
    case 'saved':
      return message(language, 'deliverySaved', { ...values, file: status.file });
    case 'unknown':
      return message(language, 'deliveryUnknown', values);
  }
}
