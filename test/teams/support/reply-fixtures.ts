// One reply of every kind the Teams renderer must draw, built by the core's own functions wherever they exist, so
// that the snapshots follow the core's wording rather than a copy of it.

import Keyv from 'keyv';
import type { Answer } from '../../../src/answer/answer.js';
import { answerToReply } from '../../../src/answer/answer-reply.js';
import type { AnswerService } from '../../../src/answer/answer-service.js';
import { registerAnswering } from '../../../src/answer/register-answering.js';
import { helpCommand } from '../../../src/core/help-command.js';
import type { AppraisalView, Citation, Reply } from '../../../src/core/reply.js';
import { Router } from '../../../src/core/router.js';
import { textTurn } from '../../../src/core/turn.js';
import { VERBS } from '../../../src/core/verbs.js';
import { messageForm } from '../../../src/escalation/handlers/action-forms.js';
import type { Ticket } from '../../../src/escalation/ticket.js';
import { ticketCard } from '../../../src/escalation/ticket-replies.js';
import { silentLogger } from '../../../src/log.js';

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

const ANSWER: Answer = {
  id: 'a-1',
  question: 'Who can I ask in the Netherlands about a partnership?',
  text: 'You can ask the **National Contact Point for Knowledge Security** [1]. Your institution should also have its own procedure [2].\n\n- Call or e-mail the contact point\n- Use `check partnership` for a risk check',
  outcome: 'answered',
  mode: 'offline',
  citations: CITATIONS,
  notes: [],
  stale: [{ title: CITATIONS[1]!.title, reviewBy: '2026-05-01' }],
  followUps: ['What does the contact point need from me before a partnership with a foreign university?'],
  suggestDesk: false,
  asOf: '2026-11-20',
} as unknown as Answer;

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

async function routerReplies(
  setup: (router: Router) => void,
  input: Parameters<Router['handleTurn']>[0],
): Promise<Reply[]> {
  const router = new Router(silentLogger(), new Keyv());
  setup(router);
  return router.handleTurn(input);
}

/** The replies by kind, as the renderer tests name them. */
export async function replyFixtures(): Promise<Record<string, Reply>> {
  const downVote = await routerReplies((router) => registerAnswering(router, {} as AnswerService), {
    ...textTurn(''),
    platform: 'teams',
    input: { kind: 'action', verb: VERBS.feedback, value: 'down:a-1' },
  });
  const help = await routerReplies(
    (router) => {
      router.command({ name: 'check', usage: 'check [flow]', summary: 'start a risk check', run: async () => [] });
      router.command(helpCommand(router));
    },
    { ...textTurn('help'), platform: 'teams' },
  );
  const invalidForm = messageForm('ticket.ask', TICKET);
  const formBlock = invalidForm.blocks[0];
  if (formBlock?.kind === 'form') {
    formBlock.fields = formBlock.fields.map((field) =>
      field.id === 'message' ? { ...field, error: 'Write your question (at most 4,000 characters).' } : field,
    );
    formBlock.fields.push(
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
    );
  }
  return {
    answer: answerToReply(ANSWER),
    feedback: downVote[0]!,
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
    form: invalidForm,
    appraisal: {
      visibility: 'private',
      blocks: [
        { kind: 'appraisal', appraisal: APPRAISAL },
        { kind: 'context', text: 'Guidance, not legal advice.' },
      ],
      fallbackText: 'Risk check: Research partnership, overall HIGH',
    },
    ticket: ticketCard(TICKET, 'requester', 'Your ticket **RS-2026-0042** was filed.'),
    deskCard: ticketCard(TICKET, 'desk'),
    help: help[0]!,
  };
}
