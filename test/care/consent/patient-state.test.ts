import { describe, expect, it } from "vitest";
import { blockedForGood, parseConsent, promptBlock, promptStateOf, type PromptState } from "../../../src/care/consent/patient-state.js";

const IN: PromptState = { consent: "opted_in", pause: null };

describe("promptBlock", () => {
  it.each([
    ["opted in, not paused", IN, "2026-06-10", null],
    ["opted out", { consent: "opted_out", pause: null }, "2026-06-10", "opted out"],
    ["opted out and paused: the opt-out is the reason", { consent: "opted_out", pause: { untilLocalDate: null } }, "2026-06-10", "opted out"],
    ["paused until resumed", { ...IN, pause: { untilLocalDate: null } }, "2026-06-10", "paused"],
    ["paused until a later date", { ...IN, pause: { untilLocalDate: "2026-06-11" } }, "2026-06-10", "paused"],
    ["a pause ending on a date resumes that day", { ...IN, pause: { untilLocalDate: "2026-06-10" } }, "2026-06-10", null],
    ["a pause that already ended", { ...IN, pause: { untilLocalDate: "2026-06-01" } }, "2026-06-10", null],
    ["a pause asked for ahead, before it starts", { ...IN, pause: { fromLocalDate: "2026-06-20", untilLocalDate: "2026-06-28" } }, "2026-06-19", null],
    ["a pause asked for ahead, its first day", { ...IN, pause: { fromLocalDate: "2026-06-20", untilLocalDate: "2026-06-28" } }, "2026-06-20", "paused"],
    ["a pause asked for ahead, its resume day", { ...IN, pause: { fromLocalDate: "2026-06-20", untilLocalDate: "2026-06-28" } }, "2026-06-28", null],
    ["an open-ended pause from a date", { ...IN, pause: { fromLocalDate: "2026-06-20", untilLocalDate: null } }, "2027-01-01", "paused"],
  ] as const)("%s", (_label, state, localDate, expected) => {
    expect(promptBlock(state as PromptState, localDate)).toBe(expected);
  });
});

describe("blockedForGood", () => {
  it.each([
    ["opted in", IN, false],
    ["opted out", { consent: "opted_out", pause: null }, true],
    ["paused until resumed", { ...IN, pause: { untilLocalDate: null } }, true],
    ["paused until a date", { ...IN, pause: { untilLocalDate: "2026-06-11" } }, false],
    ["open-ended pause starting later", { ...IN, pause: { fromLocalDate: "2026-06-20", untilLocalDate: null } }, false],
  ] as const)("%s", (_label, state, expected) => {
    expect(blockedForGood(state as PromptState)).toBe(expected);
  });
});

describe("the stored columns", () => {
  it("reads consent, reading anything but an explicit opt-in as opted out", () => {
    expect(parseConsent("opted_in")).toBe("opted_in");
    expect(parseConsent("opted_out")).toBe("opted_out");
    expect(parseConsent("garbage")).toBe("opted_out");
  });

  it("reads a pause only when pausedAt is set", () => {
    expect(promptStateOf({ consent: "opted_in", pausedAt: null, pausedUntil: "2026-06-11", pausedFrom: null })).toEqual(IN);
    expect(promptStateOf({ consent: "opted_in", pausedAt: new Date(), pausedUntil: "2026-06-11", pausedFrom: null })).toEqual({
      consent: "opted_in",
      pause: { untilLocalDate: "2026-06-11", fromLocalDate: null },
    });
  });
});
