// A small linear model (softmax regression over hashed features) learned from labelled examples written for the
// purpose (src/answer/intent/training/). It generalises where a list of phrases cannot: a request for evasion in
// words nobody listed still shares letters and word pairs with the many ways it was written in training.
import { FEATURE_BITS, FEATURE_SET, intentFeatures } from './intent-features.js';
import stored from './intent-model.json' with { type: 'json' };

export const MODEL_LABELS = ['legitimate', 'evasion', 'targeting', 'injection', 'out-of-scope'] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

export interface StoredIntentModel {
  version: 1;
  featureBits: number;
  /** The feature set it was trained on (intent-features.ts). */
  featureSet: string;
  labels: ModelLabel[];
  /** Per label: int8 weights as base64, scaled by `scales[label]`. */
  weights: string[];
  scales: number[];
  bias: number[];
  /** Refuse or decline when the label's probability reaches its threshold (chosen on held-out data). */
  thresholds: Partial<Record<ModelLabel, number>>;
  trainedOn: { examples: number; date: string };
}

export class IntentModel {
  private constructor(
    private readonly weights: Float32Array[],
    private readonly bias: number[],
    readonly thresholds: Partial<Record<ModelLabel, number>>,
  ) {}

  static fromStored(stored: StoredIntentModel): IntentModel {
    if (
      stored.featureBits !== FEATURE_BITS ||
      stored.featureSet !== FEATURE_SET ||
      stored.labels.join() !== MODEL_LABELS.join()
    ) {
      throw new Error('intent model does not match this code: run npm run train:intent');
    }
    const weights = stored.weights.map((encoded, label) => {
      const bytes = new Int8Array(Buffer.from(encoded, 'base64').buffer.slice(0));
      const scale = stored.scales[label] ?? 1;
      return Float32Array.from(bytes, (value) => value * scale);
    });
    return new IntentModel(weights, stored.bias, stored.thresholds);
  }

  static fromDense(weights: Float32Array[], bias: number[], thresholds: Partial<Record<ModelLabel, number>> = {}) {
    return new IntentModel(weights, bias, thresholds);
  }

  /** `concepts`: the lexicon's concepts in the text, when the caller has them already. */
  probabilities(text: string, concepts?: readonly string[]): Record<ModelLabel, number> {
    const features = intentFeatures(text, concepts);
    const logits = this.weights.map((row, label) => {
      let sum = this.bias[label] ?? 0;
      for (const [index, value] of features) sum += (row[index] ?? 0) * value;
      return sum;
    });
    const top = Math.max(...logits);
    const exp = logits.map((logit) => Math.exp(logit - top));
    const total = exp.reduce((sum, value) => sum + value, 0);
    return Object.fromEntries(MODEL_LABELS.map((label, index) => [label, (exp[index] ?? 0) / total])) as Record<
      ModelLabel,
      number
    >;
  }

  /** The label past its threshold with the highest probability, or undefined for "let it through". */
  verdict(text: string): { label?: Exclude<ModelLabel, 'legitimate'>; probability: number } {
    const probabilities = this.probabilities(text);
    let best: { label?: Exclude<ModelLabel, 'legitimate'>; probability: number } = { probability: 0 };
    for (const label of MODEL_LABELS) {
      if (label === 'legitimate') continue;
      const threshold = this.thresholds[label];
      const probability = probabilities[label];
      if (threshold !== undefined && probability >= threshold && probability > best.probability) {
        best = { label, probability };
      }
    }
    return best;
  }
}

export function encodeModel(
  weights: Float32Array[],
  bias: number[],
  thresholds: Partial<Record<ModelLabel, number>>,
  examples: number,
  date: string,
): StoredIntentModel {
  const scales = weights.map((row) => Math.max(1e-9, ...Array.from(row, Math.abs)) / 127);
  return {
    version: 1,
    featureBits: FEATURE_BITS,
    featureSet: FEATURE_SET,
    labels: [...MODEL_LABELS],
    weights: weights.map((row, label) => {
      const scale = scales[label] ?? 1;
      const bytes = Int8Array.from(row, (value) => Math.max(-127, Math.min(127, Math.round(value / scale))));
      return Buffer.from(bytes.buffer).toString('base64');
    }),
    scales,
    bias,
    thresholds,
    trainedOn: { examples, date },
  };
}

let shipped: IntentModel | undefined;

/** The model shipped beside this file (npm run train:intent writes it). */
export function shippedIntentModel(): IntentModel {
  shipped ??= IntentModel.fromStored(stored as StoredIntentModel);
  return shipped;
}
