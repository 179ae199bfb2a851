// Trains the kind model (src/reading/kind-model.ts) on fixtures/reading/kind-training.jsonl's
// train split plus the challenge corpus, prints validation on the held-out phrases (model alone,
// rules alone, rules + model, per language), and writes src/reading/kind-model.weights.ts.
// Deterministic: npx tsx scripts/train-kind-model.ts [--dry-run]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createKindModel, type KindModel, type KindModelWeights } from "../src/reading/kind-model.js";
import { quantise, trainLogisticRegression } from "./logistic-regression.js";
import { normalise } from "../src/reading/normalize.js";
import { readMessage } from "../src/reading/reader.js";
import { MESSAGE_KINDS, type MessageKind } from "../src/reading/reading.js";

const BUCKETS = 1 << 13;
const SEED = 11;

interface Settings {
  epochs: number;
  learningRate: number;
  l2: number;
  /** The challenge corpus is nearly all red-flag `pain`: weighted so it teaches symptom words without drowning the other kinds. */
  challengeWeight: number;
  minProbability: number;
}
/**
 * Chosen by `--tune` on a split of the training phrases (never the held-out ones), except
 * minProbability: the tuning split, written like the training data, liked 0.3, but below 0.8 the
 * model overrules correct rule guesses in the fixtures other people wrote (messages.jsonl,
 * answers-and-consent.jsonl, the challenge corpus), so it speaks only when quite sure.
 */
const SETTINGS: Settings = { epochs: 30, learningRate: 1, l2: 1e-6, challengeWeight: 0, minProbability: 0.8 };

interface Example {
  group: string;
  lang: "en" | "es";
  text: string;
  context: string[];
  kind: MessageKind;
  weight: number;
}

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/reading/${name}`, import.meta.url));
const jsonl = (name: string) =>
  readFileSync(fixture(name), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const own = jsonl("kind-training.jsonl").map((line) => ({
  split: line.split as "train" | "holdout",
  example: {
    group: line.group as string,
    lang: line.lang as "en" | "es",
    text: line.text as string,
    context: (line.context as string[] | undefined) ?? [],
    kind: (line.expect as { kind: MessageKind }).kind,
    weight: 1,
  },
}));
const challenge: Example[] = jsonl("challenge.jsonl").map((line) => ({
  group: "challenge",
  lang: line.lang as "en" | "es",
  text: line.text as string,
  context: [],
  kind: (line.expect as { kind: MessageKind[] }).kind[0]!,
  weight: 1,
}));
const ownTrain = own.filter((o) => o.split === "train").map((o) => o.example);
const holdout = own.filter((o) => o.split === "holdout").map((o) => o.example);

if (process.argv.includes("--tune")) tune();
const trained = quantised(trainOn([...ownTrain, ...challenge], SETTINGS), SETTINGS.minProbability);
const model = createKindModel(trained);
console.log(`trained on ${ownTrain.length} own lines + ${challenge.length} challenge lines at weight ${SETTINGS.challengeWeight}; held out ${holdout.length}`);
report(model, holdout);

if (!process.argv.includes("--dry-run")) {
  const target = fileURLToPath(new URL("../src/reading/kind-model.weights.ts", import.meta.url));
  writeFileSync(
    target,
    `// Written by scripts/train-kind-model.ts; do not edit.\nimport type { KindModelWeights } from "./kind-model.js";\n\nexport const KIND_MODEL_WEIGHTS: KindModelWeights = ${JSON.stringify(trained)};\n`,
  );
  console.log(`weights → ${target}`);
}

/** Kind accuracy per language: the model alone, the rules alone, the rules with the model's second opinion. */
function report(m: KindModel, examples: Example[]): number {
  let correct = 0;
  for (const lang of ["en", "es"] as const) {
    const lines = examples.filter((e) => e.lang === lang);
    const accuracy = (read: (e: Example) => MessageKind) => lines.filter((e) => read(e) === e.kind).length;
    const rulesOnly = accuracy((e) => readMessage({ text: e.text, context: e.context }, { kindModel: null }).kind);
    const withModel = accuracy((e) => readMessage({ text: e.text, context: e.context }, { kindModel: m }).kind);
    const modelAlone = accuracy((e) => predictRaw(m, e).kind);
    const pct = (n: number) => `${((100 * n) / lines.length).toFixed(1)}% (${n}/${lines.length})`;
    console.log(`  ${lang}: model alone ${pct(modelAlone)}   rules only ${pct(rulesOnly)}   rules+model ${pct(withModel)}`);
    correct += withModel;
  }
  return correct;
}

/** Grid search on a fifth of the training phrases (by group), so the held-out phrases stay unseen. */
function tune(): void {
  const inner = (e: Example) => hash(`tune:${e.group}`) % 5 === 0;
  const fit = ownTrain.filter((e) => !inner(e));
  const check = ownTrain.filter(inner);
  const results: [number, string][] = [];
  for (const epochs of [15, 30])
    for (const learningRate of [0.5, 1])
      for (const challengeWeight of [0, 0.1, 0.3]) {
        const weights = trainOn([...fit, ...challenge], { ...SETTINGS, epochs, learningRate, challengeWeight });
        for (const minProbability of [0.3, 0.4, 0.5, 0.6, 0.7]) {
          const settings = JSON.stringify({ ...SETTINGS, epochs, learningRate, challengeWeight, minProbability });
          console.log(settings);
          results.push([report(createKindModel(quantised(weights, minProbability)), check), settings]);
        }
      }
  results.sort((a, b) => b[0] - a[0]);
  console.log("best:", results.slice(0, 5));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function predictRaw(m: KindModel, e: Example) {
  return m.predict(normalise(e.text), e.context.length > 0);
}

function trainOn(examples: Example[], settings: Settings): Float64Array {
  const lines = examples.map((e) => ({
    text: normalise(e.text),
    prompted: e.context.length > 0,
    target: MESSAGE_KINDS.indexOf(e.kind),
    weight: e.group === "challenge" ? settings.challengeWeight : e.weight,
  }));
  return trainLogisticRegression(lines, { labels: MESSAGE_KINDS.length, buckets: BUCKETS, epochs: settings.epochs, learningRate: settings.learningRate, l2: settings.l2, seed: SEED });
}

function quantised(w: Float64Array, minProbability: number): KindModelWeights {
  const { scale, bytes } = quantise(w);
  return { buckets: BUCKETS, kinds: [...MESSAGE_KINDS], scale, minProbability, weights: Buffer.from(bytes.buffer).toString("base64") };
}
