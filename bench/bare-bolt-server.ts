// The bare Bolt app of bench/slack-ack.ts, in its own process: Bolt's own HTTP receiver and a message listener that
// does nothing, so it acknowledges at once. What ressec's acknowledgements are compared with. Prints "READY <port>".
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App as BoltApp } from '@slack/bolt';

const app = new BoltApp({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.event('message', async () => {});
const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
