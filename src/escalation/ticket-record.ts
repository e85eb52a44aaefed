// How a ticket is stored, whatever the database: a few indexed columns, a body, and the audit trail as rows. The
// SQLite and PostgreSQL ticket stores both build, patch and read tickets through these, so they cannot drift apart.
import { type AuditEntry, AuditEntrySchema, type NewTicket, type Ticket, TicketSchema } from './ticket.js';
import type { TicketPatch } from './ticket-store.js';

/** What is kept in the body column; id, status, times and the audit trail have columns and rows of their own. */
export type TicketBody = Pick<
  Ticket,
  'requester' | 'origin' | 'subject' | 'note' | 'deadline' | 'priority' | 'assignee' | 'handoff'
>;

export interface TicketColumns {
  id: string;
  status: Ticket['status'];
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
  body: TicketBody;
}

export function bodyOf(ticket: Ticket): TicketBody {
  const { requester, origin, subject, note, deadline, priority, assignee, handoff } = ticket;
  return { requester, origin, subject, note, deadline, priority, assignee, handoff };
}

/** A new ticket with its `created` audit entry; throws when the draft is invalid. */
export function createdTicket(draft: NewTicket, id: string, now: Date): Ticket {
  const at = now.toISOString();
  return TicketSchema.parse({
    ...draft,
    id,
    status: 'new',
    createdAt: at,
    updatedAt: at,
    audit: [
      {
        at,
        actor: {
          platform: draft.requester.platform,
          userId: draft.requester.userId,
          name: draft.requester.name,
          role: 'requester',
        },
        action: 'created',
        to: 'new',
        visibility: 'shared',
      },
    ],
  });
}

/** The ticket after a lifecycle action: the patch applied and its audit entries appended. */
export function patchedTicket(ticket: Ticket, patch: TicketPatch, entries: AuditEntry[], now: Date): Ticket {
  const { closedAt, ...rest } = patch;
  return TicketSchema.parse({
    ...ticket,
    ...rest,
    ...(closedAt === null ? { closedAt: undefined } : closedAt ? { closedAt } : {}),
    updatedAt: now.toISOString(),
    audit: [...ticket.audit, ...entries.map((entry) => AuditEntrySchema.parse(entry))],
  });
}

export function storedTicket(columns: TicketColumns, audit: AuditEntry[]): Ticket {
  return TicketSchema.parse({
    ...columns.body,
    id: columns.id,
    status: columns.status,
    createdAt: columns.createdAt,
    updatedAt: columns.updatedAt,
    closedAt: columns.closedAt,
    audit,
  });
}
