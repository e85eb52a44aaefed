// `npm run train:intent`: learns the intent model and writes intent-model.json. It learns from examples written for
// the purpose (src/answer/intent/training/*.jsonl, by a helper who never saw the test sets), from the TUNING halves
// of the red-team set and the blind evaluation (whose questions are all legitimate), and from the corpus-derived
// eval questions. The locked halves are never read here: they stay a measure of what the model has not seen.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_BITS, intentFeatures } from './intent-features.js';
import {
  encodeModel,
  forward,
  IntentModel,
  MODEL_FILES,
  MODEL_LABELS,
  type ModelLabel,
  type Network,
} from './intent-model.js';

export interface Example {
  text: string;
  label: ModelLabel;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(HERE.replace(`${path.sep}dist${path.sep}`, path.sep), '..', '..', '..');
const TUNING_SOURCES = [
  { file: 'test/redteam/tuning.jsonl', text: 'text', label: (row: Record<string, unknown>) => row.class },
  { file: 'test/eval/blind/tuning.jsonl', text: 'question', label: (row: Record<string, unknown>) => answered(row) },
  { file: 'test/eval/questions.jsonl', text: 'question', label: (row: Record<string, unknown>) => answered(row) },
  { file: 'test/eval/blind/dev.jsonl', text: 'question', label: (row: Record<string, unknown>) => answered(row) },
  {
    file: 'test/eval/blind/dev2-tuning.jsonl',
    text: 'question',
    label: (row: Record<string, unknown>) => answered(row),
  },
  {
    file: 'test/eval/blind/dev3-tuning.jsonl',
    text: 'question',
    label: (row: Record<string, unknown>) => answered(row),
  },
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
export const TRAINING_DIR = path.join(HERE, 'training');
const MODEL_DIR = HERE.replace(`${path.sep}dist${path.sep}`, path.sep);

export function loadTrainingExamples(
  directory = TRAINING_DIR,
  only: (file: string) => boolean = () => true,
): Example[] {
  const examples: Example[] = [];
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl') && only(name))
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

export interface TrainingOptions {
  epochs: number;
  hidden: number;
  learningRate: number;
  /** Share of an example's features dropped at each step, so no single word or letter run decides alone. */
  dropout: number;
  /** Probability mass spread over the other labels in the target, so the model is not trained to certainty. */
  smoothing: number;
  seed: number;
  /** Networks trained from different seeds and averaged (their logits), so no one run's overconfidence decides. */
  members: number;
}

export const TRAINING: TrainingOptions = {
  epochs: 15,
  hidden: 32,
  learningRate: 0.1,
  dropout: 0,
  smoothing: 0,
  seed: 5,
  members: 3,
};

/**
 * Stochastic gradient descent on cross-entropy, each class weighted by the square root of what would balance it: full
 * balancing raised the pull of the rare refusal classes whenever everyday and legitimate examples were added
 * (2026-12-02: a batch of researchers' working life made the model refuse more of the eval's legitimate questions).
 * The hidden layer starts from small seeded random weights, so a retrain on the same data gives the same model.
 */
export function train(examples: Example[], options: Partial<TrainingOptions> = {}): Network {
  const settings = { ...TRAINING, ...options };
  if (settings.members <= 1) return trainOne(examples, settings);
  const members = Array.from({ length: settings.members }, (_, index) =>
    trainOne(examples, { ...settings, seed: settings.seed + index * 7919 }),
  );
  return averageOfNetworks(members);
}

/**
 * One network whose logits are the mean of the members' logits: their hidden units side by side, each member's output
 * weights divided by the number of members. The shipped format and the forward pass stay as they are.
 */
function averageOfNetworks(members: Network[]): Network {
  const labels = MODEL_LABELS.length;
  const size = 1 << FEATURE_BITS;
  const width = members.reduce((sum, member) => sum + member.hidden, 0);
  const inputWeights = new Float32Array(size * width);
  const hiddenBias = new Float32Array(width);
  const outputWeights = new Float32Array(width * labels);
  const outputBias = new Float32Array(labels);
  let first = 0;
  for (const member of members) {
    for (let feature = 0; feature < size; feature++)
      for (let unit = 0; unit < member.hidden; unit++)
        inputWeights[feature * width + first + unit] =
          (member.inputWeights[feature * member.hidden + unit] ?? 0) * member.inputScale;
    for (let unit = 0; unit < member.hidden; unit++) {
      hiddenBias[first + unit] = member.hiddenBias[unit] ?? 0;
      for (let label = 0; label < labels; label++)
        outputWeights[(first + unit) * labels + label] =
          (member.outputWeights[unit * labels + label] ?? 0) / members.length;
    }
    for (let label = 0; label < labels; label++)
      outputBias[label] = (outputBias[label] ?? 0) + (member.outputBias[label] ?? 0) / members.length;
    first += member.hidden;
  }
  return { hidden: width, inputWeights, inputScale: 1, hiddenBias, outputWeights, outputBias };
}

function trainOne(examples: Example[], options: TrainingOptions): Network {
  const { epochs, hidden, learningRate, dropout, smoothing, seed } = options;
  const size = 1 << FEATURE_BITS;
  const labels = MODEL_LABELS.length;
  const next = random(seed);
  const network: Network = {
    hidden,
    inputWeights: new Float32Array(size * hidden).map(() => (next() - 0.5) * 0.2),
    inputScale: 1,
    hiddenBias: new Float32Array(hidden),
    outputWeights: new Float32Array(hidden * labels).map(() => (next() - 0.5) * 0.2),
    outputBias: new Float32Array(labels),
  };
  const counts = MODEL_LABELS.map((label) => examples.filter((example) => example.label === label).length || 1);
  const classWeight = counts.map((count) => Math.sqrt(examples.length / (labels * count)));
  const vectors = examples.map((example) => ({
    features: [...intentFeatures(example.text)],
    target: MODEL_LABELS.indexOf(example.label),
  }));
  const activations = new Float32Array(hidden);
  const hiddenGradient = new Float32Array(hidden);
  const { inputWeights, hiddenBias, outputWeights, outputBias } = network;
  const keep = 1 - dropout;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch * 0.2);
    for (const { features: all, target } of shuffle(vectors, next)) {
      // Inverted dropout: the kept features are scaled up, so the shipped model reads every feature unscaled.
      const features: [number, number][] =
        dropout > 0 ? all.filter(() => next() < keep).map(([index, value]) => [index, value / keep]) : all;
      const output = forward(network, features, activations);
      const scale = rate * (classWeight[target] ?? 1);
      hiddenGradient.fill(0);
      for (let label = 0; label < labels; label++) {
        const wanted = label === target ? 1 - smoothing : smoothing / (labels - 1);
        const gradient = ((output[label] ?? 0) - wanted) * scale;
        for (let unit = 0; unit < hidden; unit++) {
          const at = unit * labels + label;
          hiddenGradient[unit] = (hiddenGradient[unit] ?? 0) + gradient * (outputWeights[at] ?? 0);
          outputWeights[at] = (outputWeights[at] ?? 0) - gradient * (activations[unit] ?? 0);
        }
        outputBias[label] = (outputBias[label] ?? 0) - gradient;
      }
      for (let unit = 0; unit < hidden; unit++) if ((activations[unit] ?? 0) <= 0) hiddenGradient[unit] = 0;
      for (const [index, value] of features) {
        const offset = index * hidden;
        for (let unit = 0; unit < hidden; unit++)
          inputWeights[offset + unit] = (inputWeights[offset + unit] ?? 0) - (hiddenGradient[unit] ?? 0) * value;
      }
      for (let unit = 0; unit < hidden; unit++)
        hiddenBias[unit] = (hiddenBias[unit] ?? 0) - (hiddenGradient[unit] ?? 0);
    }
  }
  return network;
}

/** Per label, how many held-out examples the model gives to it as the likeliest reading. */
function recallReport(model: IntentModel, examples: Example[]): string {
  return MODEL_LABELS.map((label) => {
    const ofLabel = examples.filter((example) => example.label === label);
    const hit = ofLabel.filter((example) => {
      const probabilities = model.probabilities(example.text);
      return MODEL_LABELS.every((other) => probabilities[other] <= probabilities[label]);
    }).length;
    return `${label} ${hit}/${ofLabel.length}`;
  }).join(', ');
}

async function main(): Promise<void> {
  const examples = [...loadTrainingExamples(), ...loadTuningExamples()];
  const shuffled = shuffle(examples, random(11));
  const cut = Math.floor(shuffled.length * 0.8);
  const [fit, heldOut] = [shuffled.slice(0, cut), shuffled.slice(cut)];
  process.stdout.write(`training on ${fit.length} examples to check on ${heldOut.length} held out…\n`);
  const trial = new IntentModel(train(fit));
  process.stdout.write(`held-out (${heldOut.length}), likeliest label right: ${recallReport(trial, heldOut)}\n`);
  process.stdout.write(`training on all ${examples.length} examples…\n`);
  const { meta, weights } = encodeModel(train(examples), examples.length, new Date().toISOString().slice(0, 10));
  writeFileSync(path.join(MODEL_DIR, MODEL_FILES.weights), weights);
  writeFileSync(path.join(MODEL_DIR, MODEL_FILES.meta), `${JSON.stringify(meta)}\n`);
  process.stdout.write(`wrote ${MODEL_FILES.meta} and ${MODEL_FILES.weights} in ${MODEL_DIR}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
