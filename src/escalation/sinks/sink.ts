// Where the desk receives ticket events. Every sink (webhook, e-mail, file, a desk channel) implements this.
import type { Delivery } from '../delivery/outbox.js';
import type { TicketEventType } from '../ticket-event.js';

/** A failed delivery is a value: `retryable` says whether trying again can help; `reason` is a short code, no content. */
export type SinkResult = { ok: true } | { ok: false; retryable: boolean; retryAfterMs?: number; reason: string };

export interface Sink {
  /** Stable: outbox rows are addressed to a sink by this name. */
  readonly name: string;
  /** The event types this sink wants; every type when absent. */
  accepts?(type: TicketEventType): boolean;
  /** Must deliver idempotently by `delivery.id` where the target allows, and must not throw for expected failures. */
  deliver(delivery: Delivery): Promise<SinkResult>;
  close?(): Promise<void>;
}

export function sinksFor(sinks: readonly Sink[], type: TicketEventType): string[] {
  return sinks.filter((sink) => sink.accepts?.(type) ?? true).map((sink) => sink.name);
}
