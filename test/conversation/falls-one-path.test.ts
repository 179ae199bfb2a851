import { describe, expect, it } from "vitest";
import { decideResponse } from "../../src/conversation/engine.js";
import type { Lang } from "../../src/conversation/types.js";
import { readMessage } from "../../src/reading/reader.js";
import { depsWith, input } from "./fixtures.js";

/** The real reader feeding the engine: only the reading decides whether a fall happened. */
function respond(lang: Lang, text: string) {
  const r = readMessage({ text, lang });
  return decideResponse(input(lang, r.kind, text, { reading: { kind: r.kind, pain: r.pain, escalate: r.escalate, redFlags: r.redFlags, exercises: r.exercises } }), depsWith());
}

const paused = (o: ReturnType<typeof respond>) => o.actions.some((a) => a.type === "pause_program");
const level = (o: ReturnType<typeof respond>) => o.actions.find((a) => a.type === "escalation")?.level ?? "none";
const callsEmergency = (o: ReturnType<typeof respond>, number: string) => o.reply?.text.includes(number) ?? false;

describe("one path for falls", () => {
  it.each([
    ["en", "skipped the balance ones, scared of falling"],
    ["en", "almost fell but caught myself on the counter"],
    ["es", "casi me caigo, me da miedo caerme"],
  ] as const)("a near-fall or fear of falling (%s: %s) is not paused and not told to call emergency", (lang, text) => {
    const o = respond(lang, text);
    expect(paused(o)).toBe(false);
    expect(level(o)).toBe("therapist");
    expect(callsEmergency(o, lang === "es" ? "112" : "911")).toBe(false);
  });

  it.each([
    ["en", "I fell in the garden this morning, I'm ok"],
    ["es", "me caí en la ducha"],
  ] as const)("a real fall (%s: %s) pauses the program and escalates the same day", (lang, text) => {
    const o = respond(lang, text);
    expect(paused(o)).toBe(true);
    expect(level(o)).toBe("urgent");
  });

  it("a fall with no way up is an emergency: call now, program paused", () => {
    const o = respond("en", "my mom fell and can't get up off the floor");
    expect(paused(o)).toBe(true);
    expect(level(o)).toBe("emergency");
    expect(callsEmergency(o, "911")).toBe(true);
  });
});
