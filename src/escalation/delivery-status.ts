// Whether a ticket event has reached the desk, read from its outbox rows, and how to say so. "Sent" is said only
// when a desk sink (a desk channel, a webhook, e-mail) confirmed delivery; the file sink is a record in the data
// folder, not a way of reaching anyone.
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
export function deliveryWording(status: DeliveryStatus, what: string, deskName: string): string {
  switch (status.kind) {
    case 'sent':
      return `Sent to ${deskName}: ${what} was delivered by ${status.channels.join(' and ')}.`;
    case 'queued':
      return status.workerRunning
        ? `Queued for ${deskName}: ${what} is waiting for ${status.channels.join(' and ')}, and the delivery worker in this session keeps trying while it runs (\`ressec deliver\` does the same on its own).`
        : `Queued for ${deskName}: ${what} goes to ${status.channels.join(' and ')} when the delivery worker runs. Run \`ressec deliver\`, or keep \`ressec chat\` or \`ressec slack\` running, which run it.`;
    case 'failed':
      return `Not delivered: ${status.channels.join(' and ')} refused ${what} (${status.reason}). It is kept; please tell the desk directly, and ask the administrator to fix the sink and run \`ressec deliver --retry-dead\`.`;
    case 'saved':
      return `Saved in the ticket database, but no desk channel, webhook or e-mail is configured, so nobody was notified: the desk sees ${what} with \`ressec tickets\`, or in ${status.file} once the delivery worker has run. An administrator can set SLACK_DESK_CHANNEL, ESCALATION_WEBHOOK_URL or SMTP_URL (see .env.example).`;
    case 'unknown':
      return `Filed; ${deskName} sees ${what} with \`ressec tickets\`.`;
  }
}
