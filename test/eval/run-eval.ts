// `npm run eval`: prints coverage, decline accuracy and false declines, per topic and per jurisdiction.
import { evaluate } from './evaluate.js';

const verbose = process.argv.includes('--verbose');
const summary = await evaluate();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log(`questions: ${summary.questions}`);
console.log(`coverage (key facts found): ${percent(summary.coverage)}`);
console.log(`decline accuracy: ${percent(summary.declineAccuracy)} of ${summary.declineQuestions}`);
console.log(`false-decline rate: ${percent(summary.falseDeclineRate)}`);
console.log('\nby jurisdiction:');
for (const [name, bucket] of Object.entries(summary.byJurisdiction)) {
  console.log(`  ${name.padEnd(10)} ${percent(bucket.coverage).padStart(7)}  (${bucket.questions} questions)`);
}
console.log('\nby topic:');
for (const [name, bucket] of Object.entries(summary.byTopic)) {
  console.log(`  ${name.padEnd(22)} ${percent(bucket.coverage).padStart(7)}  (${bucket.questions} questions)`);
}
const failures = summary.results.filter(
  (result) => result.outcome !== result.question.expected || result.missing.length > 0,
);
if (failures.length > 0) {
  console.log(
    `\n${failures.length} question(s) with a wrong outcome or missing facts${verbose ? ':' : ' (--verbose lists them)'}`,
  );
  if (verbose) {
    for (const result of failures) {
      console.log(
        `  ${result.question.id}: expected ${result.question.expected}, got ${result.outcome}; missing ${JSON.stringify(result.missing)}\n    Q: ${result.question.question}`,
      );
    }
  }
}
