// What every desk surface shows of a ticket, worded once: the actions the desk and the requester may take, what each
// change to a ticket is called, and the case file (what the researcher asked or checked). A desk channel, e-mail
// and the chat's ticket history only render these; none of them words an action itself.
import type { ChoiceOption } from '../core/reply.js';
import { STATUS_LABELS } from './lifecycle.js';
import { type AuditAction, type AuditEntry, isOpen, type Ticket } from './ticket.js';
import { TICKET_VERBS } from './ticket-verbs.js';

export type Viewer = 'desk' | 'requester';

/** The buttons on a ticket, by what they do. */
export const ACTION_LABELS = {
  claim: 'Claim',
  ask: 'Ask the requester',
  note: 'Internal note',
  status: 'Change status',
  advise: 'Give advice',
  close: 'Close',
  reopen: 'Reopen (change status)',
  reply: 'Reply to the desk',
  verify: 'Save as verified answer',
} as const;

/** The verb of "Save as verified answer" (src/verified/verified-verbs.ts), kept here as text: escalation stays apart. */
const SAVE_VERIFIED_VERB = 'verified.new';

/**
 * Each change to a ticket: what the actor did, after their name, as the desk reads it and as the researcher does
 * ("The desk asked"; internal notes are never shown to them), and a headline for the change on its own.
 */
export const CHANGE_WORDING: Record<AuditAction, { did: string; researcherReads: string; headline: string }> = {
  created: { did: 'filed the ticket', researcherReads: 'filed the ticket', headline: 'New ticket' },
  claimed: { did: 'claimed the ticket', researcherReads: 'took the ticket', headline: 'Ticket claimed' },
  status_changed: { did: 'changed the status', researcherReads: 'changed the status', headline: 'Status changed' },
  question_asked: {
    did: 'asked the requester',
    researcherReads: 'asked',
    headline: 'Question sent to the researcher',
  },
  requester_replied: { did: 'replied', researcherReads: 'replied', headline: 'The researcher replied' },
  note_added: { did: 'added an internal note', researcherReads: 'noted', headline: 'Internal note added' },
  advice_given: { did: 'gave advice', researcherReads: 'advised', headline: 'Advice given' },
};

/** The actions `viewer` may take on the ticket as it stands. */
export function ticketActions(ticket: Ticket, viewer: Viewer): ChoiceOption[] {
  const value = ticket.id;
  if (viewer === 'requester') {
    return isOpen(ticket) ? [{ label: ACTION_LABELS.reply, verb: TICKET_VERBS.reply, value, style: 'primary' }] : [];
  }
  // Advice the desk gave can become the answer the next researcher with the same question gets.
  const verify = ticket.audit.some((entry) => entry.action === 'advice_given')
    ? [{ label: ACTION_LABELS.verify, verb: SAVE_VERIFIED_VERB, value }]
    : [];
  if (!isOpen(ticket)) return [{ label: ACTION_LABELS.reopen, verb: TICKET_VERBS.status, value }, ...verify];
  return [
    { label: ACTION_LABELS.claim, verb: TICKET_VERBS.claim, value, style: 'primary' },
    { label: ACTION_LABELS.ask, verb: TICKET_VERBS.ask, value },
    { label: ACTION_LABELS.note, verb: TICKET_VERBS.note, value },
    { label: ACTION_LABELS.status, verb: TICKET_VERBS.status, value },
    { label: ACTION_LABELS.advise, verb: TICKET_VERBS.advise, value },
    { label: ACTION_LABELS.close, verb: TICKET_VERBS.close, value, style: 'danger' },
    ...verify,
  ];
}

export interface Change {
  /** "claimed the ticket". */
  did: string;
  /** "new → in review", when the status moved. */
  move?: string;
  /** The desk wrote to the requester (a question, advice): the desk sees that the researcher was shown the text. */
  toRequester: boolean;
  /** The words written with the change (a question, a reply, a note, advice). */
  text?: string;
}

export function describeChange(entry: AuditEntry, viewer: Viewer = 'desk'): Change {
  const wording = CHANGE_WORDING[entry.action];
  return {
    did: viewer === 'desk' ? wording.did : wording.researcherReads,
    move: entry.from && entry.to ? `${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}` : undefined,
    toRequester: entry.visibility === 'shared' && entry.actor.role === 'desk' && entry.text !== undefined,
    text: entry.text,
  };
}

export interface CaseSection {
  heading: string;
  lines: string[];
  /** The lines are someone's own words (a note, a question, an answer): renderers show them as a quotation. */
  quoted?: boolean;
}

export interface CaseFile {
  title: string;
  sections: CaseSection[];
}

/** What the researcher asked or checked and wrote, so that the desk has the whole case in one place. */
export function caseFile(ticket: Ticket): CaseFile {
  const sections: CaseSection[] = [];
  if (ticket.handoff) {
    const { summary, jurisdictions, language, flow } = ticket.handoff;
    sections.push({
      heading: 'Summary',
      lines: [
        summary,
        `Jurisdiction: ${jurisdictions.join(', ') || 'none named'} · Language: ${language} · Flow: ${flow}${
          ticket.assignee
            ? ` · Routed to ${ticket.assignee.name ?? `${ticket.assignee.platform}:${ticket.assignee.userId}`}`
            : ''
        }`,
      ],
    });
  }
  if (ticket.note) sections.push({ heading: "The researcher's note", lines: [ticket.note], quoted: true });
  const origin = ticket.origin;
  if (origin.kind === 'answer') {
    sections.push(
      { heading: 'Their question', lines: [origin.question], quoted: true },
      { heading: `The answer they were given (${origin.outcome})`, lines: [origin.answer], quoted: true },
    );
    if (origin.citations.length > 0) {
      sections.push({
        heading: 'Sources of that answer',
        lines: origin.citations.map((citation) => `${citation.title} (${citation.url})`),
      });
    }
  } else if (origin.kind === 'appraisal') {
    sections.push({
      heading: `Risk check: ${origin.flowTitle}, overall ${origin.level.toUpperCase()}`,
      lines: [
        ...origin.flags.map((flag) => `Flag (${flag.level}): ${flag.reason}`),
        ...origin.answers.map((answer) => `${answer.question} ${answer.answer}`),
        ...origin.mitigations.map((item) => `Mitigation: ${item}`),
        ...origin.nextSteps.map((item) => `Next step: ${item}`),
        ...origin.citations.map((citation) => `[${citation.n}] ${citation.title} (${citation.url})`),
      ],
    });
  }
  return { title: `Case file for ${ticket.id}`, sections };
}
