// One reply of every kind the Teams renderer must draw, shaped as the core builds them but written out here, so that
// a change of the core's wording does not move the renderer's snapshots (they pin the card, not the words).

import type { AppraisalView, Citation, Reply } from '../../../src/core/reply.js';
import { VERBS } from '../../../src/core/verbs.js';
import type { Ticket } from '../../../src/escalation/ticket.js';

export const CITATIONS: Citation[] = [
  {
    n: 1,
    id: 'nl-contact-point#who-can-ask',
    documentId: 'nl-contact-point',
    title: 'The Dutch National Contact Point for Knowledge Security',
    section: 'Who can ask',
    publisher: 'Rijksoverheid',
    date: '2022-01',
    url: 'https://www.loketkennisveiligheid.nl/',
    jurisdiction: 'NL',
    excerpt:
      'Knowledge institutions can ask the contact point about a planned partnership, a visiting researcher or a research project with foreign parties. '.repeat(
        3,
      ),
  },
  {
    n: 2,
    id: 'eu-council-recommendation#institutions',
    documentId: 'eu-council-recommendation',
    title: 'Council Recommendation on enhancing research security',
    publisher: 'Council of the European Union',
    date: '2024-05',
    url: 'https://eur-lex.europa.eu/eli/C/2024/3510/oj',
    jurisdiction: 'EU',
    excerpt: 'Institutions are encouraged to set up internal risk-management procedures.',
    stale: true,
  },
];

const ANSWER: Reply = {
  visibility: 'public',
  answerId: 'a-1',
  fallbackText: 'You can ask the National Contact Point for Knowledge Security [1].',
  blocks: [
    {
      kind: 'text',
      markdown:
        'You can ask the **National Contact Point for Knowledge Security** [1]. Your institution should also have its own procedure [2].\n\n- Call or e-mail the contact point\n- Use `check partnership` for a risk check',
    },
    { kind: 'citations', items: CITATIONS },
    { kind: 'context', text: 'Jurisdiction: NL, EU · Guidance as of 2026-11-20' },
    {
      kind: 'context',
      text: '⚠️ "Council Recommendation on enhancing research security" was due for review on 2026-05-01; the guidance may have changed since.',
    },
    {
      kind: 'choices',
      prompt: 'You could also ask:',
      display: 'buttons',
      options: [
        {
          label: 'What does the contact point need from me before a partnership with a foreign university?',
          verb: VERBS.ask,
          value: 'What does the contact point need from me before a partnership with a foreign university?',
        },
      ],
    },
    {
      kind: 'context',
      text: 'Guidance, not legal advice: an appraisal is never a clearance; your advice desk decides.',
    },
    {
      kind: 'choices',
      display: 'buttons',
      options: [
        { label: '👍', verb: VERBS.feedback, value: 'up:a-1' },
        { label: '👎', verb: VERBS.feedback, value: 'down:a-1' },
        { label: 'Start a risk check', verb: VERBS.startIntake, value: '' },
        { label: 'Ask the advice desk', verb: VERBS.newTicket, value: 'answer:a-1' },
      ],
    },
  ],
};

export const APPRAISAL: AppraisalView = {
  flow: 'partnership',
  flowTitle: 'Research partnership',
  level: 'high',
  flags: [
    { id: 'dual-use', level: 'high', reason: 'The technology is on the EU dual-use list.', citations: [2] },
    { id: 'military', level: 'medium', reason: 'The partner has ties to a military end user.', citations: [1] },
  ],
  mitigations: ['Agree a technology control plan', 'Check export licences before sharing data'],
  nextSteps: ['Ask the advice desk before signing'],
  escalate: true,
  citations: CITATIONS,
};

export const TICKET: Ticket = {
  id: 'RS-2026-0042',
  requester: { platform: 'teams', userId: '00000000-0000-0000-0000-00000000aaaa', name: 'A. Researcher' },
  origin: { kind: 'request' },
  subject: 'Visiting researcher from a partner university',
  note: 'They arrive on 1 March.',
  deadline: '2027-02-15',
  priority: 'high',
  status: 'in_review',
  assignee: { platform: 'teams', userId: '00000000-0000-0000-0000-00000000dddd', name: 'D. Esk' },
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T10:15:00.000Z',
  audit: [],
};

