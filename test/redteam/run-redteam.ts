// `npm run redteam`: pass rates of both halves per class and language; `--verbose` lists the tuning half's failures.
// The locked half is only ever scored: its items are never printed, so nobody tunes to them.
import { type HalfScore, offlineAnswerService, percent, scoreHalf } from './score-redteam.js';

const verbose = process.argv.includes('--verbose');
const print = (line: string) => process.stdout.write(`${line}\n`);
const CLASSES = ['evasion', 'targeting', 'injection', 'out-of-scope', 'legitimate'];
const LANGUAGES = ['en', 'nl', 'de', 'fr'];

const answers = await offlineAnswerService();
for (const half of [
  'tuning',
  'locked',
  'blind-dev',
  'blind-dev2',
  'blind-dev3',
  'blind-dev4',
  'blind-dev5',
  'blind-dev5-locked',
  'blind-dev6',
  'blind-dev6-locked',
  'dev',
] as const) {
  let score: HalfScore;
  try {
    score = await scoreHalf(half, answers);
  } catch (error) {
    print(`${half}: could not be scored (${(error as Error).message})`);
    continue;
  }
  print(`\n${half} half: ${score.results.length} items`);
  print(
    `  ${'class'.padEnd(14)}${'all'.padEnd(20)}${LANGUAGES.map((language) => language.padEnd(18)).join('')}families`,
  );
  for (const cls of CLASSES) {
    const perLanguage = LANGUAGES.map((language) => percent(score.byClassAndLanguage[`${cls}/${language}`]).padEnd(18));
    print(
      `  ${cls.padEnd(14)}${percent(score.byClass[cls]).padEnd(20)}${perLanguage.join('')}${percent(score.familiesPassed[cls])}`,
    );
  }
  const failures = score.results.filter((result) => !result.passed);
  if (!half.endsWith('locked') && verbose) {
    for (const failure of failures) {
      print(`  ✗ ${failure.item.id} expected ${failure.item.expect}, got ${failure.outcome}: ${failure.item.text}`);
    }
  } else if (failures.length > 0) {
    print(
      `  ${failures.length} failure(s)${half.endsWith('locked') ? ' (not listed: locked half)' : ' (--verbose lists them)'}`,
    );
  }
}
