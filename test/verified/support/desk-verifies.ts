// The desk's side of a verified answer, through the router of any process: a researcher's question becomes a ticket,
// the desk advises and closes it, then presses "Save as verified answer" and submits the form.
import type { App } from '../../../src/app.js';
import type { Reply } from '../../../src/core/reply.js';
import { type Turn, textTurn } from '../../../src/core/turn.js';
import { fromAnswer } from '../../../src/escalation/ticket-origin.js';
import { VERIFIED_VERBS } from '../../../src/verified/verified-verbs.js';

export const DESK = { platform: 'console' as const, userId: 'desk-anna', name: 'Anna' };
export const QUESTION = 'Can I bring my own laptop to a conference in Brazil?';
export const ADVICE =
  'Yes, but take a loaner laptop from IT instead of your own, and carry no unpublished research data. Ask the advice desk two weeks before you go.';
export const SOURCE = 'Travelling abroad with devices | https://example.org/travel';

export function deskTurn(input: Turn['input']): Turn {
  return { ...textTurn('', { platform: 'console', user: { id: DESK.userId, name: DESK.name } }), input };
}

export function formOf(replies: Reply[]) {
  const block = replies.flatMap((reply) => reply.blocks).find((candidate) => candidate.kind === 'form');
  if (block?.kind !== 'form') throw new Error(`no form in ${JSON.stringify(replies).slice(0, 300)}`);
  return block;
}

/** Files the question as a ticket, advises, closes, and saves the advice as a verified answer; returns the reply. */
export async function deskSavesVerifiedAnswer(app: App, overrides: Record<string, string> = {}): Promise<Reply[]> {
  const answer = await app.answers.answer(QUESTION, 'slack');
  const origin = fromAnswer(answer.id, {
    question: answer.question,
    answer: answer.text,
    outcome: answer.outcome,
    citations: [],
    userId: 'U-RESEARCHER',
    platform: 'slack',
  });
  const service = app.escalation.service;
  const filed = await service.submit(`test:${answer.id}`, {
    requester: { platform: 'slack', userId: 'U-RESEARCHER' },
    origin: origin.origin,
    subject: origin.subject,
    note: '',
    priority: 'medium',
  });
  if (filed.kind !== 'created') throw new Error(`ticket ${filed.kind}`);
  const id = filed.ticket.id;
  await service.act(id, `advise-${answer.id}`, DESK, { kind: 'advise', advice: ADVICE });
  await service.act(id, `close-${answer.id}`, DESK, { kind: 'close' });
  const form = formOf(await app.router.handleTurn(deskTurn({ kind: 'action', verb: VERIFIED_VERBS.new, value: id })));
  const values = Object.fromEntries(form.fields.map((field) => [field.id, String(field.initial ?? '')]));
  return app.router.handleTurn(
    deskTurn({ kind: 'form', verb: VERIFIED_VERBS.save, values: { ...values, sources: SOURCE, ...overrides } }),
  );
}
