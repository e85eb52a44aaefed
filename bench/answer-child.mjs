// Runs in a child process on the compiled code so its peak RSS is the app's own: loads the shipped corpus and
// answers every evaluation question three times, warm.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AnswerService } from '../dist/src/answer/answer-service.js';
import { loadKnowledge } from '../dist/src/app.js';
import { loadConfig } from '../dist/src/config.js';
import { silentLogger } from '../dist/src/log.js';

const evalDir = path.resolve(import.meta.dirname, '../test/eval');
const files = [path.join(evalDir, 'questions.jsonl')];
try {
  for (const name of readdirSync(path.join(evalDir, 'questions'))) files.push(path.join(evalDir, 'questions', name));
} catch {}
const questions = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line).question),
);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

const config = loadConfig({ RESSEC_OFFLINE: 'true' });
const loadStarted = performance.now();
const { knowledge } = await loadKnowledge(config);
const answers = new AnswerService({ knowledge, log: silentLogger(), deskName: 'the desk' });
const loadMs = performance.now() - loadStarted;
for (const question of questions.slice(0, 20)) await answers.answer(question);
const timings = [];
for (let round = 0; round < 3; round++) {
  for (const question of questions) {
    const started = performance.now();
    await answers.answer(question);
    timings.push(performance.now() - started);
  }
}
process.stdout.write(
  JSON.stringify({
    loadMs,
    answers: timings.length,
    p50: percentile(timings, 50),
    p99: percentile(timings, 99),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
