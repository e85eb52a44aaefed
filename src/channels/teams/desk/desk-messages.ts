// What the desk channel shows of a ticket, from the escalation's own wording (case-file.ts): the card with the desk's
// buttons, the case file as the first reply in its thread, and one line per change after that.
import type { Reply } from '../../../core/reply.js';
import { ACTION_LABELS, type CaseFile, describeChange, ticketActions } from '../../../escalation/case-file.js';
import { STATUS_LABELS } from '../../../escalation/lifecycle.js';
import type { AuditEntry, Ticket } from '../../../escalation/ticket.js';
import { ticketView } from '../../../escalation/ticket-replies.js';

export function deskCardReply(ticket: Ticket): Reply {
  return {
    visibility: 'public',
    blocks: [{ kind: 'ticket', ticket: ticketView(ticket), actions: ticketActions(ticket, 'desk') }],
    fallbackText: `Ticket ${ticket.id} (${STATUS_LABELS[ticket.status]}, ${ticket.priority}): ${ticket.subject}`,
  };
}

/** Someone's own words, kept apart from the wording around them and unable to add markup of their own. */
function quoted(text: string): string {
  return `“${text.replace(/[*_`[\]]/g, '').trim()}”`;
}

export function caseFileReply(file: CaseFile): Reply {
  const markdown = file.sections.map((section) => {
    const lines = section.quoted ? section.lines.map(quoted) : section.lines.map((line) => `- ${line}`);
    return `**${section.heading}**\n\n${lines.join('\n')}`;
  });
  return {
    visibility: 'public',
    blocks: [
      { kind: 'text', markdown: `**${file.title}**` },
      ...markdown.map((text) => ({ kind: 'text' as const, markdown: text })),
      {
        kind: 'context',
        text: `Replies in this thread are internal notes on the ticket; use ${ACTION_LABELS.ask} on the card to write to the researcher.`,
      },
    ],
    fallbackText: file.title,
  };
}

/** One change, as the desk reads it; what the researcher was shown is marked so. */
export function changeLine(entry: AuditEntry): Reply {
  const change = describeChange(entry);
  const actor = entry.actor.name ?? `${entry.actor.platform}:${entry.actor.userId}`;
  const move = change.move ? ` (${change.move})` : '';
  const shown = change.toRequester ? ', sent to the researcher' : '';
  const words = change.text ? `\n\n${quoted(change.text)}` : '';
  const markdown = `**${actor.replace(/[*_`[\]]/g, '')}** ${change.did}${move}${shown}${words}`;
  return { visibility: 'public', blocks: [{ kind: 'text', markdown }], fallbackText: `${actor} ${change.did}` };
}
