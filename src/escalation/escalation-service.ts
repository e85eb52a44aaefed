// The escalation use cases, shared by chat actions and the CLI: file a ticket, act on one, see tickets.
// Every call is checked against roles here, so no caller can forget to.
import type { Notifier } from '../core/notifier.js';
import { printable, printableLine } from '../core/printable.js';
import type { Logger } from '../log.js';
import { type DeliveryProbeOptions, type DeliveryStatus, probeDelivery } from './delivery-status.js';
import type { DeskRoutes } from './desk-routes.js';
import { handoffFor } from './handoff.js';
import { type DeskAction, lifecycleMutation, type TicketAction } from './lifecycle.js';
import { noticesFor } from './notices.js';
import type { DeskRoster } from './roles.js';
import { MESSAGE_MAX_LENGTH, type NewTicket, type Party, type Ticket, TicketSchema } from './ticket.js';
import type { TicketEventType } from './ticket-event.js';
import type { TicketStore } from './ticket-store.js';

export interface EscalationServiceDeps {
  store: TicketStore;
  roster: DeskRoster;
  notifier: Notifier;
  log: Logger;
  /** Called after anything was written to the outbox, so a worker in this process can deliver at once. */
  onOutboxWrite?: () => void;
  /** Assigns a new ticket to a desk member by its handoff (RESSEC_DESK_ROUTES). */
  routes?: DeskRoutes;
  /** Reads whether an event reached the desk; without it, delivery is "unknown". */
  delivery?: DeliveryProbeOptions;
  now?: () => Date;
}

export type SubmitOutcome =
  | { kind: 'created' | 'existing'; ticket: Ticket }
  | { kind: 'invalid'; problems: { field: string; message: string }[] };

export type ActOutcome =
  | { kind: 'updated'; ticket: Ticket }
  | { kind: 'replayed'; ticket: Ticket }
  | { kind: 'not-found' }
  | { kind: 'refused'; message: string }
  | { kind: 'rejected'; message: string };

const NEW_TICKET = TicketSchema.pick({
  requester: true,
  origin: true,
  subject: true,
  note: true,
  deadline: true,
  priority: true,
  handoff: true,
  assignee: true,
});

const DESK_ACTION_NAMES: Record<DeskAction['kind'], string> = {
  claim: 'claim tickets',
  ask: 'ask requesters questions',
  note: 'add internal notes',
  status: 'change the status of tickets',
  advise: 'give advice on tickets',
  close: 'close tickets',
};

function actionText(action: TicketAction): string | undefined {
  if (action.kind === 'ask') return action.question;
  if (action.kind === 'note' || action.kind === 'reply') return action.text;
  if (action.kind === 'advise') return action.advice;
  return undefined;
}

export class EscalationService {
  constructor(private readonly deps: EscalationServiceDeps) {}

  get roster(): DeskRoster {
    return this.deps.roster;
  }

  async submit(key: string, draft: NewTicket): Promise<SubmitOutcome> {
    // Subjects, names and notes are shown in terminals and desk channels: no escape or control character is kept.
    // Every way of filing (chat, CLI, an appraisal) gets the same handoff and the same routing.
    const handoff = draft.handoff ?? handoffFor(draft);
    const assignee = draft.assignee ?? this.deps.routes?.memberFor(handoff, draft.priority);
    const parsed = NEW_TICKET.safeParse({
      ...draft,
      handoff: { ...handoff, summary: printableLine(handoff.summary) },
      ...(assignee ? { assignee } : {}),
      subject: printableLine(draft.subject).trim(),
      note: printable(draft.note),
      requester: { ...draft.requester, name: draft.requester.name && printableLine(draft.requester.name) },
    });
    if (!parsed.success) {
      return {
        kind: 'invalid',
        problems: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      };
    }
    const { ticket, created } = await this.deps.store.submit({ key, ticket: parsed.data, now: this.now() });
    this.deps.log.info(
      {
        event: 'ticket-submitted',
        ticketId: ticket.id,
        outcome: created ? 'created' : 'existing',
        kind: ticket.origin.kind,
      },
      'ticket submitted',
    );
    if (created) this.deps.onOutboxWrite?.();
    return { kind: created ? 'created' : 'existing', ticket };
  }

