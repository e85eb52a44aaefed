// `node --import tsx bench/slack-ack.ts [--quick] [--offline] [--profile] [seconds] [rates]`: the Slack benchmark on the
// real path. The server is the real `ressec slack` (answers in its worker threads, the shipped corpus, the LLM answerer
// pointed at a stub over HTTP that answers after 5 s, or no LLM with --offline); next to it, a bare Bolt app that only
// acknowledges. Signed DM events are sent evenly spaced (not in bursts) at each rate (default 100 and 300 events/s)
// for `seconds` (default 60; 15 with --quick) per app, in alternating blocks, so both see the same machine. Every sent
// request is counted: one that gets no 200 counts as infinitely slow. Prints acknowledgement p50/p99 of each app and
// their ratio, how busy the acknowledging event loop was (its delay and utilisation, from bench/event-loop-probe.mjs),
// the first visible sign (👀) p99, the server's RSS idle and under load, how many events were answered exactly once,
// and the load average around each rate. --profile writes a CPU profile of the server's main thread to .scratch/.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { readyPort } from '../test/slack/support/ready-port.js';
import { SIGNING_SECRET, signature } from '../test/slack/support/signed-request.js';
import { evenLoad } from './even-load.js';
import { formatMs, percentile } from './stats.js';

const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));
const [secondsArg, ratesArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const SECONDS = Number(secondsArg ?? (flags.has('--quick') ? 15 : 60));
const RATES = (ratesArg ?? '100,300').split(',').map(Number);
const OFFLINE = flags.has('--offline');
const PROFILE = flags.has('--profile');
const BLOCKS = 2;
const LLM_MS = 5_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** How long answers may take to catch up after a rate's last block before the missing ones count as not answered. */
const ANSWER_WAIT_MS = 180_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const PROFILE_DIR = path.join(ROOT, '.scratch', 'slack-ack-profile');

interface Sent {
  channel: string;
  sentAt: number;
  /** Milliseconds to the 200; Infinity when there was none. */
  latency: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function drain(child: ChildProcess): void {
  child.stdout?.resume();
  child.stderr?.resume();
}

async function startPeers(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/slack-bench-peers.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', BENCH_LLM_MS: String(LLM_MS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await readyPort(child, (code) => `the benchmark peers exited with ${code}`);
  return { child, url: `http://127.0.0.1:${port}` };
}

async function startBare(peers: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/bare-bolt-server.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${peers}/api/`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await readyPort(child, (code) => `the bare Bolt app exited with ${code}`);
  drain(child);
  return { child, url: `http://127.0.0.1:${port}/slack/events` };
}

interface Ressec {
  child: ChildProcess;
  url: string;
  /** Asks the event-loop probe for the acknowledging loop's figures since the last call. */
  loop(): Promise<LoopFigures>;
}

interface LoopFigures {
  p50: number;
  p99: number;
  max: number;
  utilization: number;
}

/**
 * The real command, as an operator runs it, with its log at the default level (written, and thrown away here):
 * compiled when BENCH_BUILD names a build (`npm run build`: BENCH_BUILD=dist), from source through tsx otherwise. The
 * only addition is the event-loop probe, which does nothing until asked.
 */
async function startRessec(peers: string): Promise<Ressec> {
  const port = await freePort();
  const build = process.env.BENCH_BUILD;
  const probe = ['--import', pathToFileURL(path.join(ROOT, 'bench/event-loop-probe.mjs')).href];
  const profile = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const command = build
    ? [...probe, ...profile, path.resolve(ROOT, build, 'src/main.js'), 'slack']
    : ['--import', 'tsx', ...probe, ...profile, path.join(ROOT, 'src/main.ts'), 'slack'];
  const llm = OFFLINE ? {} : { OPENAI_BASE_URL: `${peers}/v1`, OPENAI_API_KEY: 'stub' };
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      RESSEC_KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'),
      RESSEC_DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'ressec-bench-')),
      ...llm,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${peers}/api/`,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.resume();
  const lines = createInterface({ input: child.stderr as NodeJS.ReadableStream });
  const waiting: ((figures: LoopFigures) => void)[] = [];
  let tail = '';
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line.startsWith('LOOP ')) return waiting.shift()?.(JSON.parse(line.slice(5)) as LoopFigures);
      tail = `${tail}${line}\n`.slice(-2_000);
      if (line.includes('channel running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`ressec slack exited with ${code}: ${tail}`)));
  });
  const loop = () =>
    new Promise<LoopFigures>((resolve) => {
      waiting.push(resolve);
      child.kill('SIGUSR2');
    });
  return { child, url: `http://127.0.0.1:${port}/slack/events`, loop };
}

