// `node --import tsx bench/slack-ack.ts [seconds]`: signed Slack events at 100/s for 30 s (or [seconds]) with
// autocannon, against the ressec Slack app (answer stub: 5 s) and against a bare Bolt app that only acknowledges.
// Prints p50/p99 acknowledgement latency of each, their ratio, and how many events were answered exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { FakeSlackApi } from '../test/slack/support/fake-slack-api.js';
import { readyPort } from '../test/slack/support/ready-port.js';
import { SIGNING_SECRET, signature } from '../test/slack/support/signed-request.js';
import { formatMs, percentile } from './stats.js';

const DURATION_S = Number(process.argv[2] ?? 30);
const RATE = 100;
const ANSWER_MS = 5_000;
const ROOT = path.resolve(import.meta.dirname, '..');

interface Server {
  child: ChildProcess;
  url: string;
}

async function startServer(mode: 'ressec' | 'bare', api: FakeSlackApi): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/slack-ack-server.ts'), mode], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      RESSEC_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'ressec-bench-')),
      RESSEC_KNOWLEDGE_DIR: 'test/fixtures/knowledge',
      RESSEC_OFFLINE: 'true',
      RESSEC_LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      BENCH_ANSWER_MS: String(ANSWER_MS),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await readyPort(child, (code) => `${mode} server exited with ${code}`);
  return { child, url: `http://127.0.0.1:${port}/slack/events` };
}

/** One unique DM per request, signed when sent: each event has its own user, channel and event id. */
function signedEvents(prefix: string) {
  let sequence = 0;
  return (request: { body?: string; headers?: Record<string, string> }, context: Record<string, unknown>) => {
    sequence += 1;
    const id = `${prefix}${String(sequence).padStart(6, '0')}`;
    // One request at a time per connection: the context names the event its response belongs to.
    context.channel = `D${id}`;
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T0001',
      api_app_id: 'A0BENCH',
      event_id: `Ev${id}`,
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'message',
        channel_type: 'im',
        channel: `D${id}`,
        user: `U${id}`,
        text: 'What should I do with my laptop before travelling abroad?',
        ts: `${1_700_000_000 + sequence}.000100`,
      },
    });
    const timestamp = Math.floor(Date.now() / 1000);
    request.body = body;
    request.headers = {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(SIGNING_SECRET, timestamp, body),
    };
    return request;
  };
}

async function load(server: Server, prefix: string) {
  const latencies: number[] = [];
  const accepted = new Set<string>();
  const instance = autocannon({
    url: server.url,
    method: 'POST',
    connections: 10,
    overallRate: RATE,
    duration: DURATION_S,
    timeout: 10,
    requests: [
      {
        setupRequest: signedEvents(prefix),
        onResponse: (status, _body, context) => {
          if (status === 200) accepted.add(String(context.channel));
        },
      },
    ],
  });
  instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  return {
    sent: result.requests.sent,
    accepted,
    failed: result.non2xx + result.errors + result.timeouts,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
  };
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

console.log(
  `Slack acknowledgement benchmark — node ${process.version}, ${RATE} signed events/s for ${DURATION_S} s, answer stub ${ANSWER_MS / 1000} s\n`,
);
const api = await FakeSlackApi.start();

const bare = await startServer('bare', api);
const bareFigures = await load(bare, 'B');
await stop(bare);

const ressec = await startServer('ressec', api);
const ressecFigures = await load(ressec, 'R');
// Every accepted event is answered after the stub's 5 s; allow for the backlog.
const deadline = Date.now() + ANSWER_MS + 30_000;
const answers = () => api.ok('chat.postMessage').filter((call) => String(call.args.channel).startsWith('DR'));
while (answers().length < ressecFigures.accepted.size && Date.now() < deadline)
  await new Promise((resolve) => setTimeout(resolve, 200));
await new Promise((resolve) => setTimeout(resolve, 1_000));
await stop(ressec);
await api.close();

const perChannel = new Map<string, number>();
for (const call of answers())
  perChannel.set(String(call.args.channel), (perChannel.get(String(call.args.channel)) ?? 0) + 1);
const acked = [...ressecFigures.accepted];
const once = acked.filter((channel) => perChannel.get(channel) === 1).length;
const more = acked.filter((channel) => (perChannel.get(channel) ?? 0) > 1).length;
const none = acked.filter((channel) => !perChannel.has(channel)).length;
// Requests still in flight when autocannon stopped were received and answered too, but not counted as acked.
const unacked = [...perChannel.keys()].filter((channel) => !ressecFigures.accepted.has(channel)).length;

const row = (name: string, figures: Awaited<ReturnType<typeof load>>) =>
  `  ${name.padEnd(22)} ${String(figures.sent).padStart(6)} sent  ${String(figures.accepted.size).padStart(6)} acked  p50 ${formatMs(figures.p50).padStart(9)}  p99 ${formatMs(figures.p99).padStart(9)}  max ${formatMs(figures.max).padStart(9)}`;
console.log('acknowledgement latency (request sent → HTTP 200)');
console.log(row('bare Bolt app', bareFigures));
console.log(row('ressec Slack app', ressecFigures));
const ratio = ressecFigures.p99 / bareFigures.p99;
console.log(`\n  p99 ressec / bare      ${ratio.toFixed(2)}  (target <= 1.5)`);
console.log(`  p50 ressec / bare      ${(ressecFigures.p50 / bareFigures.p50).toFixed(2)}`);
console.log(`  ressec p99             ${formatMs(ressecFigures.p99)}  (target <= 50 ms)`);
console.log(
  `\nanswers delivered: ${once} of ${acked.length} acknowledged events answered exactly once, ${more} more than once, ${none} not at all` +
    ` (plus ${unacked} events still in flight when the load stopped, also answered once)`,
);
