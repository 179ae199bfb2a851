// `npm run bench`: measures each area and prints a table; `npm run bench -- --json` prints one JSON
// object keyed by area. `--only reading,pipeline` runs a subset. Timings are measured here, never asserted in tests.
import { benchReading } from "./reading.bench.js";
import { benchPipeline } from "./pipeline.bench.js";
import { benchInbound } from "./inbound.bench.js";
import { benchPlanner } from "./planner.bench.js";
import { benchDispatch } from "./dispatch.bench.js";
import { benchEndToEnd } from "./end-to-end.bench.js";
import { benchSharedDispatch } from "./shared-dispatch.bench.js";

const AREAS: Record<string, () => Promise<Record<string, number>>> = {
  reading: () => benchReading(),
  pipeline: () => benchPipeline(),
  inbound: () => benchInbound(),
  planner: () => benchPlanner(),
  dispatch: () => benchDispatch(),
  endToEnd: () => benchEndToEnd(),
  // Needs PostgreSQL (TEST_DATABASE_URL): replicas share a database there.
  ...(process.env.TEST_DATABASE_URL ? { sharedDispatch: () => benchSharedDispatch(process.env.TEST_DATABASE_URL!) } : {}),
};

const args = process.argv.slice(2);
const json = args.includes("--json");
const onlyIndex = args.indexOf("--only");
const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? "").split(",") : Object.keys(AREAS);
const unknown = only.filter((area) => !(area in AREAS));
if (unknown.length > 0) {
  console.error(`unknown area: ${unknown.join(", ")} (areas: ${Object.keys(AREAS).join(", ")})`);
  process.exit(2);
}

const results: Record<string, Record<string, number>> = {};
for (const area of only) {
  if (!json) process.stderr.write(`measuring ${area}…\n`);
  const measured = await AREAS[area]!();
  results[area] = Object.fromEntries(Object.entries(measured).map(([metric, value]) => [metric, Math.round(value * 1000) / 1000]));
}

if (json) {
  console.log(JSON.stringify(results));
} else {
  const rows = Object.entries(results).flatMap(([area, values]) =>
    Object.entries(values).map(([metric, value], i) => [i === 0 ? area : "", metric, String(value)]),
  );
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length), ["area", "metric", "value"][c]!.length));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join("  ");
  console.log(line(["area", "metric", "value"]));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) console.log(line(row));
}
process.exit(0);
