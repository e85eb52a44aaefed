// Tickets by flow, level and status, and how long the desk took: to its first response the researcher saw, and to
// closing. Internal notes are not a response.
import type { Ticket } from '../escalation/ticket.js';
import type { DeskReport } from './desk-report.js';
import { spread } from './percentiles.js';

const HOUR_MS = 3_600_000;

/** What a ticket is about: the risk check's flow, a question, or a free request. */
export function ticketFlow(ticket: Ticket): string {
  if (ticket.handoff?.flow) return ticket.handoff.flow;
  if (ticket.origin.kind === 'appraisal') return ticket.origin.flow;
  return ticket.origin.kind === 'answer' ? 'question' : 'request';
}

function count(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function hoursBetween(from: string, to: string): number {
  return Math.round(((Date.parse(to) - Date.parse(from)) / HOUR_MS) * 10) / 10;
}

export function firstDeskResponse(ticket: Ticket): string | undefined {
  return ticket.audit.find((entry) => entry.actor.role === 'desk' && entry.visibility === 'shared')?.at;
}

export function ticketFigures(tickets: Ticket[]): DeskReport['tickets'] {
  const firstResponses: number[] = [];
  const closings: number[] = [];
  let awaiting = 0;
  for (const ticket of tickets) {
    const first = firstDeskResponse(ticket);
    if (first) firstResponses.push(hoursBetween(ticket.createdAt, first));
    else if (ticket.status !== 'closed') awaiting += 1;
    if (ticket.closedAt) closings.push(hoursBetween(ticket.createdAt, ticket.closedAt));
  }
  return {
    total: tickets.length,
    byFlow: count(tickets.map(ticketFlow)),
    byLevel: count(tickets.map((ticket) => ticket.priority)),
    byStatus: count(tickets.map((ticket) => ticket.status)),
    firstResponseHours: spread(firstResponses),
    closingHours: spread(closings),
    awaitingFirstResponse: awaiting,
  };
}
