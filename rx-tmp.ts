import { readFileSync } from "node:fs";
import { CONCEPT_RULES } from "./src/reading/concepts/catalogue.js";
import { patternOf, type Lexicon } from "./src/reading/concepts/lexicon.js";
import { normalise } from "./src/reading/normalize.js";
const texts = readFileSync("fixtures/reading/messages.jsonl", "utf8").split("\n").filter(Boolean).map((l) => normalise(JSON.parse(l).text));
const lexes = new Set<Lexicon>();
for (const r of CONCEPT_RULES as any[]) for (const k of ["all", "sentence", "message", "unless"]) for (const l of r[k] ?? []) lexes.add(l);
const SH: any = { "{P}": "(?:my|his|her|their|the|your|our|ma|mah)", "{S}": "(?:mi|su|sus|el|la|los|las|le|me|tu)", "{W}": "(?:\\w+ ){0,2}" };
const time = (re: RegExp) => { const t = performance.now(); for (let r = 0; r < 10; r++) for (const x of texts) { re.lastIndex = 0; re.test(x); } return (performance.now() - t); };
let tn = 0, tf = 0; const rows: any[] = [];
for (const lex of lexes) {
  const fact = patternOf(lex);
  const terms = [...lex.en, ...lex.es].map((t: string) => t.replace(/\{[PSW]\}/g, (s) => SH[s]));
  const naive = new RegExp(String.raw`(?<![\w])(?:${terms.join("|")})(?![\w])`, "g");
  time(naive); time(fact);
  const a = time(naive), b = time(fact); tn += a; tf += b; rows.push([lex.name, terms.length, a, b]);
}
rows.sort((x, y) => y[2] - x[2]); for (const r of rows.slice(0, 12)) console.log(r[0], r[1], r[2].toFixed(1), r[3].toFixed(1));
console.log("lexicons", lexes.size, "naive total", tn.toFixed(0), "factored total", tf.toFixed(0));
const sh = [...lexes].find((l) => l.name.startsWith("suicide or self-harm warning"))!;
const alts = [...sh.en, ...sh.es].map((t: string) => t.replace(/\{[PSW]\}/g, (s) => SH[s]));
const per = alts.map((a) => { const re = new RegExp(String.raw`(?<![\w])(?:${a})(?![\w])`, "g"); time(re); return [time(re), a] as const; }).sort((x, y) => y[0] - x[0]);
console.log("sum of alternatives", per.reduce((s, x) => s + x[0], 0).toFixed(0));
for (const [t, a] of per.slice(0, 15)) console.log(t.toFixed(1), a.slice(0, 160));
