// `npm run bench`: retrieval latency and index build on the shipped corpus and at 100,000 passages, warm offline
// answer latency, cold start of `ressec ask`, and peak RSS. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadKnowledge } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { SearchIndex } from '../src/knowledge/search-index.js';
import { tokenize } from '../src/knowledge/text-analysis.js';
import { loadQuestions } from '../test/eval/evaluate.js';
import { measurePolicy, redteamTexts } from './policy-timing.js';
import { formatMs, percentile } from './stats.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const SYNTHETIC_PASSAGES = Number(process.argv[2] ?? 100_000);
const questions = loadQuestions().map((question) => question.question);

function measureRetrieval(index: SearchIndex, rounds: number) {
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      index.search(question, { named: [] }, 8);
      timings.push(performance.now() - started);
    }
  }
  return { p50: percentile(timings, 50), p99: percentile(timings, 99), queries: timings.length };
}

console.log(`ressec benchmark — node ${process.version}, ${questions.length} evaluation questions as queries\n`);

const config = loadConfig({ RESSEC_OFFLINE: 'true' });
const { knowledge } = await loadKnowledge(config);
let started = performance.now();
const shippedIndex = new SearchIndex(knowledge.documents, knowledge.passages);
const shippedBuild = performance.now() - started;
measureRetrieval(shippedIndex, 1);
const shipped = measureRetrieval(shippedIndex, 5);
console.log(`shipped corpus: ${knowledge.documents.length} documents, ${knowledge.passages.length} passages`);
console.log(`  index build          ${formatMs(shippedBuild)}`);
console.log(
  `  retrieval p50 / p99  ${formatMs(shipped.p50)} / ${formatMs(shipped.p99)}  (${shipped.queries} queries; target p99 <= 5 ms)`,
);

const policy = measurePolicy(redteamTexts(path.resolve(import.meta.dirname, '..')));
console.log(
  `policy (normalise + intent) p50 / p99  ${formatMs(policy.p50)} / ${formatMs(policy.p99)}  (median of 5 runs per text, ${policy.texts} red-team texts; every run: p99 ${formatMs(policy.rawP99)}; target p99 <= 1 ms)`,
);

const frequency = new Map<string, number>();
for (const token of knowledge.passages.flatMap((passage) => tokenize(passage.text))) {
  frequency.set(token, (frequency.get(token) ?? 0) + 1);
}
const vocabulary = [...frequency].sort((a, b) => b[1] - a[1]).map(([token]) => token);
const synthetic = syntheticCorpus(vocabulary, SYNTHETIC_PASSAGES);
started = performance.now();
const syntheticIndex = new SearchIndex(synthetic.documents, synthetic.passages);
const syntheticBuild = performance.now() - started;
measureRetrieval(syntheticIndex, 1);
const large = measureRetrieval(syntheticIndex, 2);
console.log(
  `synthetic corpus: ${synthetic.passages.length} passages (Zipf over ${vocabulary.length} corpus words + rare words, 50,000 in all)`,
);
console.log(`  index build          ${formatMs(syntheticBuild)}`);
console.log(
  `  retrieval p50 / p99  ${formatMs(large.p50)} / ${formatMs(large.p99)}  (${large.queries} queries; target p99 <= 25 ms)`,
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
    `  p50 / max            ${formatMs(percentile(cold, 50))} / ${formatMs(Math.max(...cold))}  (target <= 1.5 s)`,
  );
}
