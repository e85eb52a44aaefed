// What the core tells people on its own initiative after a ticket changes: the requester hears of every status
// change, every question and the advice; the assignee hears when the requester replies. Internal notes stay internal.
import type { Recipient } from '../core/notifier.js';
import type { Reply } from '../core/reply.js';
import { message } from '../i18n/messages.js';
import { statusLabel } from './requester-wording.js';
import type { AuditEntry, Ticket } from './ticket.js';
import { ticketCard } from './ticket-replies.js';

export interface Notice {
  recipient: Recipient;
  reply: Reply;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** In the language the researcher wrote the ticket in; the desk's own words are quoted as written. */
function requesterHeadline(ticket: Ticket, entry: AuditEntry): string | undefined {
  const language = ticket.handoff?.language;
  const ref = `**${ticket.id}** (${ticket.subject})`;
  if (entry.action === 'question_asked' && entry.text) {
    return message(language, 'ticketQuestion', { ticket: ref, quote: quote(entry.text) });
  }
  if (entry.action === 'advice_given' && entry.text) {
    return message(language, 'ticketAdvice', { ticket: ref, quote: quote(entry.text) });
  }
  if (entry.to && entry.from !== entry.to && entry.actor.role === 'desk') {
    return message(language, 'ticketStatusChanged', { ticket: ref, status: statusLabel(entry.to, language) });
  }
  return undefined;
}

export function noticesFor(ticket: Ticket, entries: readonly AuditEntry[]): Notice[] {
  const notices: Notice[] = [];
  const requester = { platform: ticket.requester.platform, userId: ticket.requester.userId };
  for (const entry of entries) {
    const headline = requesterHeadline(ticket, entry);
    if (headline) notices.push({ recipient: requester, reply: ticketCard(ticket, 'requester', headline) });
    if (entry.action === 'requester_replied' && ticket.assignee && entry.text) {
      const headlineForDesk = `The requester replied on **${ticket.id}**:\n${quote(entry.text)}`;
      const assignee = { platform: ticket.assignee.platform, userId: ticket.assignee.userId };
      notices.push({ recipient: assignee, reply: ticketCard(ticket, 'desk', headlineForDesk) });
    }
  }
  return notices;
}