  /** Whether the event reached a desk sink; `waitMs` gives a worker in this process time for its first attempt. */
  async deliveryStatus(ticketId: string, eventType: TicketEventType, waitMs = 0): Promise<DeliveryStatus> {
    if (!this.deps.delivery) return { kind: 'unknown' };
    return probeDelivery(this.deps.delivery, ticketId, eventType, waitMs);
  }

  /** The ticket if `viewer` may see it; unknown and forbidden look the same, so ids reveal nothing. */
  async view(viewer: Party, id: string): Promise<Ticket | undefined> {
    const ticket = await this.deps.store.get(id);
    return ticket && this.deps.roster.canView(viewer, ticket) ? ticket : undefined;
  }

  /** The desk sees every open ticket; anyone else their own tickets. */
  async list(viewer: Party): Promise<Ticket[]> {
    if (this.deps.roster.isDesk(viewer)) return this.deps.store.list({ openOnly: true });
    return this.deps.store.list({ requester: { platform: viewer.platform, userId: viewer.userId } });
  }

  async act(id: string, actionKey: string, actor: Party, action: TicketAction): Promise<ActOutcome> {
    const { log, roster } = this.deps;
    const fields = { ticketId: id, kind: action.kind };
    const refusal = action.kind === 'reply' ? undefined : this.refuseUnlessDesk(actor, action.kind);
    if (refusal) return refusal;
    const text = actionText(action);
    if (text !== undefined && text.trim() === '') return { kind: 'rejected', message: 'The message is empty.' };
    if (text !== undefined && text.length > MESSAGE_MAX_LENGTH) {
      return {
        kind: 'rejected',
        message: `The message is too long: at most ${MESSAGE_MAX_LENGTH.toLocaleString('en')} characters (it has ${text.length.toLocaleString('en')}).`,
      };
    }
    if (action.kind === 'reply') {
      const ticket = await this.deps.store.get(id);
      if (!ticket || !roster.isRequester(actor, ticket)) return { kind: 'not-found' };
    }
    const now = this.now();
    const outcome = await this.deps.store.update(id, actionKey, lifecycleMutation(action, actor, now), now);
    log.info({ event: 'ticket-action', ...fields, outcome: outcome.kind }, 'ticket action');
    if (outcome.kind === 'not-found' || outcome.kind === 'replayed') return outcome;
    if (outcome.kind === 'rejected') return { kind: 'rejected', message: outcome.message };
    this.deps.onOutboxWrite?.();
    await this.notify(outcome.ticket, outcome.entries);
    return { kind: 'updated', ticket: outcome.ticket };
  }

  /** Undefined for a desk member; otherwise the refusal, logged. Nothing is looked up, so nothing leaks. */
  refuseUnlessDesk(actor: Party, kind: DeskAction['kind']): ActOutcome | undefined {
    if (this.deps.roster.isDesk(actor)) return undefined;
    this.deps.log.warn({ event: 'ticket-action', kind, outcome: 'refused' }, 'desk action by a non-desk user refused');
    return { kind: 'refused', message: `Only members of the advice desk can ${DESK_ACTION_NAMES[kind]}.` };
  }

  private async notify(ticket: Ticket, entries: Parameters<typeof noticesFor>[1]): Promise<void> {
    for (const notice of noticesFor(ticket, entries)) {
      const delivered = await this.deps.notifier.notify(notice.recipient, notice.reply).catch((error: unknown) => {
        this.deps.log.warn({ event: 'notify-failed', ticketId: ticket.id, err: error as Error }, 'notification failed');
        return false;
      });
      this.deps.log.info(
        {
          event: 'notified',
          ticketId: ticket.id,
          platform: notice.recipient.platform,
          outcome: delivered ? 'sent' : 'not-connected',
        },
        'notification',
      );
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
