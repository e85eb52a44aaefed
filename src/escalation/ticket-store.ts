// Where tickets live. Callers see only this interface: SQLite embedded today, Postgres can satisfy it later.
import type { AuditEntry, NewTicket, Party, Ticket } from './ticket.js';

export interface Submission {
  /** Identifies the submission (a turn id, `answer:<id>`…): submitting the same key again returns the first ticket. */
  key: string;
  ticket: NewTicket;
  now: Date;
}

/** Fields a lifecycle action may change; the audit trail only grows. */
export interface TicketPatch {
  status?: Ticket['status'];
  assignee?: Party;
  /** null reopens a closed ticket. */
  closedAt?: string | null;
}

export type Mutation = (
  ticket: Ticket,
) => { ok: true; patch: TicketPatch; entries: AuditEntry[] } | { ok: false; message: string };

export type UpdateOutcome =
  | { kind: 'updated'; ticket: Ticket; entries: AuditEntry[] }
  /** The action key was applied before: nothing changed. */
  | { kind: 'replayed'; ticket: Ticket }
  | { kind: 'not-found' }
  | { kind: 'rejected'; message: string; ticket: Ticket };

export interface TicketQuery {
  requester?: { platform: string; userId: string };
  openOnly?: boolean;
  limit?: number;
}

export interface TicketStore {
  /** Creates the ticket and its outbox rows in one transaction, or returns the ticket an earlier submission created. */
  submit(submission: Submission): Promise<{ ticket: Ticket; created: boolean }>;
  get(id: string): Promise<Ticket | undefined>;
  /** Newest first. */
  list(query: TicketQuery): Promise<Ticket[]>;
  /**
   * Applies `mutate` to the current ticket atomically: the patch, the new audit entries and one outbox row per
   * sink per entry are written together, and `actionKey` is recorded so a replay changes nothing.
   */
  update(id: string, actionKey: string, mutate: Mutation, now: Date): Promise<UpdateOutcome>;
  /** Deletes closed tickets (with their audit trail and outbox rows) closed before `cutoff`; returns how many. */
  purgeClosedBefore(cutoff: Date): Promise<number>;
}
