// A ticket event as headed sections of plain lines, for the desk: e-mail renders it as text and HTML.
import { CHANGE_WORDING, caseFile, describeChange } from './case-file.js';
import { STATUS_LABELS } from './lifecycle.js';
import type { TicketEvent } from './ticket-event.js';

export interface SummarySection {
  heading: string;
  lines: string[];
}

export interface EventSummary {
  subject: string;
  sections: SummarySection[];
}

function person(party: { name?: string; platform: string; userId: string; email?: string }): string {
  const email = party.email ? `, ${party.email}` : '';
  return `${party.name ?? party.userId} (${party.platform}:${party.userId}${email})`;
}

export function summarizeEvent(event: TicketEvent): EventSummary {
  const { ticket, entry } = event;
  const change = describeChange(entry);
  const headline = CHANGE_WORDING[entry.action].headline;
  const sections: SummarySection[] = [
    {
      heading: headline,
      lines: [
        `By ${person(entry.actor)} at ${entry.at}`,
        ...(change.move ? [`Status: ${change.move}`] : []),
        ...(change.text ? [change.text] : []),
      ],
    },
    {
      heading: `Ticket ${ticket.id}`,
      lines: [
        `Subject: ${ticket.subject}`,
        `Requester: ${person(ticket.requester)}`,
        `Status: ${STATUS_LABELS[ticket.status]}`,
        `Priority: ${ticket.priority}`,
        ...(ticket.deadline ? [`Deadline: ${ticket.deadline}`] : []),
        ...(ticket.assignee ? [`Assignee: ${person(ticket.assignee)}`] : []),
      ],
    },
  ];
  // The first message about a ticket carries the whole case; later ones only the change.
  if (event.type === 'ticket.created') sections.push(...caseFile(ticket).sections);
  return { subject: `[${ticket.id}] ${headline}: ${ticket.subject}`, sections };
}
