// `node --import tsx bench/teams-ack.ts [seconds] [rate]`: the Teams benchmark on the real path. ressec's Teams
// channel (the shipped corpus, the LLM answerer pointed at a stub over HTTP that answers after 5 s) and, beside it, a
// bare botbuilder app that verifies the token and does nothing else. Both get personal-chat messages carrying valid
// channel tokens signed by loopback keys, evenly spaced at `rate` a second (default 100) for `seconds` (default 60)
// each, in alternating halves so both see the same machine. Prints the 200 OK p50/p99 of each, their ratio, the
// typing indicator's p99, and how many acknowledged activities were answered exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readyPort } from '../test/slack/support/ready-port.js';
import { evenLoad, type Shot } from './even-load.js';
import { formatMs, percentile } from './stats.js';
import { cpuSince, type ThreadCpu, threadCpu } from './thread-cpu.js';

const SECONDS = Number(process.argv[2] ?? 60);
const RATE = Number(process.argv[3] ?? 100);
const HALVES = 2;
const LLM_MS = 5_000;
const APP_ID = '00000000-0000-0000-0000-0000000be7c4';
const TENANT_ID = '00000000-0000-0000-0000-00000000be7c';
const ROOT = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];

async function spawnReady(
  script: string,
  env: Record<string, string>,
  what: string,
): Promise<{ port: number; pid?: number }> {
  const profile =
    process.env.BENCH_PROFILE && script.includes('ack-server') ? ['--cpu-prof', '--cpu-prof-dir=/tmp/teams-prof'] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(ROOT, script)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const port = await readyPort(child, (code) => `${what} exited with ${code}`);
  child.stdout?.resume();
  return { port, pid: child.pid };
}

