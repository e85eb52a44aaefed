// The ticket lifecycle as pure functions: an action on a ticket yields a patch and audit entries, or a refusal.
import type { TicketStatus } from '../core/reply.js';
import type { AuditEntry, Party } from './ticket.js';
import type { Mutation } from './ticket-store.js';

export type DeskAction =
  | { kind: 'claim' }
  | { kind: 'ask'; question: string }
  | { kind: 'note'; text: string }
  | { kind: 'status'; to: TicketStatus }
  | { kind: 'advise'; advice: string }
  | { kind: 'close' };

export type RequesterAction = { kind: 'reply'; text: string };

export type TicketAction = DeskAction | RequesterAction;

export const STATUS_LABELS: Record<TicketStatus, string> = {
  new: 'new',
  in_review: 'in review',
  needs_info: 'needs information',
  advice_given: 'advice given',
  closed: 'closed',
};

function samePerson(a: Party | undefined, b: Party): boolean {
  return a !== undefined && a.platform === b.platform && a.userId === b.userId;
}

export function lifecycleMutation(action: TicketAction, actor: Party, now: Date): Mutation {
  return (ticket) => {
    const at = now.toISOString();
    const role = action.kind === 'reply' ? 'requester' : 'desk';
    const entry = (fields: Omit<AuditEntry, 'at' | 'actor'>): AuditEntry => ({
      at,
      actor: { ...actor, role },
      ...fields,
    });
    const moveTo = (to: TicketStatus) => (to === ticket.status ? {} : { from: ticket.status, to });
    const closedAtFor = (to: TicketStatus | undefined) =>
      to === 'closed' ? { closedAt: at } : to !== undefined && ticket.status === 'closed' ? { closedAt: null } : {};

    if (ticket.status === 'closed' && action.kind !== 'status') {
      return { ok: false, message: `${ticket.id} is closed; the desk can reopen it by changing its status.` };
    }
    switch (action.kind) {
      case 'claim': {
        if (samePerson(ticket.assignee, actor))
          return { ok: false, message: `${ticket.id} is already assigned to you.` };
        const to = ticket.status === 'new' ? 'in_review' : ticket.status;
        const patch = { assignee: actor, ...(to !== ticket.status ? { status: to } : {}) };
        return { ok: true, patch, entries: [entry({ action: 'claimed', ...moveTo(to), visibility: 'shared' })] };
      }
      case 'ask':
        return {
          ok: true,
          patch: { status: 'needs_info' },
          entries: [
            entry({ action: 'question_asked', ...moveTo('needs_info'), text: action.question, visibility: 'shared' }),
          ],
        };
      case 'note':
        return {
          ok: true,
          patch: {},
          entries: [entry({ action: 'note_added', text: action.text, visibility: 'desk' })],
        };
      case 'status':
      case 'close': {
        const to = action.kind === 'close' ? 'closed' : action.to;
        if (to === ticket.status) return { ok: false, message: `${ticket.id} is already ${STATUS_LABELS[to]}.` };
        return {
          ok: true,
          patch: { status: to, ...closedAtFor(to) },
          entries: [entry({ action: 'status_changed', ...moveTo(to), visibility: 'shared' })],
        };
      }
      case 'advise':
        return {
          ok: true,
          patch: { status: 'advice_given' },
          entries: [
            entry({ action: 'advice_given', ...moveTo('advice_given'), text: action.advice, visibility: 'shared' }),
          ],
        };
      case 'reply': {
        // An answer to the desk's question puts the ticket back in review.
        const to = ticket.status === 'needs_info' ? 'in_review' : ticket.status;
        return {
          ok: true,
          patch: to !== ticket.status ? { status: to } : {},
          entries: [entry({ action: 'requester_replied', ...moveTo(to), text: action.text, visibility: 'shared' })],
        };
      }
    }
  };
}
