// The desk channel's view of a ticket, rendered from the escalation's case file and wording: the card (subject,
// requester, level, flags, deadline, status and the desk's buttons) and one thread line per change, with Slack
// mentions for Slack users.
import type { Reply } from '../../../core/reply.js';
import { ACTION_LABELS, type CaseFile, describeChange, ticketActions } from '../../../escalation/case-file.js';
import { STATUS_LABELS } from '../../../escalation/lifecycle.js';
import type { Party, Ticket } from '../../../escalation/ticket.js';
import type { TicketEvent } from '../../../escalation/ticket-event.js';
import { ticketView } from '../../../escalation/ticket-replies.js';
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

/** The thread line for a change; the requester-facing ones say so, so the desk knows what the researcher saw. */
export function threadLine(event: TicketEvent): string {
  const change = describeChange(event.entry);
  const move = change.move ? ` (${change.move})` : '';
  const shared = change.toRequester ? ' _(sent to the requester)_' : '';
  const text = change.text ? `\n${quote(change.text)}` : '';
  return `${who(event.entry.actor)} ${change.did}${move}${shared}${text}`;
}

/** The first message in the card's thread: the case file, so that the thread is the whole case. */
export function caseFileText(file: CaseFile): string {
  const sections = file.sections.map((section) => {
    const lines = section.quoted ? section.lines.map(quote) : section.lines.map((line) => `• ${escapeMrkdwn(line)}`);
    return `*${escapeMrkdwn(section.heading)}*\n${lines.join('\n')}`;
  });
  const footer = `_Replies in this thread are internal notes; use *${ACTION_LABELS.ask}* to write to the researcher._`;
  return [`*${escapeMrkdwn(file.title)}*`, ...sections, footer].join('\n\n');
}
