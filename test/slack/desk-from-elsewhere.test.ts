import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Block } from '../../src/core/reply.js';
import type { Turn, TurnInput } from '../../src/core/turn.js';
import { startDeliveryWorker } from '../../src/escalation/delivery/start-delivery-worker.js';
import { silentLogger } from '../../src/log.js';
import { channelCatalog } from '../../src/main.js';
import { temporaryDataDir } from '../support/fixture-app.js';
import { FakeSlackApi } from './support/fake-slack-api.js';

let api: FakeSlackApi;

beforeAll(async () => {
  api = await FakeSlackApi.start();
});

afterAll(async () => {
  await api.close();
});

const turn = (input: TurnInput, id: string): Turn => ({
  id,
  platform: 'console',
  user: { id: 'local-user', name: 'Researcher' },
  conversation: { id: 'terminal', kind: 'dm' },
  receivedAt: new Date().toISOString(),
  input,
});

describe('a ticket filed outside the Slack process', () => {
  it('still gets its card in the desk channel when `ressec deliver` runs', async () => {
    const config = loadConfig({
      RESSEC_DATA_DIR: temporaryDataDir(),
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_OFFLINE: 'true',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'test-secret',
      SLACK_API_URL: api.apiUrl,
      SLACK_DESK_CHANNEL: 'CDESK',
    });
    // As every command that files or delivers tickets does: the configured channels' desk sinks, from main.ts.
    const deskSinks = await channelCatalog(config, silentLogger()).deskSinks();
    const app = await buildApp(config, silentLogger(), { stateUrl: 'memory:', deskSinks });
    const [formReply] = await app.router.handleTurn(turn({ kind: 'action', verb: 'ticket.new', value: '' }, 't1'));
    const form = formReply?.blocks.find((block): block is Extract<Block, { kind: 'form' }> => block.kind === 'form');
    expect(form).toBeDefined();
    const values: Record<string, string> = {};
    for (const field of form!.fields) {
      if (typeof field.initial === 'string') values[field.id] = field.initial;
      if (field.required && !values[field.id]) values[field.id] = field.options?.[0]?.value ?? 'Partnership question';
    }
    const submitted = await app.router.handleTurn(turn({ kind: 'form', verb: form!.verb, values }, 't2'));
    expect(JSON.stringify(submitted)).toMatch(/RS-\d{4}-\d{4}/);

    const worker = startDeliveryWorker({ escalation: app.escalation, log: silentLogger(), mode: 'drain', pollMs: 10 });
    await worker.done;
    await app.close();
    const posts = api.ok('chat.postMessage').filter((call) => call.args.channel === 'CDESK');
    expect(posts.length).toBeGreaterThanOrEqual(1);
  });
});
