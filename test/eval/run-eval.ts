// `npm run eval [-- --verbose]`: scores the blind tuning half, the blind locked half and the old set separately.
// --verbose lists the failures of the tuning half and the old set. The locked half is only ever summarised: its
// questions and failures are never printed, so nobody tunes to them.
import { evaluateSet, loadQuestions, offlineAnswerService, type SetSummary } from './evaluate.js';
import {
  BLIND_DEV,
  BLIND_DEV2_LOCKED,
  BLIND_DEV2_TUNING,
  BLIND_DEV3_LOCKED,
  BLIND_DEV3_TUNING,
  BLIND_DEV4_LOCKED,
  BLIND_DEV4_TUNING,
  BLIND_DEV5_LOCKED,
  BLIND_DEV5_TUNING,
  BLIND_DEV6_LOCKED,
  BLIND_DEV6_TUNING,
  BLIND_LOCKED,
  BLIND_TUNING,
  type EvalQuestion,
  loadBlindHalf,
} from './question-set.js';

const verbose = process.argv.includes('--verbose');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
// RESSEC_EVAL_KNOWLEDGE_DIR scores another copy of the corpus (a committed one, while the working copy changes).
const service = await offlineAnswerService(process.env.RESSEC_EVAL_KNOWLEDGE_DIR);

function printSummary(title: string, summary: SetSummary) {
  console.log(`\n== ${title}: ${summary.questions} questions (${summary.answerable} expected answered)`);
  console.log(`  key-fact coverage (answer + cited excerpts)  ${percent(summary.coverage)}`);
  console.log(`  answer-text coverage                         ${percent(summary.answerTextCoverage)}`);
  const by = Object.entries(summary.falseDeclinesBy)
    .map(([outcome, count]) => `${count} ${outcome}`)
    .join(', ');
  console.log(
    `  false declines                               ${percent(summary.falseDeclineRate)} (${summary.falseDeclines}: ${by})`,
  );
  console.log(
    `  expected declines / no grounding, correct    ${percent(summary.declineAccuracy)} of ${summary.declineQuestions}`,
  );
  console.log(`  uncited sentences in answers                 ${summary.uncitedSentences}`);
  console.log('  by jurisdiction (coverage / answer text / questions):');
  for (const [name, bucket] of Object.entries(summary.byJurisdiction)) {
    console.log(
      `    ${name.padEnd(8)} ${percent(bucket.coverage).padStart(7)} ${percent(bucket.answerTextCoverage).padStart(7)}  ${bucket.questions}`,
    );
  }
}

function printFailures(summary: SetSummary) {
  const failures = summary.results.filter(
    (result) =>
      result.outcome !== result.question.expected || result.missingFromText.length > 0 || result.uncited.length > 0,
  );
  console.log(`  ${failures.length} question(s) short of full marks${verbose ? ':' : ' (--verbose lists them)'}`);
  if (!verbose) return;
  for (const result of failures) {
    const parts = [`expected ${result.question.expected}, got ${result.outcome}`];
    if (result.missing.length > 0) parts.push(`missing ${JSON.stringify(result.missing.map((fact) => fact[0]))}`);
    const onlyInExcerpts = result.missingFromText.filter((fact) => !result.missing.includes(fact));
    if (onlyInExcerpts.length > 0) parts.push(`only in excerpts ${JSON.stringify(onlyInExcerpts.map((f) => f[0]))}`);
    if (result.uncited.length > 0) parts.push(`uncited ${JSON.stringify(result.uncited)}`);
    console.log(
      `  ${result.question.id} [${result.question.jurisdiction}]: ${parts.join('; ')}\n    Q: ${result.question.question}`,
    );
  }
}

async function run(title: string, questions: EvalQuestion[] | undefined, { listFailures }: { listFailures: boolean }) {
  if (!questions) {
    console.log(`\n== ${title}: not written yet`);
    return;
  }
  const summary = await evaluateSet(questions, service);
  printSummary(title, summary);
  if (listFailures) printFailures(summary);
}

await run('blind set, tuning half', loadBlindHalf(BLIND_TUNING), { listFailures: true });
await run('blind development set (third author, 2026-12-01)', loadBlindHalf(BLIND_DEV), { listFailures: true });
await run('blind set 2 (fourth author, 2026-12-02), tuning half', loadBlindHalf(BLIND_DEV2_TUNING), {
  listFailures: true,
});
await run('blind set 3 (fifth author, 2026-12-02), tuning half', loadBlindHalf(BLIND_DEV3_TUNING), {
  listFailures: true,
});
await run('blind set 4 (sixth author, 2026-12-03), tuning half', loadBlindHalf(BLIND_DEV4_TUNING), {
  listFailures: true,
});
await run('blind set 5 (seventh author, 2026-12-03), tuning half', loadBlindHalf(BLIND_DEV5_TUNING), {
  listFailures: true,
});
await run('blind set 6 (eighth author, 2026-12-03), tuning half', loadBlindHalf(BLIND_DEV6_TUNING), {
  listFailures: true,
});
await run('blind set, locked half (figures only)', loadBlindHalf(BLIND_LOCKED), { listFailures: false });
await run('blind set 2, locked half (figures only)', loadBlindHalf(BLIND_DEV2_LOCKED), { listFailures: false });
await run('blind set 3, locked half (figures only)', loadBlindHalf(BLIND_DEV3_LOCKED), { listFailures: false });
await run('blind set 4, locked half (figures only)', loadBlindHalf(BLIND_DEV4_LOCKED), { listFailures: false });
await run('blind set 5, locked half (figures only)', loadBlindHalf(BLIND_DEV5_LOCKED), { listFailures: false });
await run('blind set 6, locked half (figures only)', loadBlindHalf(BLIND_DEV6_LOCKED), { listFailures: false });
await run('old set (corpus-derived; regression check only)', loadQuestions(), { listFailures: true });
