// Lose nothing, answer once, in Teams: the activity is in the inbox before the 200, a redelivered activity id is
// answered once, a crash between the 200 and the answer is recovered by the next start, and the connector's 429 and
// 5xx are retried after their Retry-After.
import { afterEach, describe, expect, it } from 'vitest';
import { personalChatOf, personalMessage, RESEARCHER } from './support/activities.js';
import { type BotFrameworkLogin, startBotFrameworkLogin } from './support/bot-framework-login.js';
import { LoopbackConnector } from './support/loopback-connector.js';
import { startTeamsHarness, type TeamsHarness } from './support/teams-harness.js';

const QUESTION = 'Who can I ask in the Netherlands about a partnership?';
const PERSONAL = personalChatOf(RESEARCHER);

let harnesses: TeamsHarness[] = [];
let shared: { connector: LoopbackConnector; login: BotFrameworkLogin } | undefined;

afterEach(async () => {
  for (const harness of harnesses) await harness.stop().catch(() => undefined);
  harnesses = [];
  await shared?.connector.close();
  await shared?.login.close();
  shared = undefined;
});

async function harness(options: Parameters<typeof startTeamsHarness>[0] = {}) {
  shared ??= { connector: await LoopbackConnector.start(), login: await startBotFrameworkLogin() };
  const started = await startTeamsHarness({ ...shared, ...options });
  harnesses.push(started);
  return started;
}

describe('Teams answers every activity exactly once', () => {
  it('stores the activity before the 200, and answers a redelivered activity id once', async () => {
    const teams = await harness();
    const activity = personalMessage(teams.connector.serviceUrl, QUESTION);
    const first = await teams.post(activity);
    expect(first.status).toBe(200);
    // The row is durable by the time the 200 is read.
    expect(await teams.teams.inbox.get(`${PERSONAL}|${activity.id}`)).toBeDefined();
    const again = await Promise.all([teams.post(activity), teams.post(activity)]);
    expect(again.map((response) => response.status)).toEqual([200, 200]);
    expect(await teams.teams.idle(10_000)).toBe(true);
    const answers = teams.connector.messages(PERSONAL);
    expect(answers).toHaveLength(1);
  });

  it('answers after a restart what a crashed process had acknowledged but not answered', async () => {
    // The first process acknowledges and dies before working anything off (a lease as short as the test needs).
    const first = await harness({ teams: { concurrency: 0 as number, leaseMs: 200 } });
    const activity = personalMessage(first.connector.serviceUrl, QUESTION);
    expect((await first.post(activity)).status).toBe(200);
    const dataDir = first.dataDir;
    await first.stop();
    harnesses = [];
    expect(first.connector.messages(PERSONAL)).toHaveLength(0);

    const second = await harness({ dataDir, teams: { leaseMs: 200 } });
    await second.connector.waitFor((calls) =>
      calls.some((call) => call.kind === 'send' && call.conversationId === PERSONAL && call.body.type === 'message'),
    );
    expect(await second.teams.idle(10_000)).toBe(true);
    expect(second.connector.messages(PERSONAL)).toHaveLength(1);
  });

  it('retries a 429 after its Retry-After and a 503, and still answers once', async () => {
    const teams = await harness();
    // Typing goes first; the answer then meets a 429 with Retry-After: 1 and a 503 before it gets through.
    const activity = personalMessage(teams.connector.serviceUrl, QUESTION);
    await teams.post(activity);
    await teams.connector.waitFor((calls) => calls.some((call) => call.body.type === 'typing'));
    teams.connector.failNext(1, 429, '1');
    teams.connector.failNext(1, 503);
    await teams.connector.waitFor((calls) =>
      calls.some((call) => call.kind === 'send' && call.conversationId === PERSONAL && call.body.type === 'message'),
    );
    const calls = teams.connector.calls;
    const throttled = calls.find((call) => call.body.failedWith === 429);
    const delivered = calls.find((call) => call.kind === 'send' && call.body.type === 'message');
    expect(throttled).toBeDefined();
    expect(calls.some((call) => call.body.failedWith === 503)).toBe(true);
    expect(delivered!.at - throttled!.at).toBeGreaterThanOrEqual(950);
    expect(await teams.teams.idle(10_000)).toBe(true);
    expect(teams.connector.messages(PERSONAL)).toHaveLength(1);
  });
});