function personalMessage(app: string, index: number, serviceUrl: string): string {
  const person = `${app}-${index}`;
  return JSON.stringify({
    type: 'message',
    id: `${Date.now()}${index}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: `29:${person}`, aadObjectId: `aad-${person}`, name: 'Bench' },
    recipient: { id: `28:${APP_ID}`, name: 'ressec' },
    conversation: { id: `a:${person}`, conversationType: 'personal', tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    text: 'What should I do with my laptop before travelling abroad?',
  });
}

interface PeerStats {
  typing: [string, number][];
  messages: [string, number][];
  notices: [string, number][];
}

async function peerStats(peers: string): Promise<PeerStats> {
  return (await (await fetch(`${peers}/stats`)).json()) as PeerStats;
}

async function main(): Promise<void> {
  const llm = `http://127.0.0.1:${(await spawnReady('bench/slack-bench-peers.ts', { BENCH_LLM_MS: String(LLM_MS) }, 'the LLM stub')).port}`;
  const peers = `http://127.0.0.1:${(await spawnReady('bench/teams-bench-peers.ts', {}, 'the Teams peers')).port}`;
  const serviceUrl = `${peers}/`;
  const metadata = `${peers}/v1/.well-known/openidconfiguration`;
  const common = { MicrosoftAppId: APP_ID, MicrosoftAppTenantId: TENANT_ID, BENCH_OPENID_METADATA: metadata };
  const ressec = await spawnReady(
    'bench/teams-ack-server.ts',
    {
      ...common,
      MicrosoftAppPassword: 'bench',
      RESSEC_KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'),
      RESSEC_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'ressec-teams-bench-')),
      OPENAI_BASE_URL: `${llm}/v1`,
      OPENAI_API_KEY: 'stub',
    },
    'ressec teams',
  );
  const bare = await spawnReady('bench/bare-botbuilder-server.ts', common, 'the bare botbuilder app');
  const { token } = (await (
    await fetch(`${peers}/token?appId=${APP_ID}&serviceUrl=${encodeURIComponent(serviceUrl)}`)
  ).json()) as { token: string };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  const targets = {
    bare: `http://127.0.0.1:${bare.port}/api/messages`,
    ressec: `http://127.0.0.1:${ressec.port}/api/messages`,
  } as const;
  const pids = { bare: bare.pid, ressec: ressec.pid };
  const results: Record<keyof typeof targets, Shot[]> = { bare: [], ressec: [] };
  // CPU each app's process used while its load ran: the main thread's is what acknowledging costs.
  const cpu: Record<keyof typeof targets, ThreadCpu> = {
    bare: { mainMs: 0, processMs: 0 },
    ressec: { mainMs: 0, processMs: 0 },
  };
  for (let half = 0; half < HALVES; half += 1) {
    for (const app of ['bare', 'ressec'] as const) {
      const offset = half * RATE * (SECONDS / HALVES);
      const before = threadCpu(pids[app]);
      const shots = await evenLoad({
        url: targets[app],
        rate: RATE,
        seconds: SECONDS / HALVES,
        timeoutMs: 10_000,
        request: (index) => ({ body: personalMessage(app, offset + index, serviceUrl), headers }),
      });
      const used = cpuSince(before, threadCpu(pids[app]));
      cpu[app].mainMs += used?.mainMs ?? Number.NaN;
      cpu[app].processMs += used?.processMs ?? Number.NaN;
      results[app].push(...shots.map((shot) => ({ ...shot, index: offset + shot.index })));
    }
  }

  // Every acknowledged ressec activity is answered within the LLM's 5 s plus the queue; wait for the last of them.
  const acked = results.ressec.filter((shot) => Number.isFinite(shot.latency));
  const deadline = Date.now() + Number(process.env.BENCH_ANSWER_WAIT_S ?? 300) * 1_000;
  let stats = await peerStats(peers);
  while (Date.now() < deadline) {
    const answered = new Set(stats.messages.map(([conversation]) => conversation));
    if (acked.every((shot) => answered.has(`a:ressec-${shot.index}`))) break;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    stats = await peerStats(peers);
  }
  const messages = new Map(stats.messages);
  const typing = new Map(stats.typing);
  const answerCount = (shot: Shot) => messages.get(`a:ressec-${shot.index}`) ?? 0;
  const once = acked.filter((shot) => answerCount(shot) === 1).length;
  const twice = acked.filter((shot) => answerCount(shot) > 1).length;
  const notices = stats.notices.length;
  const signs = acked.map((shot) => (typing.get(`a:ressec-${shot.index}`) ?? Number.POSITIVE_INFINITY) - shot.sentAt);

  const row = (name: string, app: keyof typeof targets) => {
    const shots = results[app];
    const latencies = shots.map((shot) => shot.latency);
    const failed = latencies.filter((value) => !Number.isFinite(value)).length;
    const perActivity = (ms: number) => formatMs(ms / shots.length);
    return `${name.padEnd(16)} p50 ${formatMs(percentile(latencies, 50)).padStart(10)}  p99 ${formatMs(percentile(latencies, 99)).padStart(10)}  no 200: ${failed}/${shots.length}  CPU per activity: main thread ${perActivity(cpu[app].mainMs)}, process ${perActivity(cpu[app].processMs)}`;
  };
  const ratio =
    percentile(
      results.ressec.map((shot) => shot.latency),
      99,
    ) /
    percentile(
      results.bare.map((shot) => shot.latency),
      99,
    );
  process.stdout.write(
    [
      `Teams acknowledgement, ${RATE} activities/s evenly spaced, ${SECONDS} s per app (${HALVES} alternating halves), LLM stub ${LLM_MS / 1_000} s`,
      row('bare botbuilder', 'bare'),
      row('ressec teams', 'ressec'),
      `p99 ratio ressec/bare: ${ratio.toFixed(2)}×`,
      `typing indicator p50 ${formatMs(percentile(signs, 50))}, p99 ${formatMs(percentile(signs, 99))}`,
      `answered: ${once} of ${acked.length} acknowledged exactly once, ${twice} more than once, ${acked.length - once - twice} not (yet) when measured; ${notices} told they were queued (${results.ressec.length} sent)`,
      `load average at the end: ${os
        .loadavg()
        .map((value) => value.toFixed(1))
        .join(', ')} on ${os.cpus().length} CPUs`,
      '',
    ].join('\n'),
  );
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`teams-ack: ${(error as Error).message}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill();
  });
