// A ticket event as headed sections of plain lines, for the desk: e-mail renders it as text and HTML.
import { STATUS_LABELS } from './lifecycle.js';
import type { Ticket } from './ticket.js';
import type { TicketEvent, TicketEventType } from './ticket-event.js';

export interface SummarySection {
  heading: string;
  lines: string[];
}

export interface EventSummary {
  subject: string;
  sections: SummarySection[];
}

const HEADLINES: Record<TicketEventType, string> = {
  'ticket.created': 'New ticket',
  'ticket.claimed': 'Ticket claimed',
  'ticket.status_changed': 'Status changed',
  'ticket.question_asked': 'Question sent to the researcher',
  'ticket.requester_replied': 'The researcher replied',
  'ticket.note_added': 'Internal note added',
  'ticket.advice_given': 'Advice given',
};

function person(party: { name?: string; platform: string; userId: string; email?: string }): string {
  const email = party.email ? `, ${party.email}` : '';
  return `${party.name ?? party.userId} (${party.platform}:${party.userId}${email})`;
}

function originSection(ticket: Ticket): SummarySection | undefined {
  const origin = ticket.origin;
  if (origin.kind === 'answer') {
    return {
      heading: 'Their question and the answer they were given',
      lines: [
        `Question: ${origin.question}`,
        `Answer (${origin.outcome}): ${origin.answer}`,
        ...origin.citations.map((citation) => `Source: ${citation.title} <${citation.url}>`),
      ],
    };
  }
  if (origin.kind === 'appraisal') {
    return {
      heading: `Risk check: ${origin.flowTitle}, overall ${origin.level.toUpperCase()}`,
      lines: [
        ...origin.flags.map((flag) => `Flag (${flag.level}): ${flag.reason}`),
        ...origin.answers.map((answer) => `${answer.question} ${answer.answer}`),
        ...origin.mitigations.map((item) => `Mitigation: ${item}`),
        ...origin.nextSteps.map((item) => `Next step: ${item}`),
        ...origin.citations.map((citation) => `[${citation.n}] ${citation.title} <${citation.url}>`),
      ],
    };
  }
  return undefined;
}

export function summarizeEvent(event: TicketEvent): EventSummary {
  const { ticket, entry } = event;
  const change: string[] = [`By ${person(entry.actor)} at ${entry.at}`];
  if (entry.from && entry.to) change.push(`Status: ${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}`);
  if (entry.text) change.push(entry.text);
  const sections: SummarySection[] = [
    { heading: HEADLINES[event.type], lines: change },
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
  if (event.type === 'ticket.created' && ticket.note)
    sections.push({ heading: "The researcher's note", lines: [ticket.note] });
  const origin = event.type === 'ticket.created' ? originSection(ticket) : undefined;
  if (origin) sections.push(origin);
  return { subject: `[${ticket.id}] ${HEADLINES[event.type]}: ${ticket.subject}`, sections };
}
