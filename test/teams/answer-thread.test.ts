// How `ressec teams` serves: the acknowledging thread verifies and admits, and the answer thread (the core, the
// deliverer, the notifier) answers. A question and a card action go through it as they do in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalChatOf, personalMessage, RESEARCHER } from './support/activities.js';
import { startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';
import { actionsOf, TeamsUser } from './support/teams-user.js';

let harness: TeamsHarness;
beforeAll(async () => {
  harness = await startTeamsHarness({ teams: { answerThread: true } });
});
afterAll(async () => {
  await harness?.stop();
  await harness?.connector.close();
  await harness?.login.close();
});

describe('Teams with answers in a worker thread', () => {
  it('answers a question and a button from the answer thread, typing first', async () => {
    const activity = personalMessage(
      harness.connector.serviceUrl,
      'Who can I ask in the Netherlands about a partnership?',
    );
    expect((await harness.post(activity)).status).toBe(200);
    await harness.connector.waitFor((calls) =>
      calls.some(
        (call) =>
          call.kind === 'send' && call.conversationId === personalChatOf(RESEARCHER) && call.body.type === 'message',
      ),
    );
    const mine = harness.connector.calls.filter((call) => call.conversationId === personalChatOf(RESEARCHER));
    expect(mine[0]?.body.type).toBe('typing');
    const user = new TeamsUser(harness);
    await user.say('check');
    const travel = actionsOf(user.currentCard()).find((action) => action.title === 'Travel check');
    expect(travel).toBeDefined();
    const clicked = await user.click(travel!, { conversationId: user.personalChat });
    expect(clicked.status).toBe(200);
    expect(JSON.stringify(user.currentCard())).toContain('What is the trip for?');
  });
});
