// Sits between a receiver (HTTP or Socket Mode) and the Bolt app: writes each payload to the inbox before it is
// acknowledged, acknowledges, and leaves the work to the inbox worker. Duplicates are acknowledged and dropped.
// A modal submission is the exception: its listener must answer in the ack, so it runs first (still admitted first).
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../../log.js';
import { GroupAdmission } from '../inbox/group-admission.js';
import { admissionFor } from '../inbox/inbox-entry.js';
import type { SlackInbox } from '../inbox/slack-inbox.js';

/** What listeners find in `context` when they run for an inbox row. */
export interface InboxContext {
  inboxKey?: string;
  /** True while a modal submission is answered inside its acknowledgement. */
  inAck?: boolean;
}

export interface InboxGateOptions {
  inbox: SlackInbox;
  /** Hands an admitted row to the worker. */
  enqueue: (key: string, lane: string) => void;
  log: Logger;
  /** The acknowledgement body for a payload (a slash command's "working on it"); empty when undefined. */
  ackBody?: (body: Record<string, unknown>) => unknown;
}

export class InboxGate {
  private app: App | undefined;
  private readonly admissions: GroupAdmission;

  constructor(private readonly options: InboxGateOptions) {
    this.admissions = new GroupAdmission(options.inbox);
  }

  attach(app: App): void {
    this.app = app;
  }

  async processEvent(event: ReceiverEvent): Promise<void> {
    const app = this.app;
    if (!app) throw new Error('inbox gate used before the app was attached');
    const { log } = this.options;
    const admission = admissionFor(event.body);
    if (!admission) return app.processEvent(event);
    if (!(await this.admissions.admit(admission, event.body))) {
      log.info(
        { event: 'duplicate', turnId: admission.key, attempt: event.retryNum ?? 0 },
        'duplicate delivery acknowledged',
      );
      await event.ack();
      return;
    }
    try {
      if (admission.answersInAck) {
        const customProperties: InboxContext = { inboxKey: admission.key, inAck: true };
        await app.processEvent({ ...event, customProperties });
      } else {
        await event.ack(this.options.ackBody?.(event.body));
      }
    } finally {
      this.options.enqueue(admission.key, admission.lane);
    }
  }
}

/** Wraps a receiver so that everything it receives passes through the gate. */
export class InboxReceiver implements Receiver {
  constructor(
    private readonly inner: Receiver,
    private readonly gate: InboxGate,
  ) {}

  init(app: App): void {
    this.gate.attach(app);
    // Receivers only call processEvent on the app they are given.
    this.inner.init(this.gate as unknown as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }
}
