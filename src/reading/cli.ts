import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { type EvalReport, missedTargets, percent, scoreReadings } from "./eval-score.js";
import { type LabelledMessage, LabelledMessageSchema, MessageLineSchema } from "./labelled-message.js";
import { readMessage } from "./reader.js";
import type { Reading } from "./reading.js";

export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * `hepbot read`: one JSON message per stdin line in, one JSON reading per line out, in order.
 * A bad line gets an error line of its own and the run goes on. Rules only: no network, no DB.
 */
export async function readCommand(_args: string[], io: CommandIO): Promise<number> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === "") continue;
    const parsed = parseLine(line, (json) => MessageLineSchema.parse(json));
    if ("error" in parsed) {
      io.stdout.write(`${JSON.stringify({ id: parsed.id, line: lineNumber, error: parsed.error })}\n`);
      io.stderr.write(`line ${lineNumber}: ${parsed.error}\n`);
      continue;
    }
    const { id, text, lang, context, answering, optedOut } = parsed.value;
    const reading = readMessage({ text, lang, context, answering, optedOut });
    io.stdout.write(`${JSON.stringify(outputLine(id, reading))}\n`);
  }
  return 0;
}

/**
 * `hepbot eval FILE.jsonl [--json] [--rules-only]`: reads every labelled line with the rules (and,
 * unless `--rules-only`, the kind and level models' second opinions) and prints the scores against the team's
 * targets, then the misread lines. Exit 0 when read, 2 on bad usage.
 */
export async function evalCommand(args: string[], io: CommandIO): Promise<number> {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    io.stderr.write("usage: eval FILE.jsonl [--json] [--rules-only]\n");
    return 2;
  }
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    io.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const options = args.includes("--rules-only") ? { kindModel: null, levelModel: null } : {};
  const items: { message: LabelledMessage; reading: Reading }[] = [];
  const badLines: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = parseLine(line, (json) => LabelledMessageSchema.parse(json));
    if ("error" in parsed) {
      badLines.push(`line ${i + 1}: ${parsed.error}`);
      return;
    }
    const { text, lang, context, answering, optedOut } = parsed.value;
    items.push({ message: parsed.value, reading: readMessage({ text, lang, context, answering, optedOut }, options) });
  });
  for (const bad of badLines) io.stderr.write(`${bad}\n`);
  const report = scoreReadings(items);
  if (args.includes("--json")) {
    io.stdout.write(`${JSON.stringify({ ...report, missedTargets: missedTargets(report), badLines }, null, 2)}\n`);
  } else {
    io.stdout.write(formatReport(report));
  }
  return 0;
}

function outputLine(id: string, reading: Reading) {
  const { kind, pain, escalate, rule, redFlags, sure, exercises, source } = reading;
  return { id, kind, pain, escalate, rule, redFlags, sure, exercises, source };
}

type Parsed<T> = { value: T } | { id: string | null; error: string };

function parseLine<T>(line: string, parse: (json: unknown) => T): Parsed<T> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: null, error: "not valid JSON" };
  }
  const id = typeof json === "object" && json !== null && "id" in json ? String((json as { id: unknown }).id) : null;
  try {
    return { value: parse(json) };
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    const detail = issues ? issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ") : String(error);
    return { id, error: detail };
  }
}

/** Recall per syndrome (when lines carry one), per kind, and the kind confusion matrix. */
export function formatBreakdown(report: EvalReport): string[] {
  const lines: string[] = [];
  const syndromes = Object.entries(report.bySyndrome);
  if (syndromes.length > 0) {
    lines.push("", "recall per syndrome     messages  emergency         urgent+           any-escalation");
    for (const [name, s] of syndromes) {
      lines.push(`  ${name.padEnd(22)}${String(s.messages).padStart(6)}    ${short(s.emergencyRecall).padEnd(18)}${short(s.urgentOrHigherRecall).padEnd(18)}${short(s.anyEscalationRecall)}`);
    }
  }
  lines.push("", "recall per kind");
  for (const [kind, r] of Object.entries(report.kindRecall)) lines.push(`  ${kind.padEnd(22)}${percent(r)}`);
  const kinds = [...new Set([...Object.keys(report.confusion), ...Object.values(report.confusion).flatMap((row) => Object.keys(row))])].sort();
  lines.push("", "kind confusion (rows: expected, columns: read)", `  ${"".padEnd(10)}${kinds.map((k) => k.slice(0, 8).padStart(9)).join("")}`);
  for (const expected of Object.keys(report.confusion).sort()) {
    const row = report.confusion[expected]!;
    lines.push(`  ${expected.slice(0, 10).padEnd(10)}${kinds.map((k) => String(row[k] ?? (k === expected ? 0 : "·")).padStart(9)).join("")}`);
  }
  return lines;
}

function short(r: { hits: number; total: number; rate: number | null }): string {
  return r.rate === null ? "-" : `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.total})`;
}

export function formatReport(report: EvalReport): string {
  const lines = [
    `messages               ${report.messages}`,
    `kind accuracy          ${percent(report.kindAccuracy.all)}`,
    `  English              ${percent(report.kindAccuracy.en)}`,
    `  Spanish              ${percent(report.kindAccuracy.es)}`,
    `pain exact             ${percent(report.painExact)}`,
    `emergency recall       ${percent(report.emergencyRecall)}`,
    `urgent+ recall         ${percent(report.urgentOrHigherRecall)}`,
    `any-escalation recall  ${percent(report.anyEscalationRecall)}`,
    `false alarms           ${percent(report.falseAlarmRate)}`,
    `STOP recall            ${percent(report.stopRecall)}`,
    `false STOPs            ${report.falseStops}`,
  ];
  const missed = missedTargets(report);
  lines.push(missed.length === 0 ? "targets                all met" : `targets missed         ${missed.join("; ")}`);
  lines.push(...formatBreakdown(report));
  if (report.misreads.length > 0) {
    lines.push("", `misread (${report.misreads.length}):`);
    for (const m of report.misreads) {
      const expected = `${m.expected.kind.join("|")} ${m.expected.pain ?? "-"} ${m.expected.escalate.join("|")}`;
      const got = `${m.got.kind} ${m.got.pain ?? "-"} ${m.got.escalate}`;
      lines.push(`  ${m.id} [${m.lang}] ${JSON.stringify(m.text)}`, `      expected ${expected}   got ${got}   (${m.wrong.join(", ")})`);
    }
  }
  return `${lines.join("\n")}\n`;
}
