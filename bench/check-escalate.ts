// Tickets filed per second by `ressec check --escalate`: N sequential invocations (one ticket each, as a script
// calling the CLI per case would), then one `check --jsonl --escalate` of M lines. Both from a warm corpus cache in a
// fresh data folder; CPU time of the children is printed beside wall time, as the machine's load hardly moves it.
// Run: node --import tsx bench/check-escalate.ts [invocations] [lines]   (build first: npm run build). Asserts nothing.
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const invocations = Number(process.argv[2] ?? 10);
const lines = Number(process.argv[3] ?? 500);
const answers = {
  'trip-purpose': 'conference',
  'destination-country': 'China',
  devices: ['work-laptop'],
  'sensitive-data': 'no',
  'controlled-technology': 'no',
  'technology-areas': ['none'],
  'presenting-unpublished': 'no',
  'host-military-links': 'no',
  'encryption-checked': 'no',
  deadline: '2099-12-31',
};

/** CPU milliseconds of this process's finished children (Linux; 10 ms ticks). */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ressec-check-bench-'));
const env = { PATH: process.env.PATH ?? '', RESSEC_LOG_LEVEL: 'silent', RESSEC_DATA_DIR: dataDir };
function ressec(args: string[], input: string): string {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/ressec.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`ressec ${args.join(' ')} failed: ${result.stderr.slice(0, 300)}`);
  return result.stdout;
}

function measure(label: string, tickets: number, run: () => void): void {
  const cpuBefore = childrenCpu();
  const begin = performance.now();
  run();
  const wall = performance.now() - begin;
  const cpu = childrenCpu() - cpuBefore;
  console.log(
    `  ${label}: ${tickets} tickets in ${(wall / 1000).toFixed(2)} s wall, ${(cpu / 1000).toFixed(2)} s CPU` +
      ` -> ${(tickets / (wall / 1000)).toFixed(1)} tickets/s (${(cpu / tickets).toFixed(1)} ms CPU each)`,
  );
}

try {
  ressec(['check', '--jsonl'], ''); // the corpus cache, written once
  const load = execSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load average:/, 'load average');
  console.log(`ressec check --escalate (${load}; target >= 20 tickets/s):`);
  const file = path.join(dataDir, 'answers.json');
  execSync(`cat > ${JSON.stringify(file)}`, { input: JSON.stringify(answers) });
  measure('one invocation per ticket', invocations, () => {
    for (let run = 0; run < invocations; run++) {
      const key = `bench-single-${run}`;
      ressec(['check', 'travel', '--answers', file, '--json', '--escalate', '--idempotency-key', key], '');
    }
  });
  const requests = Array.from({ length: lines }, (_, index) =>
    JSON.stringify({ id: index, flow: 'travel', answers, idempotencyKey: `bench-batch-${index}` }),
  ).join('\n');
  measure('one check --jsonl --escalate', lines, () => {
    const created = ressec(['check', '--jsonl', '--escalate'], requests).split('"created":true').length - 1;
    if (created !== lines) throw new Error(`${created} of ${lines} tickets created`);
  });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
