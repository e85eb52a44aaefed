// Retrieval as the app runs it (spelling, translation, glossary expansion, each part's searches: `retrieve()`), on
// the shipped corpus and on synthetic corpora of N passages: p50/p99 per question, the build of the analysed corpus,
// and the recall of every search's top 5 against two references: the same terms with every passage that holds one
// scored (what pruning loses: nothing, it is exact), and every query term kept, the commonest too (what leaving out
// terms found in over half of all passages loses). Run: node --import tsx bench/retrieval-at-scale.ts [passages...]   (default 10000 100000)
import { execSync } from 'node:child_process';
import { loadKnowledge } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import type { SearchHit, SearchIndex } from '../src/knowledge/search-index.js';
import { tokenize } from '../src/knowledge/text-analysis.js';
import { loadQuestions } from '../test/eval/evaluate.js';
import { formatMs, percentile } from './stats.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const questions = loadQuestions().map((question) => question.question);

export interface ScaleFigures {
  passages: number;
  buildMs: number;
  p50: number;
  p99: number;
  cpuP50: number;
  cpuP99: number;
  questions: number;
  recall: number;
  everyTermRecall: number;
  searches: number;
}

/** Wall-clock and CPU milliseconds per question: on a shared, loaded machine the two differ by the waits to run. */
function timeRetrieval(knowledge: KnowledgeBase, rounds: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      const used = process.cpuUsage();
      knowledge.retrieve(question);
      const spent = process.cpuUsage(used);
      wall.push(performance.now() - started);
      cpu.push((spent.user + spent.system) / 1000);
    }
  }
  return { wall, cpu };
}

/** Every search `retrieve()` makes, answered as the app does and compared with the unpruned reference. */
function measureRecall(knowledge: KnowledgeBase): { recall: number; everyTermRecall: number; searches: number } {
  const index: SearchIndex = knowledge.index;
  const search = index.search.bind(index);
  let total = 0;
  let everyTermTotal = 0;
  let searches = 0;
  const top = (hits: SearchHit[]) => hits.slice(0, 5).map((hit) => hit.passage.id);
  index.search = (query, preference, limit, options = {}) => {
    const hits = search(query, preference, limit, options);
    const found = new Set(top(hits));
    const recall = (reference: string[]) => reference.filter((id) => found.has(id)).length / reference.length;
    const unpruned = top(search(query, preference, limit, { ...options, unpruned: true }));
    const everyTerm = top(search(query, preference, limit, { ...options, unpruned: true, everyTerm: true }));
    // A search that finds nothing either way says nothing about recall.
    if (unpruned.length > 0 && everyTerm.length > 0) {
      total += recall(unpruned);
      everyTermTotal += recall(everyTerm);
      searches += 1;
    }
    return hits;
  };
  try {
    for (const question of questions) knowledge.retrieve(question);
  } finally {
    index.search = search;
  }
  return {
    recall: searches > 0 ? total / searches : 1,
    everyTermRecall: searches > 0 ? everyTermTotal / searches : 1,
    searches,
  };
}

export function measureAt(shipped: KnowledgeBase, passages: number, rounds = 3): ScaleFigures {
  const frequency = new Map<string, number>();
  for (const token of shipped.passages.flatMap((passage) => tokenize(passage.text))) {
    frequency.set(token, (frequency.get(token) ?? 0) + 1);
  }
  const vocabulary = [...frequency].sort((a, b) => b[1] - a[1]).map(([token]) => token);
  const synthetic = syntheticCorpus(vocabulary, passages);
  const started = performance.now();
  const knowledge = new KnowledgeBase(
    synthetic.documents,
    synthetic.passages,
    shipped.glossary,
    shipped.contactPoints,
    shipped.institutionJurisdiction,
  );
  const buildMs = performance.now() - started;
  return { passages, buildMs, ...retrievalFigures(knowledge, rounds) };
}

export function retrievalFigures(knowledge: KnowledgeBase, rounds: number) {
  timeRetrieval(knowledge, 1);
  const { wall, cpu } = timeRetrieval(knowledge, rounds);
  return {
    p50: percentile(wall, 50),
    p99: percentile(wall, 99),
    cpuP50: percentile(cpu, 50),
    cpuP99: percentile(cpu, 99),
    questions: wall.length,
    ...measureRecall(knowledge),
  };
}

export function printFigures(label: string, figures: Omit<ScaleFigures, 'passages' | 'buildMs'>, buildMs?: number) {
  console.log(label);
  if (buildMs !== undefined) console.log(`  analysis + index build  ${formatMs(buildMs)}`);
  console.log(
    `  full retrieval p50 / p99  ${formatMs(figures.p50)} / ${formatMs(figures.p99)} wall, ${formatMs(figures.cpuP50)} / ${formatMs(figures.cpuP99)} CPU  (${figures.questions} questions)`,
  );
  console.log(
    `  top-5 recall (${figures.searches} searches; target >= 0.95): vs the same terms unpruned ${figures.recall.toFixed(3)}, vs every term kept ${figures.everyTermRecall.toFixed(3)}`,
  );
}

function load(): string {
  return execSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load average:/, 'load average');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const { knowledge } = await loadKnowledge(loadConfig({ RESSEC_OFFLINE: 'true' }));
  console.log(`retrieval, full path (retrieve()), node ${process.version}, ${questions.length} evaluation questions`);
  printFigures(
    `shipped corpus: ${knowledge.passages.length} passages (target p99 <= 5 ms) — ${load()}`,
    retrievalFigures(knowledge, 5),
  );
  for (const size of sizes.length > 0 ? sizes : [10_000, 100_000]) {
    const figures = measureAt(knowledge, size);
    printFigures(
      `synthetic corpus: ${figures.passages} passages (target p99 <= 25 ms at 100k) — ${load()}`,
      figures,
      figures.buildMs,
    );
  }
}
