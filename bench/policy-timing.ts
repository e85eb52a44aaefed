// Policy latency over the red-team texts (both halves, as a user would send them): normalisation plus the intent
// classifier, warm. The target is p99 <= 1 ms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanQuestion } from '../src/answer/clean-question.js';
import { checkPolicy } from '../src/answer/policy.js';
import { percentile } from './stats.js';

export function redteamTexts(root: string): string[] {
  const texts: string[] = [];
  for (const file of ['test/redteam/tuning.jsonl', 'test/redteam/locked.jsonl', 'test/fixtures/redteam/dev.jsonl']) {
    let content = '';
    try {
      content = readFileSync(path.join(root, file), 'utf8');
    } catch {
      continue;
    }
    for (const line of content.split('\n'))
      if (line.trim() !== '') texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts;
}

/**
 * Cleaning plus policy per text. Each text runs `repeats` times after a warm-up round; its time is the median of its
 * runs, so a moment the process was descheduled on a busy machine does not count as the policy's time. The p50 and
 * p99 are over texts; `rawP99` is over every single run, for comparison.
 */
export function measurePolicy(
  texts: string[],
  repeats = 5,
): { p50: number; p99: number; rawP99: number; texts: number } {
  for (const text of texts) checkPolicy(cleanQuestion(text).text);
  const perText: number[] = [];
  const raw: number[] = [];
  for (const text of texts) {
    const runs: number[] = [];
    for (let run = 0; run < repeats; run++) {
      const started = performance.now();
      checkPolicy(cleanQuestion(text).text);
      runs.push(performance.now() - started);
    }
    raw.push(...runs);
    perText.push(percentile(runs, 50));
  }
  return {
    p50: percentile(perText, 50),
    p99: percentile(perText, 99),
    rawP99: percentile(raw, 99),
    texts: texts.length,
  };
}
