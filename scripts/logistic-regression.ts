// The trainer both n-gram models share (scripts/train-kind-model.ts, scripts/train-level-model.ts).
import { seededRandom } from "../src/core/seeded-random.js";
import { forEachFeature } from "../src/reading/kind-model.js";

export interface TrainingLine {
  /** Normalised text, as the reader gives it to the model. */
  text: string;
  prompted: boolean;
  /** Index of the label among the model's labels. */
  target: number;
  /** 0 leaves the line out. */
  weight: number;
}

export interface TrainingSettings {
  labels: number;
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** Multinomial logistic regression by SGD on hashed features scaled by 1/sqrt(count), seeded shuffle. Weights bucket-major. */
export function trainLogisticRegression(lines: readonly TrainingLine[], settings: TrainingSettings): Float64Array {
  const k = settings.labels;
  const w = new Float64Array(settings.buckets * k);
  const encoded = lines.map((line) => {
    const features: number[] = [];
    const count = forEachFeature(line.text, line.prompted, settings.buckets, (b) => features.push(b));
    return { features, scale: 1 / Math.sqrt(count), target: line.target, weight: line.weight };
  });
  const random = seededRandom(settings.seed);
  const order = encoded.map((_, i) => i);
  const logits = new Float64Array(k);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = settings.learningRate / (1 + epoch * 0.2);
    for (const index of order) {
      const { features, scale, target, weight } = encoded[index]!;
      if (weight === 0) continue;
      logits.fill(0);
      for (const f of features) for (let c = 0; c < k; c++) logits[c]! += w[f * k + c]! * scale;
      const max = Math.max(...logits);
      let total = 0;
      for (let c = 0; c < k; c++) total += logits[c] = Math.exp(logits[c]! - max);
      for (let c = 0; c < k; c++) {
        const gradient = weight * (logits[c]! / total - (c === target ? 1 : 0)) * scale;
        for (const f of features) w[f * k + c]! -= rate * (gradient + settings.l2 * w[f * k + c]!);
      }
    }
  }
  return w;
}

/** Weights as int8 with one scale for all. */
export function quantise(w: Float64Array): { scale: number; bytes: Int8Array } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127;
  const bytes = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) bytes[i] = Math.round(w[i]! / scale);
  return { scale, bytes };
}
