// Every reply kind rendered as an Adaptive Card 1.5: valid for the offline schema parser, within the Teams limits,
// and pinned by one snapshot each so that a change in the card is a reviewed change.
import { beforeAll, describe, expect, it } from 'vitest';
import { actionInput, CHOICE_INPUT_ID, CHOOSE_VERB } from '../../src/channels/teams/cards/card-actions.js';
import type { CardElement } from '../../src/channels/teams/cards/card-elements.js';
import { renderCard } from '../../src/channels/teams/cards/render-card.js';
import type { Reply } from '../../src/core/reply.js';
import { cardProblems } from './support/card-validation.js';
import { CITATIONS, replyFixtures } from './support/reply-fixtures.js';

let fixtures: Record<string, Reply>;
beforeAll(async () => {
  fixtures = await replyFixtures();
});

function flatten(elements: readonly CardElement[]): CardElement[] {
  return elements.flatMap((element) =>
    element.type === 'Container' ? [element, ...flatten(element.items)] : [element],
  );
}

describe('Adaptive Card renderer', () => {
  for (const kind of ['answer', 'feedback', 'choice', 'form', 'appraisal', 'ticket', 'deskCard', 'help']) {
    it(`renders the ${kind} reply as a valid card within the Teams limits`, () => {
      const card = renderCard(fixtures[kind]!);
      expect(cardProblems(card)).toEqual([]);
      expect(card).toMatchSnapshot();
    });
  }

  it('shows a validation error on its field and says how many fields need fixing', () => {
    const body = flatten(renderCard(fixtures.form!).body);
    const messageInput = body.findIndex((element) => element.type === 'Input.Text' && element.id === 'message');
    expect(body[messageInput + 1]).toMatchObject({ type: 'TextBlock', color: 'attention' });
    expect(JSON.stringify(body)).toContain('Please fix the 2 fields marked below.');
  });

  it('carries hidden fields in the submit data and returns them with the inputs', () => {
    const body = flatten(renderCard(fixtures.form!).body);
    expect(body.some((element) => 'id' in element && element.id === 'ticketId')).toBe(false);
    const submit = body.flatMap((element) => (element.type === 'ActionSet' ? element.actions : [])).at(-1);
    expect(submit?.type).toBe('Action.Execute');
    if (submit?.type !== 'Action.Execute') return;
    const decoded = actionInput(submit.verb, { ...submit.data, message: 'Which lab?', countries: 'CN,IR' });
    expect(decoded?.input).toEqual({
      kind: 'form',
      verb: 'ticket.ask',
      values: { ticketId: 'RS-2026-0042', message: 'Which lab?', countries: ['CN', 'IR'] },
    });
  });

  it('puts the ticket version on every ticket button', () => {
    const actions = flatten(renderCard(fixtures.deskCard!).body).flatMap((element) =>
      element.type === 'ActionSet' ? element.actions : [],
    );
    expect(actions.map((action) => action.title)).toEqual([
      'Claim',
      'Ask the requester',
      'Internal note',
      'Change status',
      'Give advice',
      'Close',
    ]);
    for (const action of actions) {
      if (action.type !== 'Action.Execute') throw new Error('not an Action.Execute');
      expect(actionInput(action.verb, action.data)).toEqual({
        input: { kind: 'action', verb: action.verb, value: 'RS-2026-0042' },
        version: '2026-11-30T10:15:00.000Z',
      });
    }
  });

  it('decodes a mixed select by the index of the chosen option', () => {
    const body = flatten(renderCard(fixtures.choice!).body);
    const choose = body.flatMap((element) => (element.type === 'ActionSet' ? element.actions : [])).at(-1);
    if (choose?.type !== 'Action.Execute') throw new Error('no choose button');
    expect(choose.verb).toBe(CHOOSE_VERB);
    expect(actionInput(choose.verb, { ...choose.data, [CHOICE_INPUT_ID]: '1' })?.input).toEqual({
      kind: 'action',
      verb: 'intake.skip',
      value: undefined,
    });
    expect(actionInput(choose.verb, { ...choose.data, [CHOICE_INPUT_ID]: '7' })).toBeUndefined();
  });

  it('refuses invokes that are not ours or are malformed', () => {
    expect(actionInput('answer.feedback', { value: 'up:a-1' })).toBeUndefined();
    expect(actionInput(42, { ressec: {} })).toBeUndefined();
    expect(actionInput('x'.repeat(500), { ressec: {} })).toBeUndefined();
    expect(actionInput('answer.feedback', 'not an object')).toBeUndefined();
  });

  it('keeps a huge reply under 28 KB, buttons included, and says that it was cut', () => {
    const huge = fixtures.answer!;
    const text = 'A long paragraph about export controls and knowledge security. '.repeat(120);
    const reply: Reply = {
      ...huge,
      blocks: [
        ...Array.from({ length: 12 }, () => ({ kind: 'text' as const, markdown: text })),
        { kind: 'citations', items: Array.from({ length: 30 }, (_, index) => ({ ...CITATIONS[0]!, n: index + 1 })) },
        ...huge.blocks.filter((block) => block.kind === 'choices'),
      ],
    };
    const card = renderCard(reply);
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain('too long for one Teams message');
    expect(json).toContain('Ask the advice desk');
  });

  it('never makes a link of anything but a web address', () => {
    const card = renderCard({
      visibility: 'public',
      blocks: [{ kind: 'text', markdown: 'See [this](javascript:alert(1)) and [that](https://example.org/a).' }],
      fallbackText: 'x',
    });
    const text = JSON.stringify(card);
    expect(text).not.toContain('javascript:');
    expect(text).toContain('[that](https://example.org/a)');
  });
});
