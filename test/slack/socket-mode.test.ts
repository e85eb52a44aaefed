import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sqlDatabasePath } from '../../src/store/sql-database.js';
import { temporaryDataDir } from '../support/fixture-app.js';
import { FakeSlackApi } from './support/fake-slack-api.js';
import { FakeSocketMode } from './support/fake-socket-mode.js';
import { fixture } from './support/fixtures.js';
import { type Harness, startHarness } from './support/slack-harness.js';

let harness: Harness | undefined;
let socket: FakeSocketMode | undefined;
afterEach(async () => {
  await harness?.stop();
  await harness?.api.close();
  await socket?.close();
});

describe('Socket Mode', () => {
  it('connects with the app token through SLACK_API_URL, admits each event before acknowledging it, and answers once', async () => {
    const api = await FakeSlackApi.start();
    socket = await FakeSocketMode.start();
    api.socketModeUrl = socket.url;
    const dataDir = temporaryDataDir();
    harness = await startHarness({ api, dataDir, env: { SLACK_APP_TOKEN: 'xapp-1-test', SLACK_SIGNING_SECRET: '' } });
    await socket.ready;
    expect(harness.slack.port).toBeUndefined();
    const connect = api.calls.find((call) => call.method === 'apps.connections.open');
    expect(connect).toBeDefined();

    const inbox = new Database(sqlDatabasePath(dataDir), { readonly: true });
    const admittedAtAck: boolean[] = [];
    const event = fixture('event-message-im');
    socket.deliverEvent('envelope-1', event);
    await api.waitFor(() => socket!.acks.length === 1);
    admittedAtAck.push(
      inbox
        .prepare("SELECT 1 FROM channel_inbox WHERE platform = 'slack' AND key = ?")
        .get('message:D0REQ0001:1700000001.000100') !== undefined,
    );
    socket.deliverEvent('envelope-2', event, 1);
    await api.waitFor(() => socket!.acks.length === 2);
    inbox.close();

    expect(admittedAtAck).toEqual([true]);
    expect(socket.acks.map((ack) => ack.envelopeId)).toEqual(['envelope-1', 'envelope-2']);
    await harness.slack.idle();
    expect(api.ok('chat.postMessage')).toHaveLength(1);
    expect(api.ok('chat.postMessage')[0]?.args.channel).toBe('D0REQ0001');
  });
});
