// A risk check in Teams, as a researcher runs it: started with an @mention in a channel, it goes on in the personal
// chat with questions as buttons and forms as cards (errors shown on the field, in place), and the appraisal only
// ever reaches the personal chat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelMention, RESEARCHER, TEAM_CHANNEL } from './support/activities.js';
import { startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';
import { actionsOf, inputsOf, TeamsUser } from './support/teams-user.js';

let harness: TeamsHarness;
let user: TeamsUser;
beforeAll(async () => {
  harness = await startTeamsHarness();
  user = new TeamsUser(harness);
});
afterAll(async () => {
  await harness?.stop();
  await harness?.connector.close();
  await harness?.login.close();
});

const ANSWERS: Record<string, string> = { 'Input.Date': '2027-03-01', 'Input.Text': 'China' };

describe('risk checks in Teams', () => {
  it('runs a travel check started in a channel in the personal chat, and sends the appraisal only there', async () => {
    const mention = channelMention(harness.connector.serviceUrl, 'check travel');
    const started = await user.act(mention);
    expect(started.status).toBe(200);
    const thread = `${TEAM_CHANNEL};messageid=${mention.id}`;
    expect(
      started.posted.filter((call) => call.conversationId === thread && call.body.type === 'message'),
    ).toHaveLength(1);

    let appraisal = false;
    for (let step = 0; step < 30 && !appraisal; step += 1) {
      const card = user.currentCard();
      const inputs = inputsOf(card);
      const actions = actionsOf(card);
      const submit = actions.find((action) => (action.data.ressec as { form?: boolean }).form);
      let result: Awaited<ReturnType<TeamsUser['act']>>;
      if (submit && inputs.length > 0) {
        const values: Record<string, string> = {};
        for (const input of inputs) {
          const choices = input.choices as { value: string }[] | undefined;
          values[input.id as string] = choices?.[0]?.value ?? ANSWERS[input.type as string] ?? 'x';
        }
        result = await user.click(submit, { conversationId: user.personalChat }, values);
      } else {
        const answer =
          actions.find((action) => action.verb === 'intake.answer') ??
          actions.find((action) => /confirm/.test(action.verb));
        // A question without answer buttons is answered by typing, as a person would.
        const typed = JSON.stringify(card).includes('YYYY-MM-DD') ? '2027-03-31' : 'China';
        result = answer ? await user.click(answer, { conversationId: user.personalChat }) : await user.say(typed);
      }
      expect(result.status).toBe(200);
      appraisal = JSON.stringify(harness.connector.messages(user.personalChat)).includes(
        'Risk appraisal: Travel check',
      );
    }
    expect(appraisal).toBe(true);
    // Nothing of the check reached the channel beyond the line saying where to look.
    const inChannel = harness.connector.calls.filter(
      (call) => call.conversationId?.startsWith(TEAM_CHANNEL) && call.body.type === 'message',
    );
    expect(inChannel).toHaveLength(1);
    expect(JSON.stringify(inChannel)).not.toContain('Risk check');
  });

  it('shows a form with the error on its field in place, and the invoke answers with the card', async () => {
    // Ask the desk about the answer just given: the ticket form; submitting it empty shows it again with errors.
    await user.say('Who can I ask in the Netherlands about a partnership?');
    const ask = actionsOf(user.currentCard()).find((action) => action.verb === 'ticket.new');
    expect(ask).toBeDefined();
    const opened = await user.click(ask!, { conversationId: user.personalChat });
    expect(opened.status).toBe(200);
    const formCard = user.currentCard();
    const submit = actionsOf(formCard).find((action) => (action.data.ressec as { form?: boolean }).form);
    expect(submit).toBeDefined();
    const emptied: Record<string, string> = {};
    for (const input of inputsOf(formCard)) emptied[input.id as string] = '';
    const refused = await user.click(submit!, { conversationId: user.personalChat }, emptied);
    const body = JSON.parse(refused.body) as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(body.value)).toContain('"color":"attention"');
    expect(RESEARCHER.aad).toBeDefined();
  });
});
