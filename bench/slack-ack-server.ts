// The server side of bench/slack-ack.ts, in its own process so the load generator and the fake Slack do not share
// its event loop. `ressec`: the real Slack channel on the real core, with an answer stub that takes 5 s.
// `bare`: a bare Bolt app (its own HTTP receiver) that only acknowledges. Prints "READY <port>".
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { App as BoltApp } from '@slack/bolt';
import { buildApp } from '../src/app.js';
import { SlackChannel } from '../src/channels/slack/slack-channel.js';
import { loadConfig } from '../src/config.js';
import { textReply } from '../src/core/reply.js';
import { silentLogger } from '../src/log.js';
import { channelCore, startChannel } from '../src/main.js';

const mode = process.argv[2];
const answerMs = Number(process.env.BENCH_ANSWER_MS ?? 5_000);

async function startRessec(): Promise<number> {
  const config = loadConfig(process.env);
  const log = silentLogger();
  const app = await buildApp(config, log);
  // The LLM stub: every question takes `answerMs` to answer.
  app.router.question(async () => {
    await sleep(answerMs);
    return [textReply('A stub answer.')];
  });
  const slack = await SlackChannel.create(channelCore(app), { port: 0, host: '127.0.0.1', concurrency: 5_000 });
  await startChannel(app, slack);
  return slack.port ?? 0;
}

async function startBare(): Promise<number> {
  const app = new BoltApp({
    token: process.env.SLACK_BOT_TOKEN,
    signingSecret: process.env.SLACK_SIGNING_SECRET,
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  });
  app.event('message', async () => {});
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return (server.address() as AddressInfo).port;
}

const port = mode === 'bare' ? await startBare() : await startRessec();
process.stdout.write(`READY ${port}\n`);
