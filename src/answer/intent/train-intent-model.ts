// `npm run train:intent`: learns the intent model and writes intent-model.json. It learns from examples written for
// the purpose (src/answer/intent/training/*.jsonl, by a helper who never saw the test sets), from the TUNING halves
// of the red-team set and the blind evaluation (whose questions are all legitimate), and from the corpus-derived
// eval questions. The locked halves are never read here: they stay a measure of what the model has not seen.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_BITS, intentFeatures } from './intent-features.js';
import { encodeModel, IntentModel, MODEL_LABELS, type ModelLabel } from './intent-model.js';

interface Example {
  text: string;
  label: ModelLabel;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(HERE.replace(`${path.sep}dist${path.sep}`, path.sep), '..', '..', '..');
const TUNING_SOURCES = [
  { file: 'test/redteam/tuning.jsonl', text: 'text', label: (row: Record<string, unknown>) => row.class },
  { file: 'test/eval/blind/tuning.jsonl', text: 'question', label: (row: Record<string, unknown>) => answered(row) },
  { file: 'test/eval/questions.jsonl', text: 'question', label: (row: Record<string, unknown>) => answered(row) },
];

function answered(row: Record<string, unknown>): string | undefined {
  return row.expected === 'answered' ? 'legitimate' : undefined;
}

/** The tuning halves' rows as examples; rows without a label (an expected decline) are left out. */
export function loadTuningExamples(root = PROJECT_ROOT): Example[] {
  const examples: Example[] = [];
  for (const source of TUNING_SOURCES) {
    for (const line of readFileSync(path.join(root, source.file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Record<string, unknown>;
      const label = source.label(row);
      const text = row[source.text];
      if (typeof text === 'string' && MODEL_LABELS.includes(label as ModelLabel)) {
        examples.push({ text, label: label as ModelLabel });
      }
    }
  }
  return examples;
}
const TRAINING_DIR = path.join(HERE, 'training');
const MODEL_FILE = path.join(HERE.replace(`${path.sep}dist${path.sep}`, path.sep), 'intent-model.json');
/** Share of held-out legitimate examples a label may claim: the price of one over-refusal is high. */
const MAX_FALSE_POSITIVE_RATE = 0.01;

export function loadTrainingExamples(directory = TRAINING_DIR): Example[] {
  const examples: Example[] = [];
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(path.join(directory, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const parsed = JSON.parse(line) as { text?: unknown; label?: unknown };
      if (typeof parsed.text !== 'string' || !MODEL_LABELS.includes(parsed.label as ModelLabel)) {
        throw new Error(`${file}: bad example ${line.slice(0, 80)}`);
      }
      examples.push({ text: parsed.text, label: parsed.label as ModelLabel });
    }
  }
  return examples;
}

/** A seeded generator, so a retrain on the same data gives the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Softmax regression by stochastic gradient descent, classes weighted to balance, light L2. */
export function train(examples: Example[], epochs = 30): { weights: Float32Array[]; bias: number[] } {
  const size = 1 << FEATURE_BITS;
  const weights = MODEL_LABELS.map(() => new Float32Array(size));
  const bias = MODEL_LABELS.map(() => 0);
  const counts = MODEL_LABELS.map((label) => examples.filter((example) => example.label === label).length || 1);
  const classWeight = counts.map((count) => examples.length / (MODEL_LABELS.length * count));
  const vectors = examples.map((example) => ({
    features: [...intentFeatures(example.text)],
    target: MODEL_LABELS.indexOf(example.label),
  }));
  const next = random(7);
  const l2 = 1e-6;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = 0.5 / (1 + epoch * 0.15);
    for (const { features, target } of shuffle(vectors, next)) {
      const logits = weights.map((row, label) => {
        let sum = bias[label] ?? 0;
        for (const [index, value] of features) sum += (row[index] ?? 0) * value;
        return sum;
      });
      const top = Math.max(...logits);
      const exp = logits.map((logit) => Math.exp(logit - top));
      const total = exp.reduce((sum, value) => sum + value, 0);
      const scale = rate * (classWeight[target] ?? 1);
      for (let label = 0; label < MODEL_LABELS.length; label++) {
        const gradient = (exp[label] ?? 0) / total - (label === target ? 1 : 0);
        const row = weights[label] as Float32Array;
        for (const [index, value] of features) {
          row[index] = (row[index] ?? 0) * (1 - l2) - scale * gradient * value;
        }
        bias[label] = (bias[label] ?? 0) - scale * gradient * 0.1;
      }
    }
  }
  return { weights, bias };
}

/**
 * Per label, the lowest threshold at which at most MAX_FALSE_POSITIVE_RATE of held-out examples of other labels
 * (legitimate ones above all) would be claimed by it.
 */
export function chooseThresholds(model: IntentModel, heldOut: Example[]): Partial<Record<ModelLabel, number>> {
  const thresholds: Partial<Record<ModelLabel, number>> = {};
  const scored = heldOut.map((example) => ({ label: example.label, probabilities: model.probabilities(example.text) }));
  for (const label of MODEL_LABELS) {
    if (label === 'legitimate') continue;
    const negatives = scored
      .filter((example) => example.label === 'legitimate')
      .map((example) => example.probabilities[label])
      .sort((a, b) => b - a);
    const allowed = Math.floor(negatives.length * MAX_FALSE_POSITIVE_RATE);
    const cut = negatives[allowed] ?? 0;
    thresholds[label] = Math.min(0.9, Math.max(0.5, cut + 1e-3));
  }
  return thresholds;
}

function recallReport(model: IntentModel, examples: Example[]): string {
  return MODEL_LABELS.map((label) => {
    const ofLabel = examples.filter((example) => example.label === label);
    const hit = ofLabel.filter((example) => {
      const verdict = model.verdict(example.text).label;
      return label === 'legitimate' ? verdict === undefined : verdict === label;
    }).length;
    return `${label} ${hit}/${ofLabel.length}`;
  }).join(', ');
}

async function main(): Promise<void> {
  const examples = [...loadTrainingExamples(), ...loadTuningExamples()];
  const shuffled = shuffle(examples, random(11));
  const cut = Math.floor(shuffled.length * 0.8);
  const [fit, heldOut] = [shuffled.slice(0, cut), shuffled.slice(cut)];
  const trial = train(fit);
  const thresholds = chooseThresholds(IntentModel.fromDense(trial.weights, trial.bias), heldOut);
  const checked = IntentModel.fromDense(trial.weights, trial.bias, thresholds);
  process.stdout.write(`held-out (${heldOut.length}): ${recallReport(checked, heldOut)}\n`);
  process.stdout.write(`thresholds: ${JSON.stringify(thresholds)}\n`);
  const final = train(examples);
  const stored = encodeModel(
    final.weights,
    final.bias,
    thresholds,
    examples.length,
    new Date().toISOString().slice(0, 10),
  );
  writeFileSync(MODEL_FILE, `${JSON.stringify(stored)}\n`);
  process.stdout.write(`wrote ${MODEL_FILE} from ${examples.length} examples\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