/** The replies by kind, as the renderer tests name them. */
export async function replyFixtures(): Promise<Record<string, Reply>> {
  const ticketBlock = (viewer: 'desk' | 'requester') => ({
    kind: 'ticket' as const,
    ticket: {
      id: TICKET.id,
      subject: TICKET.subject,
      status: TICKET.status,
      priority: TICKET.priority,
      requester: 'A. Researcher',
      assignee: 'D. Esk',
      deadline: TICKET.deadline,
      flags: ['high: The technology is on the EU dual-use list.'],
      updatedAt: TICKET.updatedAt,
    },
    actions:
      viewer === 'desk'
        ? [
            { label: 'Claim', verb: 'ticket.claim', value: TICKET.id, style: 'primary' as const },
            { label: 'Ask the requester', verb: 'ticket.ask', value: TICKET.id },
            { label: 'Internal note', verb: 'ticket.note', value: TICKET.id },
            { label: 'Change status', verb: 'ticket.status', value: TICKET.id },
            { label: 'Give advice', verb: 'ticket.advise', value: TICKET.id },
            { label: 'Close', verb: 'ticket.close', value: TICKET.id, style: 'danger' as const },
          ]
        : [{ label: 'Reply to the desk', verb: 'ticket.reply', value: TICKET.id, style: 'primary' as const }],
  });
  return {
    answer: ANSWER,
    feedback: {
      visibility: 'private',
      blocks: [
        {
          kind: 'form',
          verb: VERBS.feedbackReason,
          title: 'What was wrong?',
          submitLabel: 'Send',
          intro: 'Optional: what was missing or wrong? Please leave out names and confidential details.',
          fields: [
            {
              id: 'answerId',
              label: 'Answer',
              kind: 'text',
              required: true,
              initial: 'a-1',
              maxLength: 64,
              hidden: true,
            },
            { id: 'reason', label: 'What was wrong?', kind: 'textarea', required: false, maxLength: 1000 },
          ],
        },
      ],
      fallbackText: 'What was wrong with the answer?',
    },
    choice: {
      visibility: 'private',
      blocks: [
        { kind: 'text', markdown: 'Which kind of activity is it?' },
        {
          kind: 'choices',
          display: 'buttons',
          options: [
            { label: 'Partnership', verb: 'intake.answer', value: 'kind=partnership', style: 'primary' },
            { label: 'Visitor', verb: 'intake.answer', value: 'kind=visitor' },
            { label: 'Cancel', verb: 'intake.cancel', style: 'danger' },
          ],
        },
        {
          kind: 'choices',
          prompt: 'Or pick a country',
          display: 'select',
          options: [
            { label: 'Netherlands', verb: 'intake.answer', value: 'country=NL' },
            { label: 'Skip this', verb: 'intake.skip' },
          ],
        },
      ],
      fallbackText: 'Which kind of activity is it?',
    },
    form: {
      visibility: 'private',
      blocks: [
        {
          kind: 'form',
          verb: 'ticket.ask',
          title: `Ask the requester: ${TICKET.id}`,
          submitLabel: 'Send question',
          intro: 'The requester sees this.',
          fields: [
            {
              id: 'ticketId',
              label: 'Ticket',
              kind: 'text',
              required: true,
              initial: TICKET.id,
              maxLength: 20,
              hidden: true,
            },
            {
              id: 'message',
              label: 'Your question',
              kind: 'textarea',
              required: true,
              maxLength: 4000,
              error: 'Write your question (at most 4,000 characters).',
            },
            {
              id: 'countries',
              label: 'Countries',
              kind: 'multiselect',
              required: true,
              options: [
                { label: 'China', value: 'CN' },
                { label: 'Iran', value: 'IR' },
              ],
              initial: ['CN'],
            },
            { id: 'start', label: 'Start date', kind: 'date', required: false, error: 'Use a date in the future.' },
            { id: 'email', label: 'Your e-mail', kind: 'email', required: false, help: 'For the desk to reach you.' },
          ],
        },
      ],
      fallbackText: `Ask the requester: ${TICKET.id}`,
    },
    appraisal: {
      visibility: 'private',
      blocks: [
        { kind: 'appraisal', appraisal: APPRAISAL },
        { kind: 'context', text: 'Guidance, not legal advice.' },
      ],
      fallbackText: 'Risk check: Research partnership, overall HIGH',
    },
    ticket: {
      visibility: 'private',
      blocks: [{ kind: 'text', markdown: 'Your ticket **RS-2026-0042** was filed.' }, ticketBlock('requester')],
      fallbackText: 'Your ticket RS-2026-0042 was filed.',
    },
    deskCard: {
      visibility: 'public',
      blocks: [ticketBlock('desk')],
      fallbackText: 'Ticket RS-2026-0042 (in review, high): Visiting researcher from a partner university',
    },
    help: {
      visibility: 'private',
      blocks: [
        {
          kind: 'text',
          markdown:
            "I'm ressec, the research security assistant. Ask me a question in plain words.\n\n• `ask <question>`: a question\n• `check [flow]`: start a risk check\n• `tickets`: your tickets\n• `help`: what I can do",
        },
        {
          kind: 'context',
          text: 'Guidance, not legal advice: an appraisal is never a clearance; your advice desk decides.',
        },
      ],
      fallbackText: "I'm ressec, the research security assistant.",
    },
  };
}
