// Cold start of the terminal chat: from process start to the first prompt on the screen, with the build up to
// date, for `node bin/start.js` (what `npm start` runs) and for `npm start` itself (npm's own start-up included).
// Each run uses a fresh data folder, so nothing is warm but the operating system's file cache.
// Run: node --import tsx bench/cold-start.ts [runs]   (build first: npm run build). Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 10);
const FIRST_PROMPT = 'work everywhere.';

function startOnce(command: string, args: string[]): Promise<number> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-cold-'));
  const begin = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, RESSEC_DATA_DIR: dataDir, npm_config_update_notifier: 'false' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let shown: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (shown === undefined && output.includes(FIRST_PROMPT)) {
        shown = performance.now() - begin;
        child.stdin.end('/quit\n');
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      if (shown === undefined) reject(new Error(`no prompt (exit ${code}): ${output.slice(0, 300)}`));
      else resolve(shown);
    });
  });
}

function summary(label: string, times: number[]): void {
  const sorted = [...times].sort((left, right) => left - right);
  const p50 = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const max = sorted.at(-1) ?? 0;
  console.log(
    `${label.padEnd(34)} p50 ${Math.round(p50)} ms, max ${Math.round(max)} ms (${times.length} runs; target <= 1500 ms)`,
  );
}

const direct: number[] = [];
for (let run = 0; run < runs; run += 1) direct.push(await startOnce(process.execPath, ['bin/start.js']));
summary('node bin/start.js (npm start runs)', direct);
const viaNpm: number[] = [];
for (let run = 0; run < Math.max(3, Math.floor(runs / 2)); run += 1) {
  viaNpm.push(await startOnce('npm', ['start', '--silent']));
}
summary('npm start', viaNpm);
