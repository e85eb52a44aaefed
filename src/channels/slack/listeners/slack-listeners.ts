// Listeners by kind, registered as in a Bolt app, but each one only translates: a payload becomes an inbox entry (the
// neutral turn and where its replies go), or nothing when it needs no work. Nothing here talks to Slack; the work
// runs from the inbox after the acknowledgement.
import type { InboxEntry } from '../../runtime/inbox.js';

export type Payload = Record<string, unknown>;

export interface Admission {
  entry: InboxEntry;
  /**
   * The acknowledgement's body, worked out once the entry is durable (a slash command's "looking into it"; a modal
   * submission's errors or next step, which Slack shows only from the acknowledgement). Empty when absent.
   */
  acknowledgement?: () => Promise<unknown> | unknown;
}

export interface ListenerContext {
  /** When the payload arrived: a trigger opens a modal for 3 s from then. */
  receivedAt: number;
  /** The app's own user, so that its messages and mentions are recognised. */
  botUserId?: string;
}

export type Listener<T = Payload> = (payload: T, context: ListenerContext) => Promise<Admission | undefined>;
/** An Events API listener gets the event and its envelope (which has the event id). */
export type EventListener = (
  event: Payload,
  envelope: Payload,
  context: ListenerContext,
) => Promise<Admission | undefined>;

const record = (value: unknown): Payload => (value && typeof value === 'object' ? (value as Payload) : {});

export class SlackListeners {
  private readonly events = new Map<string, EventListener>();
  private readonly commands = new Map<string, Listener>();
  private readonly shortcuts = new Map<string, Listener>();
  private readonly views = new Map<string, Listener>();
  private actions: Listener | undefined;

  event(type: string, listener: EventListener): this {
    this.events.set(type, listener);
    return this;
  }

  command(name: string, listener: Listener): this {
    this.commands.set(name, listener);
    return this;
  }

  /** A global or message shortcut, by callback id. */
  shortcut(callbackId: string, listener: Listener): this {
    this.shortcuts.set(callbackId, listener);
    return this;
  }

  /** Every button and select (block_actions). */
  action(listener: Listener): this {
    this.actions = listener;
    return this;
  }

  /** A modal submission, by the view's callback id. */
  view(callbackId: string, listener: Listener): this {
    this.views.set(callbackId, listener);
    return this;
  }

  /** The admission for a payload; undefined when no listener handles it (Slack still gets an empty 200). */
  async admissionFor(body: Payload, context: ListenerContext): Promise<Admission | undefined> {
    if (body.type === 'event_callback') {
      const event = record(body.event);
      const listener = this.events.get(String(event.type));
      return listener?.(event, body, context);
    }
    if (typeof body.command === 'string') return this.commands.get(body.command)?.(body, context);
    switch (body.type) {
      case 'block_actions':
        return this.actions?.(body, context);
      case 'message_action':
      case 'shortcut':
        return this.shortcuts.get(String(body.callback_id))?.(body, context);
      case 'view_submission':
        return this.views.get(String(record(body.view).callback_id))?.(body, context);
      default:
        return undefined;
    }
  }
}