/** CPU time the process has used (user and system, all its threads), in milliseconds. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return (ticks * 1_000) / 100;
}

/** CPU time per thread of the process, busiest first: which thread does the work. */
function threadCpu(pid: number): string {
  const threads = readdirSync(`/proc/${pid}/task`).map((tid) => {
    const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
    const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return { name: `${name}#${tid}`, ms: ((Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 1_000) / 100 };
  });
  return threads
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6)
    .map((thread) => `${thread.name} ${(thread.ms / 1_000).toFixed(1)} s`)
    .join(', ');
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** `rate` signed DM events a second, evenly spaced, for `seconds`; each its own user, channel and event. */
async function load(url: string, prefix: string, rate: number, seconds: number): Promise<Sent[]> {
  const id = (index: number) => `${prefix}${String(index).padStart(6, '0')}`;
  const shots = await evenLoad({
    url,
    rate,
    seconds,
    timeoutMs: REQUEST_TIMEOUT_MS,
    request: (index) => {
      const body = JSON.stringify({
        type: 'event_callback',
        team_id: 'T0001',
        api_app_id: 'A0BENCH',
        event_id: `Ev${id(index)}`,
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: 'message',
          channel_type: 'im',
          channel: `D${id(index)}`,
          user: `U${id(index)}`,
          text: 'What should I do with my laptop before travelling abroad?',
          ts: `${1_700_000_000 + index}.000100`,
        },
      });
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature(SIGNING_SECRET, timestamp, body),
      };
      return { body, headers };
    },
  });
  return shots.map((shot) => ({ channel: `D${id(shot.index)}`, sentAt: shot.sentAt, latency: shot.latency }));
}

interface Stats {
  signs: [string, number][];
  answers: [string, number][];
  notices: [string, number][];
  apologies: [string, number][];
  llmCalls: number;
}

async function stats(peers: string): Promise<Stats> {
  return (await (await fetch(`${peers}/stats`)).json()) as Stats;
}

