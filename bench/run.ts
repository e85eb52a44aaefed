// `npm run bench`: the full retrieval path's latency and recall on the shipped corpus and at 100,000 passages, warm offline
// answer latency, cold start of `ressec ask`, and peak RSS. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { measurePolicy, redteamTexts } from './policy-timing.js';
import { measureAt, printFigures, retrievalFigures } from './retrieval-at-scale.js';
import { formatMs, percentile } from './stats.js';

const SYNTHETIC_PASSAGES = Number(process.argv[2] ?? 100_000);
console.log(`ressec benchmark — node ${process.version}\n`);

// A data folder of its own: this process runs the TypeScript sources, whose corpus cache has another key than the
// compiled code's, and writing it would replace the cache the answer child and `ressec ask` below read.
const benchData = mkdtempSync(path.join(os.tmpdir(), 'ressec-bench-'));
const config = loadConfig({ RESSEC_OFFLINE: 'true', RESSEC_DATA_DIR: benchData });
const { knowledge } = await loadKnowledge(config);
printFigures(
  `shipped corpus: ${knowledge.documents.length} documents, ${knowledge.passages.length} passages (full retrieval path; target p99 <= 5 ms)`,
  retrievalFigures(knowledge, 5),
);

const policy = measurePolicy(redteamTexts(path.resolve(import.meta.dirname, '..')));
console.log(
  `policy (normalise + intent) p50 / p99  ${formatMs(policy.p50)} / ${formatMs(policy.p99)}  (median of 5 runs per text, ${policy.texts} red-team texts; every run: p99 ${formatMs(policy.rawP99)}; target p99 <= 1 ms)`,
);

const large = measureAt(knowledge, SYNTHETIC_PASSAGES, 2);
printFigures(
  `synthetic corpus: ${large.passages} passages (Zipf over the corpus words + rare words; target p99 <= 25 ms)`,
  large,
  large.buildMs,
);

const root = path.resolve(import.meta.dirname, '..');
// The child runs the compiled code, as `npm start` does, so its RSS is not inflated by the TypeScript loader.
const child = spawnSync(process.execPath, [path.join(root, 'bench/answer-child.mjs')], {
  encoding: 'utf8',
  cwd: root,
});
if (child.status === 0) {
  const figures = JSON.parse(child.stdout) as {
    p50: number;
    p99: number;
    maxRssMb: number;
    answers: number;
    loadMs: number;
  };
  console.log('offline answers (warm, in a separate process):');
  console.log(`  corpus load + index  ${formatMs(figures.loadMs)}`);
  console.log(
    `  answer p50 / p99     ${formatMs(figures.p50)} / ${formatMs(figures.p99)}  (${figures.answers} answers; target p50 <= 20 ms)`,
  );
  console.log(`  peak RSS             ${figures.maxRssMb.toFixed(0)} MB  (target <= 200 MB)`);
} else {
  console.log(`offline answer benchmark failed: ${child.stderr.slice(0, 500)}`);
}

const cold: number[] = [];
for (let run = 0; run < 5; run++) {
  const begin = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'bin/ressec.js'), 'ask', 'Who can I ask about knowledge security in the Netherlands?'],
    {
      encoding: 'utf8',
      cwd: root,
      env: { PATH: process.env.PATH ?? '', RESSEC_LOG_LEVEL: 'silent' },
    },
  );
  if (result.status !== 0) {
    console.log(`ressec ask failed: ${result.stderr.slice(0, 300)}`);
    break;
  }
  cold.push(performance.now() - begin);
}
if (cold.length > 0) {
  console.log(`cold start of \`ressec ask\` (process start to answer printed, ${cold.length} runs):`);
  console.log(
    `  p50 / max            ${formatMs(percentile(cold, 50))} / ${formatMs(Math.max(...cold))}  (the corpus cache warm after the first run; target <= 0.5 s)`,
  );
}
rmSync(benchData, { recursive: true, force: true });
