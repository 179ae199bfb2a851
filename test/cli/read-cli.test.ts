import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";

describe("the read and eval commands of the admin CLI", () => {
  it("reads JSON lines into readings, in order, with no database", async () => {
    const input = [
      { id: "a", text: "STOP" },
      { id: "b", text: "done, knee a bit sore 3/10", lang: "en" },
      { id: "c", text: "me duele el pecho y me falta el aire", lang: "es" },
    ].map((line) => JSON.stringify(line)).join("\n");
    const result = await cli(["read"], { DATABASE_URL: "file:/nonexistent/dir/never.db" }, { stdin: input });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as { id: string; kind: string; pain: number | null; escalate: string });
    expect(lines.map((l) => [l.id, l.kind, l.pain, l.escalate])).toEqual([
      ["a", "stop", null, "none"],
      ["b", "done", 3, "none"],
      ["c", "pain", null, "emergency"],
    ]);
  });

  it("scores a labelled file and lists the misread lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hepbot-eval-"));
    const file = join(dir, "labelled.jsonl");
    writeFileSync(
      file,
      [
        { id: "1", lang: "en", text: "done", expect: { kind: "done", pain: null, escalate: "none" } },
        { id: "2", lang: "en", text: "done", expect: { kind: "question", pain: null, escalate: "none" } },
      ].map((l) => JSON.stringify(l)).join("\n"),
    );
    const result = await cli(["eval", file], {});
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/kind accuracy\s+50\.0%/);
    expect(result.stdout).toContain("2");
  });
});
