import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { evalCommand, readCommand } from "../../src/reading/cli.js";
import { FIXTURE } from "./fixture-path.js";

function io(input: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c: Buffer) => out.push(c.toString()));
  stderr.on("data", (c: Buffer) => err.push(c.toString()));
  return { io: { stdin: Readable.from([input]), stdout, stderr }, out: () => out.join(""), err: () => err.join("") };
}

describe("read command", () => {
  it("writes one reading per input line, in order, and an error line for a bad one", async () => {
    const input = [
      JSON.stringify({ id: "1", text: "done ✅", context: "Quad sets, Heel slides" }),
      "{not json",
      JSON.stringify({ id: "3", text: "did the heel slides", context: ["Quad sets", "Heel slides"], lang: "en" }),
      JSON.stringify({ id: "4" }),
      JSON.stringify({ id: 5, text: "STOP", channel: "sms" }),
    ].join("\n");
    const run = io(input);
    expect(await readCommand([], run.io)).toBe(0);
    const lines = run.out().trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(["1", null, "3", "4", "5"]);
    expect(lines[0]).toMatchObject({ kind: "done", pain: null, escalate: "none" });
    expect(lines[1]).toMatchObject({ line: 2, error: "not valid JSON" });
    expect(lines[2]).toMatchObject({ kind: "partial", exercises: ["Heel slides"] });
    expect(lines[3]).toMatchObject({ line: 4 });
    expect(lines[3]?.error).toContain("text");
    expect(lines[4]).toMatchObject({ kind: "stop" });
    expect(run.err()).toContain("line 2");
  });
});

describe("read command with the dialogue state", () => {
  it("reads an answer to the question named in `answering`, and refuses a malformed one", async () => {
    const exercises = ["Pelvic tilts", { name: "Bridges", aliases: ["glute bridge"] }, "Bird dog"];
    const input = [
      JSON.stringify({ id: "a", text: "2", answering: { type: "clarify", about: "completion", exercises } }),
      JSON.stringify({ id: "b", text: "yes", answering: { type: "prompt", exercises } }),
      JSON.stringify({ id: "c", text: "just the glute bridges", answering: { type: "prompt", exercises } }),
      JSON.stringify({ id: "d", text: "sí", answering: { type: "yes_no", yes: "done", no: "not_done" } }),
      JSON.stringify({ id: "e", text: "yes", answering: { type: "somewhere" } }),
    ].join("\n");
    const run = io(input);
    expect(await readCommand([], run.io)).toBe(0);
    const lines = run.out().trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.slice(0, 4).map((l) => l.kind)).toEqual(["partial", "done", "partial", "done"]);
    expect(lines[2]).toMatchObject({ exercises: ["Bridges"] });
    expect(lines[4]).toMatchObject({ id: "e" });
    expect(lines[4]?.error).toContain("answering");
  });
});

describe("eval command", () => {
  it("prints the scores and the targets", async () => {
    const run = io("");
    expect(await evalCommand([FIXTURE], run.io)).toBe(0);
    for (const label of ["kind accuracy", "Spanish", "pain exact", "emergency recall", "false alarms", "STOP recall", "false STOPs"]) {
      expect(run.out()).toContain(label);
    }
  });

  it("writes a JSON report with --json", async () => {
    const run = io("");
    await evalCommand([FIXTURE, "--json"], run.io);
    const report = JSON.parse(run.out()) as { messages: number; missedTargets: string[] };
    expect(report.messages).toBeGreaterThan(0);
    expect(report.missedTargets).toEqual([]);
  });

  it("reads by the rules alone with --rules-only, with the kind model's second opinion otherwise", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "eval-")), "lines.jsonl");
    const line = { id: "1", lang: "en", context: "Bridges, Clamshells", text: "not gonna happen today sorry", expect: { kind: "not_done", pain: null, escalate: "none" } };
    writeFileSync(file, `${JSON.stringify(line)}\n`);
    const accuracy = async (args: string[]) => {
      const run = io("");
      await evalCommand([file, "--json", ...args], run.io);
      return (JSON.parse(run.out()) as { kindAccuracy: { all: { hits: number } } }).kindAccuracy.all.hits;
    };
    expect(await accuracy(["--rules-only"])).toBe(0);
    expect(await accuracy([])).toBe(1);
  });

  it("exits 2 without a file", async () => {
    const run = io("");
    expect(await evalCommand([], run.io)).toBe(2);
    expect(await evalCommand(["/nonexistent.jsonl"], run.io)).toBe(2);
  });
});