async function untilAnswered(peers: string, sent: Sent[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const acked = sent.filter((item) => Number.isFinite(item.latency));
  while (Date.now() < deadline) {
    const recorded = await stats(peers);
    const answered = new Set([...recorded.answers, ...recorded.apologies].map(([channel]) => channel));
    if (acked.every((item) => answered.has(item.channel))) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Ends a child: the server with SIGTERM when profiling (its profile is written as it exits), the rest at once. */
function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const p = (values: number[], n: number) => percentile(values, n);
const ms = (value: number) => (Number.isFinite(value) ? formatMs(value) : 'none');
const loadAverage = () => os.loadavg()[0]?.toFixed(1) ?? '?';

console.log(
  `Slack benchmark on the real path — node ${process.version}, ${os.cpus().length} CPUs (available parallelism ${os.availableParallelism()}), load average ${loadAverage()}; ` +
    `${SECONDS} s per app per rate in ${BLOCKS} alternating blocks, evenly spaced signed DM events, ` +
    `${OFFLINE ? 'offline (no LLM)' : `LLM stub over HTTP answering after ${LLM_MS / 1000} s`}, ${process.env.BENCH_BUILD ? `compiled (${process.env.BENCH_BUILD})` : 'from source (tsx)'}\n`,
);
const peers = await startPeers();
const bare = await startBare(peers.url);
const ressec = await startRessec(peers.url);
const pid = ressec.child.pid ?? 0;
await new Promise((resolve) => setTimeout(resolve, 3_000));
const idleRss = rssMb(pid);
/** Sampled while ressec takes load or works it off, not while the bare app does. */
const rssUnderLoad: number[] = [];
let sampling = false;
const sampler = setInterval(() => {
  if (sampling) rssUnderLoad.push(rssMb(pid));
}, 250);

for (const rate of RATES) {
  const loadBefore = loadAverage();
  const bareSent: Sent[] = [];
  const ressecSent: Sent[] = [];
  const loops: LoopFigures[] = [];
  let ressecCpuMs = 0;
  let peersCpuMs = 0;
  for (let block = 0; block < BLOCKS; block += 1) {
    bareSent.push(...(await load(bare.url, `B${rate}x${block}x`, rate, SECONDS / BLOCKS)));
    const cpuBefore = cpuMs(pid);
    const peersBefore = cpuMs(peers.child.pid ?? 0);
    sampling = true;
    await ressec.loop();
    ressecSent.push(...(await load(ressec.url, `R${rate}x${block}x`, rate, SECONDS / BLOCKS)));
    loops.push(await ressec.loop());
    // Let ressec's answers finish before the bare app's next block, so that neither works under the other's load.
    await untilAnswered(peers.url, ressecSent, ANSWER_WAIT_MS);
    sampling = false;
    ressecCpuMs += cpuMs(pid) - cpuBefore;
    peersCpuMs += cpuMs(peers.child.pid ?? 0) - peersBefore;
  }
  const recorded = await stats(peers.url);
  const signs = new Map(recorded.signs);
  const answers = new Map(recorded.answers);
  const notices = new Map(recorded.notices);
  const apologies = new Map(recorded.apologies);
  const acked = ressecSent.filter((item) => Number.isFinite(item.latency));
  const latencies = (sent: Sent[]) => sent.map((item) => item.latency);
  const signLatency = acked.map((item) => (signs.get(item.channel) ?? Number.POSITIVE_INFINITY) - item.sentAt);
  const once = acked.filter((item) => answers.get(item.channel) === 1).length;
  const twice = acked.filter((item) => (answers.get(item.channel) ?? 0) > 1).length;
  const never = acked.filter((item) => !answers.has(item.channel)).length;
  const queued = acked.filter((item) => notices.has(item.channel)).length;
  const failed = acked.filter((item) => apologies.has(item.channel)).length;
  const row = (name: string, sent: Sent[]) => {
    const ok = sent.filter((item) => Number.isFinite(item.latency)).length;
    return `  ${name.padEnd(18)} ${String(sent.length).padStart(6)} sent ${String(ok).padStart(6)} acked  p50 ${ms(p(latencies(sent), 50)).padStart(9)}  p99 ${ms(p(latencies(sent), 99)).padStart(9)}  max ${ms(Math.max(...latencies(sent))).padStart(9)}`;
  };
  const worst = (pick: (figures: LoopFigures) => number) => Math.max(...loops.map(pick));
  console.log(`${rate} events/s (load average ${loadBefore} before, ${loadAverage()} after)`);
  console.log(row('bare Bolt app', bareSent));
  console.log(row('ressec slack', ressecSent));
  console.log(`  ack p99 ressec / bare   ${(p(latencies(ressecSent), 99) / p(latencies(bareSent), 99)).toFixed(2)}`);
  console.log(
    `  acknowledging event loop under load (worst block): delay p50 ${ms(worst((f) => f.p50))}, p99 ${ms(worst((f) => f.p99))}, max ${ms(worst((f) => f.max))}; utilisation ${(worst((f) => f.utilization) * 100).toFixed(0)}%`,
  );
  console.log(`  first sign (👀) p50 ${ms(p(signLatency, 50))}, p99 ${ms(p(signLatency, 99))}`);
  console.log(
    `  ressec CPU per event (acknowledging and answering, all threads) ${ms(ressecCpuMs / ressecSent.length)}; the fake Slack and LLM stub ${ms(peersCpuMs / ressecSent.length)}`,
  );
  console.log(
    `  answered: ${once} of ${acked.length} acknowledged events exactly once, ${twice} more than once, ${never} not at all (after waiting up to ${ANSWER_WAIT_MS / 1000} s); ${queued} were told they were queued; ${failed} got an apology (the turn failed) instead\n`,
  );
}
clearInterval(sampler);
const sorted = [...rssUnderLoad].sort((a, b) => a - b);
console.log(
  `ressec RSS (all threads): idle ${idleRss.toFixed(0)} MB; under load median ${p(sorted, 50).toFixed(0)} MB, max ${Math.max(...sorted).toFixed(0)} MB`,
);
console.log(`LLM stub calls: ${(await stats(peers.url)).llmCalls}`);
console.log(`ressec CPU by thread: ${threadCpu(pid)}`);
await Promise.all([stop(ressec.child, PROFILE ? 'SIGTERM' : 'SIGKILL'), stop(bare.child), stop(peers.child)]);
if (PROFILE) console.log(`CPU profiles of the server's threads: ${PROFILE_DIR}`);
