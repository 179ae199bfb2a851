// Writes fixtures/reading/kind-training.jsonl (the kind model's labelled data) from the seeded
// generator in test/reading/kind-training. Run after changing a phrase list:
// npx tsx scripts/generate-kind-training.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateKindTraining, toJsonl } from "../test/reading/kind-training/generate.js";

const target = fileURLToPath(new URL("../fixtures/reading/kind-training.jsonl", import.meta.url));
const lines = generateKindTraining();
writeFileSync(target, toJsonl(lines));
const held = lines.filter((line) => line.split === "holdout").length;
console.log(`${lines.length} lines (${held} held out) → ${target}`);
