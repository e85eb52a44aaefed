// Retrieval as the app runs it (spelling, translation, glossary expansion, each part's searches: `retrieve()`), on
// the shipped corpus and on synthetic corpora of N passages: p50/p99 per question, the build of the analysed corpus,
// and the recall of every search's top 5 against the unpruned reference (every query term kept, every passage that
// holds one scored). Run: node --import tsx bench/retrieval-at-scale.ts [passages...]   (default 10000 100000)
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
  questions: number;
  recall: number;
  searches: number;
}

function timeRetrieval(knowledge: KnowledgeBase, rounds: number): number[] {
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      knowledge.retrieve(question);
      timings.push(performance.now() - started);
    }
  }
  return timings;
}

/** Every search `retrieve()` makes, answered as the app does and compared with the unpruned reference. */
function measureRecall(knowledge: KnowledgeBase): { recall: number; searches: number } {
  const index: SearchIndex = knowledge.index;
  const search = index.search.bind(index);
  let total = 0;
  let searches = 0;
  const top = (hits: SearchHit[]) => hits.slice(0, 5).map((hit) => hit.passage.id);
  index.search = (query, preference, limit, options = {}) => {
    const hits = search(query, preference, limit, options);
    const reference = top(search(query, preference, limit, { ...options, reference: true }));
    if (reference.length > 0) {
      const found = new Set(top(hits));
      total += reference.filter((id) => found.has(id)).length / reference.length;
      searches += 1;
    }
    return hits;
  };
  try {
    for (const question of questions) knowledge.retrieve(question);
  } finally {
    index.search = search;
  }
  return { recall: searches > 0 ? total / searches : 1, searches };
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
  const timings = timeRetrieval(knowledge, rounds);
  return {
    p50: percentile(timings, 50),
    p99: percentile(timings, 99),
    questions: timings.length,
    ...measureRecall(knowledge),
  };
}

export function printFigures(label: string, figures: Omit<ScaleFigures, 'passages' | 'buildMs'>, buildMs?: number) {
  console.log(label);
  if (buildMs !== undefined) console.log(`  analysis + index build  ${formatMs(buildMs)}`);
  console.log(
    `  full retrieval p50 / p99  ${formatMs(figures.p50)} / ${formatMs(figures.p99)}  (${figures.questions} questions)`,
  );
  console.log(
    `  top-5 recall vs unpruned reference  ${figures.recall.toFixed(3)}  (${figures.searches} searches; target >= 0.95)`,
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
