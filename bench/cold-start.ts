// Cold start of the terminal chat, with the build up to date: from process start to the first prompt on the screen,
// and to "ready" (the guidance loaded, so a question typed meanwhile is answered now), for `node bin/start.js` (what
// `npm start` runs) and for `npm start` itself (npm's own start-up included). Each run uses a fresh data folder, so
// nothing is warm but the operating system's file cache.
// Then `ressec ask` from process start to the answer printed, as shipped and on a corpus of ten copies of it: the
// first run in a fresh data folder (the corpus analysed and its cache written), the others from that cache.
// Run: node --import tsx bench/cold-start.ts [runs] [ask]   (build first: npm run build). Prints figures; asserts nothing.
import { execSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10);
const FIRST_PROMPT = 'work everywhere.';
const READY = 'guidance documents loaded';

interface Start {
  prompt: number;
  ready: number;
}

function startOnce(command: string, args: string[]): Promise<Start> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-cold-'));
  const begin = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, RESSEC_DATA_DIR: dataDir, npm_config_update_notifier: 'false' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let prompt: number | undefined;
    let ready: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (prompt === undefined && output.includes(FIRST_PROMPT)) prompt = performance.now() - begin;
      if (ready === undefined && output.includes(READY)) {
        ready = performance.now() - begin;
        child.stdin.end('/quit\n');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      if (prompt === undefined || ready === undefined) {
        reject(new Error(`no prompt (exit ${code}): ${output.slice(0, 300)}`));
      } else resolve({ prompt, ready });
    });
  });
}

function figures(times: number[]): string {
  const sorted = [...times].sort((left, right) => left - right);
  const p50 = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  return `p50 ${Math.round(p50)} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms`;
}

function summary(label: string, starts: Start[]): void {
  console.log(`${label} (${starts.length} runs):`);
  console.log(`  first prompt  ${figures(starts.map((start) => start.prompt))}  (target <= 1500 ms)`);
  console.log(`  ready         ${figures(starts.map((start) => start.ready))}`);
}

// `… cold-start.ts 5 ask` measures only `ressec ask`.
if (process.argv[3] !== 'ask') {
  const direct: Start[] = [];
  for (let run = 0; run < runs; run += 1) direct.push(await startOnce(process.execPath, ['bin/start.js']));
  summary('node bin/start.js (what npm start runs)', direct);
  const viaNpm: Start[] = [];
  for (let run = 0; run < Math.max(3, Math.floor(runs / 2)); run += 1) {
    viaNpm.push(await startOnce('npm', ['start', '--silent']));
  }
  summary('npm start', viaNpm);
}

/** The shipped corpus ten times over: each copy's documents renamed, so every id stays unique. */
function tenfoldCorpus(): string {
  const source = path.join(root, 'knowledge');
  const target = mkdtempSync(path.join(os.tmpdir(), 'ressec-tenfold-'));
  for (const file of ['glossary.yaml', 'contact-points.yaml']) cpSync(path.join(source, file), path.join(target, file));
  const documents = readdirSync(source, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md',
  );
  for (let copy = 0; copy < 10; copy++) {
    const folder = path.join(target, `copy-${copy}`);
    mkdirSync(folder, { recursive: true });
    for (const entry of documents) {
      const id = entry.name.replace(/\.md$/, '');
      const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8').replace(
        /^id: .*$/m,
        `id: ${id}-copy-${copy}`,
      );
      writeFileSync(path.join(folder, `${id}-copy-${copy}.md`), text);
    }
  }
  return target;
}

/** CPU milliseconds of this process's finished children (Linux; 10 ms ticks): a figure the machine's load hardly moves. */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

function askOnce(dataDir: string, knowledgeDir?: string): { wall: number; cpu: number } {
  const begin = performance.now();
  const cpuBefore = childrenCpu();
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'bin/ressec.js'), 'ask', 'Who can I ask about knowledge security in the Netherlands?'],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        RESSEC_LOG_LEVEL: 'silent',
        RESSEC_DATA_DIR: dataDir,
        ...(knowledgeDir ? { RESSEC_KNOWLEDGE_DIR: knowledgeDir } : {}),
      },
    },
  );
  if (result.status !== 0) throw new Error(`ressec ask failed: ${result.stderr.slice(0, 300)}`);
  return { wall: performance.now() - begin, cpu: childrenCpu() - cpuBefore };
}

function askFigures(label: string, knowledgeDir?: string): void {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-ask-'));
  const first = askOnce(dataDir, knowledgeDir);
  const cached: { wall: number; cpu: number }[] = [];
  for (let run = 0; run < runs; run += 1) cached.push(askOnce(dataDir, knowledgeDir));
  rmSync(dataDir, { recursive: true, force: true });
  const load = execSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load average:/, 'load average');
  console.log(`ressec ask, ${label} (${load}):`);
  console.log(`  first run (corpus analysed, cache written)  ${Math.round(first.wall)} ms wall, ${first.cpu} ms CPU`);
  console.log(
    `  from the cache  wall ${figures(cached.map((run) => run.wall))}; CPU ${figures(cached.map((run) => run.cpu))}  (${runs} runs)`,
  );
}

askFigures('shipped corpus (target <= 500 ms)');
const tenfold = tenfoldCorpus();
try {
  askFigures('ten copies of the shipped corpus (target <= 1000 ms)', tenfold);
} finally {
  rmSync(tenfold, { recursive: true, force: true });
}
