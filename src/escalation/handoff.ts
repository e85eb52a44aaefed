// What the desk sees first on a ticket, and what routing reads: a short summary, the jurisdictions, the language the
// researcher wrote in, and the flow. Computed when the ticket is filed, from what it was filed with.
import { detectJurisdictions } from '../knowledge/jurisdiction-detect.js';
import { guessLanguage } from '../knowledge/translate-terms.js';
import type { Handoff, NewTicket } from './ticket.js';

const SUMMARY_MAX = 300;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function handoffFor(draft: NewTicket): Handoff {
  const origin = draft.origin;
  const note = draft.note.trim();
  let summary: string;
  let flow: string;
  let written: string;
  if (origin.kind === 'answer') {
    flow = 'question';
    written = origin.question;
    const outcome = origin.outcome === 'answered' ? 'answered from the guidance' : `not answered (${origin.outcome})`;
    summary = `Question, ${outcome}: ${origin.question}${note ? ` Note: ${note}` : ''}`;
  } else if (origin.kind === 'appraisal') {
    flow = origin.flow;
    written = [note, ...origin.answers.map((answer) => answer.answer)].join(' ');
    const flags = origin.flags.map((flag) => `${flag.level} ${flag.reason}`).join('; ');
    summary = `${origin.flowTitle}, ${origin.level} risk${flags ? `: ${flags}` : ''}${note ? `. Note: ${note}` : ''}`;
  } else {
    flow = 'request';
    written = `${draft.subject} ${note}`;
    summary = `${draft.subject}${note ? `: ${note}` : ''}`;
  }
  return {
    summary: clip(summary, SUMMARY_MAX),
    jurisdictions: detectJurisdictions(`${draft.subject} ${written}`).slice(0, 10),
    language: guessLanguage(written),
    flow,
  };
}
