// The typing indicator is the first sign of life. The answering side sends it as soon as it hears of a stored turn,
// not when an answer worker gets to it, and acknowledging sends nothing. Here no worker has room for the turn, and
// typing still arrives; a turn that does run shows typing once, not again when it starts.
import { afterEach, describe, expect, it } from 'vitest';
import { personalChatOf, personalMessage, RESEARCHER } from './support/activities.js';
import { startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';

let harness: TeamsHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  await harness?.connector.close();
  await harness?.login.close();
  harness = undefined;
});

const PERSONAL = personalChatOf(RESEARCHER);

describe('Teams typing indicator', () => {
  it('is sent once the activity is stored, even while no answer worker has room for the turn', async () => {
    harness = await startTeamsHarness({ teams: { maxQueued: 0 } });
    const sent = Date.now();
    expect((await harness.post(personalMessage(harness.connector.serviceUrl, 'Is this a question?'))).status).toBe(200);
    const calls = await harness.connector.waitFor((all) =>
      all.some((call) => call.conversationId === PERSONAL && call.body.type === 'typing'),
    );
    const typing = calls.find((call) => call.conversationId === PERSONAL && call.body.type === 'typing');
    expect(typing!.at - sent).toBeLessThan(1_000);
    // The turn is still waiting in the inbox: nothing answered it.
    expect((await harness.teams.inbox.counts()).pending).toBe(1);
    expect(harness.connector.messages(PERSONAL)).toHaveLength(0);
  });

  it('goes up once for a turn that is answered: the answering side does not send it again', async () => {
    harness = await startTeamsHarness();
    await harness.post(personalMessage(harness.connector.serviceUrl, 'What is knowledge security?'));
    await harness.connector.waitFor((all) =>
      all.some((call) => call.conversationId === PERSONAL && call.body.type === 'message'),
    );
    const mine = harness.connector.calls.filter((call) => call.conversationId === PERSONAL);
    expect(mine[0]?.body.type).toBe('typing');
    expect(mine.filter((call) => call.body.type === 'typing')).toHaveLength(1);
  });
});
