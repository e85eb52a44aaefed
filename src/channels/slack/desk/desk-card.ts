// The desk channel's view of a ticket: the card (subject, requester, level, flags, deadline, status and the desk's
// buttons) and one thread line per change, with Slack mentions for Slack users.
import type { Reply } from '../../../core/reply.js';
import { STATUS_LABELS } from '../../../escalation/lifecycle.js';
import type { Party, Ticket } from '../../../escalation/ticket.js';
import type { TicketEvent } from '../../../escalation/ticket-event.js';
import { ticketActions, ticketView } from '../../../escalation/ticket-replies.js';
import { escapeMrkdwn } from '../block-kit/mrkdwn.js';
import { renderReply, type SlackMessage } from '../render-block-kit.js';

export function deskCardMessage(ticket: Ticket): SlackMessage {
  const view = ticketView(ticket);
  const requester = ticket.requester.platform === 'slack' ? ticket.requester.userId : view.requester;
  const assignee = ticket.assignee?.platform === 'slack' ? ticket.assignee.userId : view.assignee;
  const reply: Reply = {
    visibility: 'public',
    blocks: [{ kind: 'ticket', ticket: { ...view, requester, assignee }, actions: ticketActions(ticket, 'desk') }],
    fallbackText: `Ticket ${ticket.id} (${STATUS_LABELS[ticket.status]}, ${ticket.priority}): ${ticket.subject}`,
  };
  return renderReply(reply);
}

function who(party: Party): string {
  return party.platform === 'slack'
    ? `<@${party.userId}>`
    : escapeMrkdwn(party.name ?? `${party.platform}:${party.userId}`);
}

function quote(text: string): string {
  return escapeMrkdwn(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

const WHAT: Record<TicketEvent['type'], string> = {
  'ticket.created': 'filed the ticket',
  'ticket.claimed': 'claimed the ticket',
  'ticket.status_changed': 'changed the status',
  'ticket.question_asked': 'asked the requester',
  'ticket.requester_replied': 'replied',
  'ticket.note_added': 'added an internal note',
  'ticket.advice_given': 'gave advice',
};

/** The thread line for a change; the requester-facing ones say so, so the desk knows what the researcher saw. */
export function threadLine(event: TicketEvent): string {
  const { entry } = event;
  const move = entry.from && entry.to ? ` (${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]})` : '';
  const shared =
    entry.visibility === 'shared' && entry.actor.role === 'desk' && entry.text ? ' _(sent to the requester)_' : '';
  const text = entry.text ? `\n${quote(entry.text)}` : '';
  return `${who(entry.actor)} ${WHAT[event.type]}${move}${shared}${text}`;
}

/** The first message in the thread: what the researcher asked or checked, so the thread is the whole case. */
export function caseFileText(ticket: Ticket): string {
  const lines: string[] = [`*Case file for ${ticket.id}*`];
  if (ticket.note) lines.push(`*Note from the researcher*\n${quote(ticket.note)}`);
  const origin = ticket.origin;
  if (origin.kind === 'answer') {
    lines.push(
      `*Their question*\n${quote(origin.question)}`,
      `*The answer they were given* (${origin.outcome})\n${quote(origin.answer)}`,
    );
  } else if (origin.kind === 'appraisal') {
    lines.push(`*Risk check: ${escapeMrkdwn(origin.flowTitle)}*, overall ${origin.level.toUpperCase()}`);
    if (origin.flags.length > 0)
      lines.push(origin.flags.map((flag) => `• ${flag.level}: ${escapeMrkdwn(flag.reason)}`).join('\n'));
    if (origin.answers.length > 0) {
      lines.push(
        origin.answers
          .map((answer) => `• ${escapeMrkdwn(answer.question)} *${escapeMrkdwn(answer.answer)}*`)
          .join('\n'),
      );
    }
  }
  lines.push('_Replies in this thread are internal notes; use *Ask the requester* to write to the researcher._');
  return lines.join('\n\n');
}
