import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LabelledMessageSchema } from "../src/reading/labelled-message.js";
import { readMessage } from "../src/reading/reader.js";
import type { ReadInput } from "../src/reading/reading.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/reading/messages.jsonl", import.meta.url));

/** Times readMessage on each of our fixture messages, repeated for a few thousand samples. */
export async function benchReading(options: { minSamples?: number } = {}): Promise<{ messages: number; medianMs: number; p99Ms: number }> {
  const inputs: ReadInput[] = readFileSync(FIXTURE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => LabelledMessageSchema.parse(JSON.parse(line)))
    .map(({ text, lang, context }) => ({ text, lang, context }));
  for (const input of inputs) readMessage(input); // warm up the JIT and the regex caches
  const samples: number[] = [];
  const rounds = Math.max(1, Math.ceil((options.minSamples ?? 5_000) / inputs.length));
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const started = performance.now();
      readMessage(input);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { messages: inputs.length, medianMs: at(0.5), p99Ms: at(0.99) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await benchReading());
}
