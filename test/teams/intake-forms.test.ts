// Every guided check in Teams, run to its appraisal in the personal chat: each question with several answers is a form
// card, and submitting it with nothing picked shows the same card again, in the invoke's answer (in place), with the
// error under that field; then a real pick goes on. The appraisal reaches the personal chat and nowhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_FLOWS } from '../../src/intake/flows/index.js';
import { startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';
import { actionsOf, inputsOf, TeamsUser } from './support/teams-user.js';

let harness: TeamsHarness;
beforeAll(async () => {
  harness = await startTeamsHarness();
});
afterAll(async () => {
  await harness?.stop();
  await harness?.connector.close();
  await harness?.login.close();
});

type Node = Record<string, unknown>;

/** The card's body elements in order, containers opened up. */
function elementsOf(card: Node | undefined): Node[] {
  const flat: Node[] = [];
  const visit = (items: unknown) => {
    for (const item of (items as Node[] | undefined) ?? []) {
      flat.push(item);
      visit(item.items);
    }
  };
  visit(card?.body);
  return flat;
}

/** The error shown right under an input (after its help line, if any). */
function errorUnder(card: Node | undefined, inputId: string): string | undefined {
  const elements = elementsOf(card);
  const at = elements.findIndex((element) => element.id === inputId);
  for (const next of elements.slice(at + 1, at + 3)) {
    if (typeof next.type === 'string' && next.type.startsWith('Input.')) return undefined;
    if (next.color === 'attention') return next.text as string;
  }
  return undefined;
}

const TYPED: [RegExp, string][] = [
  [/YYYY-MM-DD/, '2027-03-31'],
  [/country|countries|where/i, 'China'],
];

describe.each(ALL_FLOWS.map((flow) => [flow.id]))('the %s check in Teams', (flowId) => {
  it('shows each form as a card with its error on the field, and the appraisal only in the personal chat', async () => {
    const user = new TeamsUser(harness);
    const chatBefore = harness.connector.calls.length;
    const earlier = harness.connector.messages(user.personalChat).length;
    expect((await user.say(`check ${flowId}`)).status).toBe(200);

    let forms = 0;
    let appraisal = false;
    for (let step = 0; step < 60 && !appraisal; step += 1) {
      const card = user.currentCard();
      const inputs = inputsOf(card);
      const actions = actionsOf(card);
      const submit = actions.find((action) => (action.data.ressec as { form?: boolean } | undefined)?.form);
      let status: number;
      if (submit && inputs.length > 0) {
        forms += 1;
        // Nothing picked: the same card comes back in place, the error under the field that needs an answer.
        const empty: Record<string, string> = {};
        for (const input of inputs) empty[input.id as string] = '';
        const refused = await user.click(submit, { conversationId: user.personalChat }, empty);
        const invoke = JSON.parse(refused.body) as { statusCode: number; type: string; value: Node };
        expect(invoke.type).toBe('application/vnd.microsoft.card.adaptive');
        const required = inputs.filter((input) => input.isRequired === true);
        for (const input of required) expect(errorUnder(invoke.value, input.id as string)).toMatch(/^⚠️ /);
        expect(inputsOf(invoke.value).map((input) => input.id)).toEqual(inputs.map((input) => input.id));

        const values: Record<string, string> = {};
        for (const input of inputs) {
          const choices = input.choices as { value: string }[] | undefined;
          values[input.id as string] = choices?.[0]?.value ?? (input.type === 'Input.Date' ? '2027-03-01' : 'x');
        }
        const accepted = await user.click(submit, { conversationId: user.personalChat }, values);
        status = accepted.status;
        expect(JSON.stringify(user.currentCard())).not.toContain('"color":"attention"');
      } else {
        const answer =
          actions.find((action) => action.verb === 'intake.answer') ??
          actions.find((action) => /confirm/.test(action.verb));
        const shown = JSON.stringify(card);
        const typed = TYPED.find(([pattern]) => pattern.test(shown))?.[1] ?? 'China';
        status = (answer ? await user.click(answer, { conversationId: user.personalChat }) : await user.say(typed))
          .status;
      }
      expect(status).toBe(200);
      appraisal = JSON.stringify(harness.connector.messages(user.personalChat).slice(earlier)).includes(
        'Risk appraisal',
      );
    }
    expect(appraisal).toBe(true);
    expect(forms).toBeGreaterThan(0);
    const elsewhere = harness.connector.calls
      .slice(chatBefore)
      .filter((call) => call.conversationId !== user.personalChat && call.body.type === 'message');
    expect(elsewhere).toHaveLength(0);
  });
});
