// The outbox: one row per sink per ticket event, written with the ticket, drained at least once by the worker.
import type { TicketEvent } from '../ticket-event.js';

export type DeliveryState = 'pending' | 'in_flight' | 'delivered' | 'dead';

/** One attempt to hand one event to one sink. `id` is stable across attempts (the webhook-id). */
export interface Delivery {
  id: string;
  sink: string;
  ticketId: string;
  /** 1 on the first attempt. */
  attempt: number;
  event: TicketEvent;
}

export interface OutboxRow {
  id: string;
  ticketId: string;
  sink: string;
  eventType: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt?: string;
  /** A short reason code of the last failure (e.g. `http-503`), never message content. */
  lastError?: string;
  createdAt: string;
  deliveredAt?: string;
}

export interface ClaimRequest {
  /** Identifies the worker holding the lease. */
  owner: string;
  sinks: readonly string[];
  limit: number;
  leaseMs: number;
  now: Date;
}

export interface Outbox {
  /**
   * Leases due rows (pending and due, or in flight with an expired lease: a crashed worker's) and counts the attempt.
   * Per ticket and sink, only the oldest undelivered row is handed out, so a sink sees a ticket's events in order.
   */
  claim(request: ClaimRequest): Promise<Delivery[]>;
  markDelivered(id: string, now: Date): Promise<void>;
  /** Schedules a retry at `retryAt`, or dead-letters the row when `retryAt` is undefined. False if the lease was lost. */
  markFailed(id: string, owner: string, failure: { retryAt?: Date; reason: string }): Promise<boolean>;
  /** Rows still to deliver (pending or in flight) for these sinks. */
  openCount(sinks: readonly string[]): Promise<number>;
  /** When the next row that is not waiting behind an earlier one becomes due (a retry time or a lease expiry). */
  nextDueAt(sinks: readonly string[]): Promise<Date | undefined>;
  list(filter: { states?: readonly DeliveryState[]; ticketId?: string }): Promise<OutboxRow[]>;
  counts(): Promise<Record<DeliveryState, number>>;
  /** Puts dead-lettered rows back in the queue with a fresh attempt count; returns how many. */
  requeueDead(now: Date): Promise<number>;
}
