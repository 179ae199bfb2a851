// Writes fixtures/reading/challenge.jsonl from the seeded generator in test/reading/challenge.
// Run after changing a wording list: npx tsx scripts/generate-challenge.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateChallenge, toJsonl } from "../test/reading/challenge/generate.js";

const target = fileURLToPath(new URL("../fixtures/reading/challenge.jsonl", import.meta.url));
const lines = generateChallenge();
writeFileSync(target, toJsonl(lines));
console.log(`${lines.length} lines → ${target}`);
