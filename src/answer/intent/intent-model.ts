// A small neural network (one hidden layer of rectified units over hashed features) learned from labelled examples
// written for the purpose (src/answer/intent/training/). It generalises where a list of phrases cannot: a request for
// evasion in words nobody listed still shares letters, word pairs and concepts with the many ways it was written in
// training. The hidden layer lets it weigh combinations ("make sure it IS on the form" against "keep it off the
// form"), which a linear model over the same features could not: cross-validated on examples the lexicon never saw,
// it refused about seven points more of the evasion requests at the same rate of over-refusal.
import { readFileSync } from 'node:fs';
import { FEATURE_BITS, FEATURE_SET, intentFeatures } from './intent-features.js';

export const MODEL_LABELS = ['legitimate', 'evasion', 'targeting', 'injection', 'out-of-scope'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

/** The network's parameters: input → hidden is `features × hidden`, row-major by feature. */
export interface Network {
  hidden: number;
  /** Float while training; int8 as shipped (read with `inputScale`), which keeps start-up and memory small. */
  inputWeights: Float32Array | Int8Array;
  inputScale: number;
  hiddenBias: Float32Array;
  /** hidden × labels, row-major by hidden unit. */
  outputWeights: Float32Array;
  outputBias: Float32Array;
}

/**
 * The shipped model is two files beside this module: the input weights as raw int8 bytes (intent-model.bin, the
 * bulk) and the rest as JSON. Parsing 8 MB of JSON and base64 at every start cost about 50 ms; the bytes are read as
 * they are. The build copies both into dist/.
 */
export const MODEL_FILES = { meta: 'intent-model.json', weights: 'intent-model.bin' } as const;

export interface StoredIntentModel {
  version: 3;
  featureBits: number;
  /** The feature set it was trained on (intent-features.ts). */
  featureSet: string;
  labels: ModelLabel[];
  hidden: number;
  /** The input weights (intent-model.bin) are int8, scaled by `inputScale`. */
  inputScale: number;
  hiddenBias: number[];
  outputWeights: number[];
  outputBias: number[];
  trainedOn: { examples: number; date: string };
}

export class IntentModel {
  private readonly activations: Float32Array;

  constructor(private readonly network: Network) {
    this.activations = new Float32Array(network.hidden);
  }

  static fromStored(stored: StoredIntentModel, weights: Uint8Array): IntentModel {
    if (
      stored.version !== 3 ||
      weights.byteLength !== stored.hidden * 2 ** stored.featureBits ||
      stored.featureBits !== FEATURE_BITS ||
      stored.featureSet !== FEATURE_SET ||
      stored.labels.join() !== MODEL_LABELS.join()
    ) {
      throw new Error('intent model does not match this code: run npm run train:intent');
    }
    return new IntentModel({
      hidden: stored.hidden,
      inputWeights: new Int8Array(weights.buffer, weights.byteOffset, weights.byteLength),
      inputScale: stored.inputScale,
      hiddenBias: Float32Array.from(stored.hiddenBias),
      outputWeights: Float32Array.from(stored.outputWeights),
      outputBias: Float32Array.from(stored.outputBias),
    });
  }

  /** `concepts`: the lexicon's concepts in the text, when the caller has them already. */
  probabilities(text: string, concepts?: readonly string[]): Record<ModelLabel, number> {
    const output = forward(this.network, [...intentFeatures(text, concepts)], this.activations);
    return Object.fromEntries(MODEL_LABELS.map((label, index) => [label, output[index] ?? 0])) as Record<
      ModelLabel,
      number
    >;
  }
}

/** The label probabilities for a feature vector; `activations` receives the hidden layer (the trainer reads it). */
export function forward(network: Network, features: [number, number][], activations: Float32Array): number[] {
  const { hidden, inputWeights, inputScale, hiddenBias, outputWeights, outputBias } = network;
  activations.set(hiddenBias);
  for (const [index, feature] of features) {
    const offset = index * hidden;
    const value = feature * inputScale;
    for (let unit = 0; unit < hidden; unit++)
      activations[unit] = (activations[unit] ?? 0) + (inputWeights[offset + unit] ?? 0) * value;
  }
  for (let unit = 0; unit < hidden; unit++) if ((activations[unit] ?? 0) < 0) activations[unit] = 0;
  const labels = outputBias.length;
  const logits: number[] = [];
  for (let label = 0; label < labels; label++) {
    let sum = outputBias[label] ?? 0;
    for (let unit = 0; unit < hidden; unit++)
      sum += (activations[unit] ?? 0) * (outputWeights[unit * labels + label] ?? 0);
    logits.push(sum);
  }
  const top = Math.max(...logits);
  const exp = logits.map((logit) => Math.exp(logit - top));
  const total = exp.reduce((sum, value) => sum + value, 0);
  return exp.map((value) => value / total);
}

export function encodeModel(
  network: Network,
  examples: number,
  date: string,
): { meta: StoredIntentModel; weights: Int8Array } {
  let largest = 1e-9;
  for (const value of network.inputWeights) largest = Math.max(largest, Math.abs(value * network.inputScale));
  const inputScale = largest / 127;
  const bytes = Int8Array.from(network.inputWeights, (value) =>
    Math.max(-127, Math.min(127, Math.round((value * network.inputScale) / inputScale))),
  );
  const round = (values: Float32Array) => Array.from(values, (value) => Number(value.toPrecision(6)));
  const meta: StoredIntentModel = {
    version: 3,
    featureBits: FEATURE_BITS,
    featureSet: FEATURE_SET,
    labels: [...MODEL_LABELS],
    hidden: network.hidden,
    inputScale,
    hiddenBias: round(network.hiddenBias),
    outputWeights: round(network.outputWeights),
    outputBias: round(network.outputBias),
    trainedOn: { examples, date },
  };
  return { meta, weights: bytes };
}

let shipped: IntentModel | undefined;

/** The model shipped beside this file (npm run train:intent writes it). */
export function shippedIntentModel(): IntentModel {
  shipped ??= IntentModel.fromStored(
    JSON.parse(readFileSync(new URL(MODEL_FILES.meta, import.meta.url), 'utf8')) as StoredIntentModel,
    readFileSync(new URL(MODEL_FILES.weights, import.meta.url)),
  );
  return shipped;
}
