// Acknowledging writes nothing but the inbox row: where a verified activity came from rides on the row (the reply
// target's origin), and the answering side stores it as conversation references before it posts anything for the
// turn. So a first contact acknowledged by a process that died before answering is still answered, and remembered.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { originOf } from '../../src/channels/teams/activity-origin.js';
import { placeOf } from '../../src/channels/teams/activity-turn.js';
import { TeamsConnector } from '../../src/channels/teams/connector/teams-connector.js';
import { openTeamsStores, type TeamsStores } from '../../src/channels/teams/store/open-teams-stores.js';
import { TeamsDeliverer, UnreachableError } from '../../src/channels/teams/teams-deliverer.js';
import { textReply } from '../../src/core/reply.js';
import { silentLogger } from '../../src/log.js';
import { channelMention, personalChatOf, personalMessage, RESEARCHER, TEAM_CHANNEL } from './support/activities.js';
import { LoopbackConnector } from './support/loopback-connector.js';
import { loopbackCredentials } from './support/teams-harness.js';

let connector: LoopbackConnector | undefined;
let stores: TeamsStores | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  await stores?.close();
  await connector?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  stores = undefined;
  connector = undefined;
  dataDir = undefined;
});

async function setUp() {
  connector = await LoopbackConnector.start();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ressec-teams-origin-'));
  stores = openTeamsStores({ dataDir });
  const deliverer = new TeamsDeliverer(
    new TeamsConnector({ appType: 'MultiTenant' }, loopbackCredentials),
    stores.references,
    silentLogger(),
  );
  return { connector, references: stores.references, deliverer };
}

describe('Teams conversation references, written by the answering side', () => {
  it('stores the origin of a first contact before its typing and answer go to the verified serviceUrl', async () => {
    const { connector, references, deliverer } = await setUp();
    const activity = personalMessage(connector.serviceUrl, 'What is knowledge security?') as unknown as Activity;
    const target = {
      userId: RESEARCHER.aad,
      working: { conversationId: personalChatOf(RESEARCHER), messageId: activity.id ?? '' },
      origin: originOf(activity),
    };
    expect(await references.person(RESEARCHER.aad)).toBeUndefined();

    await deliverer.showWorking(target);
    await deliverer.deliver(textReply('An answer.'), target, placeOf(activity));

    const mine = connector.calls.filter((call) => call.conversationId === personalChatOf(RESEARCHER));
    expect(mine.map((call) => call.body.type)).toEqual(['typing', 'message']);
    expect(await references.person(RESEARCHER.aad)).toEqual({
      userId: RESEARCHER.aad,
      memberId: RESEARCHER.id,
      serviceUrl: connector.serviceUrl,
      tenantId: expect.any(String),
      personalConversation: personalChatOf(RESEARCHER),
    });
    expect((await references.conversation(personalChatOf(RESEARCHER)))?.serviceUrl).toBe(connector.serviceUrl);
  });

  it('opens the personal chat of someone first seen in a channel from the origin their turn carries', async () => {
    const { connector, references, deliverer } = await setUp();
    const activity = channelMention(connector.serviceUrl, 'check') as unknown as Activity;
    const target = { userId: RESEARCHER.aad, origin: originOf(activity) };

    const opened = await deliverer.openDirectConversation(RESEARCHER.aad, target);

    expect(opened).toBe(personalChatOf(RESEARCHER));
    expect((await references.conversation(TEAM_CHANNEL))?.serviceUrl).toBe(connector.serviceUrl);
    expect((await references.person(RESEARCHER.aad))?.personalConversation).toBe(opened);
  });

  it('sends nothing for a turn whose target carries no origin and whose conversation nobody verified', async () => {
    const { connector, deliverer } = await setUp();
    const conversation = { id: personalChatOf(RESEARCHER), kind: 'dm' as const };
    await expect(deliverer.deliver(textReply('An answer.'), { userId: RESEARCHER.aad }, conversation)).rejects.toThrow(
      UnreachableError,
    );
    expect(connector.calls).toHaveLength(0);
  });
});
