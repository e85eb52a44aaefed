// Cold start of the terminal chat, with the build up to date: from process start to the first prompt on the screen,
// and to "ready" (the guidance loaded, so a question typed meanwhile is answered now), for `node bin/start.js` (what
// `npm start` runs) and for `npm start` itself (npm's own start-up included). Each run uses a fresh data folder, so
// nothing is warm but the operating system's file cache.
// Run: node --import tsx bench/cold-start.ts [runs]   (build first: npm run build). Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

const direct: Start[] = [];
for (let run = 0; run < runs; run += 1) direct.push(await startOnce(process.execPath, ['bin/start.js']));
summary('node bin/start.js (what npm start runs)', direct);
const viaNpm: Start[] = [];
for (let run = 0; run < Math.max(3, Math.floor(runs / 2)); run += 1) {
  viaNpm.push(await startOnce('npm', ['start', '--silent']));
}
summary('npm start', viaNpm);
