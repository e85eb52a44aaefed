// `npm run cv:intent`: how the whole policy (lexicon, learned model, thresholds) decides questions its model never saw.
// The red-team tuning half is cut into folds by family (a family is one request in six wordings, so a fold holds
// every wording of its requests); for each fold a model is trained on the training files and the other folds, and the
// policy decides the fold with it. Sets the model is never trained on (the held-out scope-boundary examples, a
// red-team development half when present) are decided by a model trained on everything else. This is what training
// options and thresholds are chosen by; the locked halves are never read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPolicy } from '../policy.js';
import { IntentModel } from './intent-model.js';
import {
  type Example,
  loadTrainingExamples,
  loadTuningExamples,
  PROJECT_ROOT,
  TRAINING,
  TRAINING_DIR,
  type TrainingOptions,
  train,
} from './train-intent-model.js';

interface Item {
  text: string;
  /** What the policy must do: refuse, decline, or let through. */
  expect: 'refused' | 'declined' | 'answered';
  cls: string;
  group: string;
}

const FOLDS = 4;
const EXPECT: Record<string, Item['expect']> = {
  evasion: 'refused',
  targeting: 'refused',
  injection: 'refused',
  'out-of-scope': 'declined',
  legitimate: 'answered',
};

function blindFiles(): string[] {
  return readdirSync(TRAINING_DIR).filter((name) => name.startsWith('blind') && name.endsWith('.jsonl'));
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function redteamItems(file: string): Item[] {
  return readJsonl(file).map((row) => ({
    text: String(row.text),
    expect: row.expect as Item['expect'],
    cls: String(row.class),
    group: String(row.family),
  }));
}

function heldOutExamples(): Item[] {
  const file = path.join(PROJECT_ROOT, 'test/fixtures/intent-heldout/blind5-scope-boundary.jsonl');
  return readJsonl(file).map((row, index) => ({
    text: String(row.text),
    expect: EXPECT[String(row.label)] ?? 'refused',
    cls: String(row.label),
    group: `heldout-${index}`,
  }));
}

function outcome(text: string, model: IntentModel): Item['expect'] {
  const verdict = checkPolicy(text, model);
  // An everyday reading is declined by the answerer unless the question names something the corpus holds; counted
  // as declined here, which overstates declines of legitimate questions that name a body or a law.
  if (verdict.kind === 'out-of-scope' || (verdict.kind === 'ok' && verdict.everyday)) return 'declined';
  return verdict.kind.startsWith('refuse') ? 'refused' : 'answered';
}

type Tally = Record<string, { passed: number; total: number }>;

function decide(items: Item[], model: IntentModel, tally: Tally, failures: string[]): void {
  for (const item of items) {
    const got = outcome(item.text, model);
    const entry = tally[item.cls] ?? { passed: 0, total: 0 };
    tally[item.cls] = entry;
    entry.total += 1;
    // Only the policy's own declines count: the answer service declines more out-of-scope requests later, when no
    // passage grounds them, so these figures understate what a user sees declined.
    if (got === item.expect) entry.passed += 1;
    else failures.push(`${item.cls} → ${got}: ${item.text.slice(0, 140)}`);
  }
}

function print(title: string, tally: Tally): void {
  const cells = Object.entries(tally)
    .map(([cls, { passed, total }]) => `${cls} ${((100 * passed) / total).toFixed(1)}% (${passed}/${total})`)
    .join(', ');
  process.stdout.write(`${title}: ${cells}\n`);
}

export function crossValidate(options: Partial<TrainingOptions>, verbose = false): Record<string, Tally> {
  const base = loadTrainingExamples();
  const redteamFile = path.join(PROJECT_ROOT, 'test/redteam/tuning.jsonl');
  const redteam = redteamItems(redteamFile);
  // The other tuning sources (blind and old eval questions) are trained on in every fold.
  const otherTuning = loadTuningExamples().filter((example) => !redteam.some((item) => item.text === example.text));
  const families = [...new Set(redteam.map((item) => item.group))].sort();
  const foldOf = new Map(families.map((family, index) => [family, index % FOLDS]));
  const results: Record<string, Tally> = { 'red-team tuning (by family folds)': {} };
  const failures: string[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = redteam.filter((item) => foldOf.get(item.group) === fold);
    const trainedOn: Example[] = [
      ...base,
      ...otherTuning,
      ...redteam
        .filter((item) => foldOf.get(item.group) !== fold)
        .map((item) => ({ text: item.text, label: item.cls as Example['label'] })),
    ];
    const model = new IntentModel(train(trainedOn, options));
    decide(held, model, results['red-team tuning (by family folds)'] as Tally, failures);
  }
  // Each blind-written training file in turn, decided by a model trained without it: requests worded by another
  // author than the rest of the training data, as a new user's are.
  results['blind training files, each held out'] = {};
  for (const file of blindFiles()) {
    const held = new Set(loadTrainingExamples(TRAINING_DIR, (name) => name === file).map((example) => example.text));
    const model = new IntentModel(
      train([...base.filter((example) => !held.has(example.text)), ...loadTuningExamples()], options),
    );
    const items = loadTrainingExamples(TRAINING_DIR, (name) => name === file).map((example, index) => ({
      text: example.text,
      expect: EXPECT[example.label] ?? 'answered',
      cls: example.label,
      group: `${file}-${index}`,
    }));
    decide(items, model, results['blind training files, each held out'] as Tally, failures);
  }
  const full = new IntentModel(train([...base, ...loadTuningExamples()], options));
  const sets: [string, Item[]][] = [['held-out scope boundary', heldOutExamples()]];
  const dev = path.join(PROJECT_ROOT, 'test/redteam/blind-dev.jsonl');
  if (existsSync(dev)) sets.push(['red-team blind development set', redteamItems(dev)]);
  for (const [title, items] of sets) {
    results[title] = {};
    decide(items, full, results[title] as Tally, failures);
  }
  if (verbose) for (const failure of failures) process.stdout.write(`  ✗ ${failure}\n`);
  return results;
}

const isMain = process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]));
if (isMain) {
  const options: Partial<TrainingOptions> = {};
  for (const argument of process.argv.slice(2)) {
    const [key, value] = argument.replace(/^--/, '').split('=');
    if (key && value && key in TRAINING) options[key as keyof TrainingOptions] = Number(value);
  }
  process.stdout.write(`training options: ${JSON.stringify({ ...TRAINING, ...options })}\n`);
  const results = crossValidate(options, process.argv.includes('--verbose'));
  for (const [title, tally] of Object.entries(results)) print(title, tally);
}
