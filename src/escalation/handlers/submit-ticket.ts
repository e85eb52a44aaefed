// ticket.new shows the form, prefilled from the answer or appraisal it was opened from; ticket.submit files it.
import { type Reply, textReply } from '../../core/reply.js';
import type { TurnContext } from '../../core/router.js';
import type { Turn } from '../../core/turn.js';
import { message } from '../../i18n/messages.js';
import { DELIVERY_WAIT_MS, deliveryWording } from '../delivery-status.js';
import { statusLabel } from '../requester-wording.js';
import { RequesterSchema } from '../ticket.js';
import { formValues, NO_ATTACHMENT, parseTicketForm, ticketForm } from '../ticket-form.js';
import { FREE_FORM_PRIORITY, loadOrigin, submissionKey } from '../ticket-origin.js';
import { ticketCard } from '../ticket-replies.js';
import type { EscalationDeps } from './escalation-deps.js';
import { partyOf } from './party.js';

function knownEmail(turn: Turn): string | undefined {
  return RequesterSchema.shape.email.safeParse(turn.user.email).success ? turn.user.email : undefined;
}

export async function showTicketForm(
  deps: EscalationDeps,
  ref: string,
  turn: Turn,
  context: TurnContext,
): Promise<Reply[]> {
  const email = knownEmail(turn);
  if (ref === '') return [ticketForm({ deskName: deps.deskName, email })];
  const origin = await loadOrigin(ref, turn, context.state);
  if (origin) return [ticketForm({ deskName: deps.deskName, origin, email })];
  return [
    textReply(
      'That answer or risk check is no longer available to attach (they are kept for a limited time). You can still describe your question to the desk below.',
      'private',
    ),
    ticketForm({ deskName: deps.deskName, email }),
  ];
}

export async function submitTicket(
  deps: EscalationDeps,
  values: Record<string, string | string[] | undefined>,
  turn: Turn,
  context: TurnContext,
): Promise<Reply[]> {
  const raw = formValues(values);
  const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
  const attachRef = raw.attach && raw.attach !== NO_ATTACHMENT ? raw.attach : undefined;
  const origin = attachRef ? await loadOrigin(attachRef, turn, context.state) : undefined;
  const parsed = parseTicketForm(raw, today);
  const errors = parsed.ok ? {} : parsed.errors;
  if (attachRef && !origin)
    errors.attach = 'That answer or risk check is no longer available; choose "Nothing" to send without it.';
  if (!parsed.ok || Object.keys(errors).length > 0) {
    context.log.info(
      { event: 'ticket-form-invalid', turnId: turn.id, count: Object.keys(errors).length },
      'ticket form invalid',
    );
    return [ticketForm({ deskName: deps.deskName, origin, values: raw, errors })];
  }
  const form = parsed.value;
  const email = form.email ?? knownEmail(turn);
  const requester = { ...partyOf(turn), ...(email ? { email } : {}) };
  // A free-form request is keyed by its turn, so only a replayed event maps to the same ticket.
  const key = origin ? submissionKey(requester, origin.ref) : `${turn.platform}:turn:${turn.id}`;
  const outcome = await deps.service.submit(key, {
    requester,
    origin: origin?.origin ?? { kind: 'request' },
    subject: form.subject,
    note: form.note,
    deadline: form.deadline,
    priority: origin?.priority ?? FREE_FORM_PRIORITY,
  });
  if (outcome.kind === 'invalid') {
    const invalid = Object.fromEntries(
      outcome.problems.map((problem) => [problem.field.split('.').pop() ?? '', problem.message]),
    );
    return [ticketForm({ deskName: deps.deskName, origin, values: raw, errors: invalid })];
  }
  const { ticket } = outcome;
  const status = await deps.service.deliveryStatus(ticket.id, 'ticket.created', DELIVERY_WAIT_MS);
  const language = ticket.handoff?.language;
  const where = deliveryWording(status, `**${ticket.id}**`, deps.deskName, language);
  const headline =
    outcome.kind === 'created'
      ? `${where}${responseTimeLine(deps, language)} ${message(language, 'ticketFiledNext')}`
      : `${message(language, 'ticketAlreadyFiled', { id: ticket.id, status: statusLabel(ticket.status, language) })} ${where}`;
  return [ticketCard(ticket, 'requester', headline)];
}

/** The desk's own stated response time (RESSEC_DESK_RESPONSE_TIME), told when a ticket is filed. */
function responseTimeLine(deps: EscalationDeps, language: string | undefined): string {
  if (!deps.responseTime) return '';
  const desk = deps.deskName.charAt(0).toUpperCase() + deps.deskName.slice(1);
  return ` ${message(language, 'deskResponseTime', { Desk: desk, time: deps.responseTime })}`;
}
