import { describe, expect, it } from "vitest";
import { type NudgeInput, deferForConversation, nudgeDecision } from "../../src/scheduling/follow-up.js";
import { MINUTE, at } from "./fixtures.js";

/** Rosa's 08:00 prompt on Wed 10 June in New York (EDT, UTC-4), quiet 21:00–07:00. */
const morningPrompt: NudgeInput = {
  prompt: { sentAt: at("2026-06-10T12:00:00Z"), localDate: "2026-06-10", notAfter: at("2026-06-11T00:59:59.999Z") },
  repliedSince: false,
  nudgesSentOnLocalDate: 0,
  now: at("2026-06-10T12:30:00Z"),
  timeZone: "America/New_York",
  quietHours: { start: "21:00", end: "07:00" },
};

const END_OF_DAY = at("2026-06-11T03:59:59.999Z");

describe("nudgeDecision", () => {
  it.each([
    ["no reply yet: nudge 3 h after the prompt", {}, { due: true, at: at("2026-06-10T15:00:00Z") }],
    ["checked late: nudge now", { now: at("2026-06-10T17:10:00Z") }, { due: true, at: at("2026-06-10T17:10:00Z") }],
    ["custom delay", { delayMs: 90 * MINUTE }, { due: true, at: at("2026-06-10T13:30:00Z") }],
    ["patient replied", { repliedSince: true }, { due: false, reason: "replied" }],
    ["already nudged today", { nudgesSentOnLocalDate: 1 }, { due: false, reason: "already-nudged-today" }],
    [
      "evening prompt: 3 h later is in overnight quiet hours",
      { prompt: { sentAt: at("2026-06-10T23:30:00Z"), localDate: "2026-06-10", notAfter: at("2026-06-11T00:59:59.999Z") } },
      { due: false, reason: "quiet-until-tomorrow" },
    ],
    [
      "checked after notAfter",
      { now: at("2026-06-11T01:30:00Z"), quietHours: null },
      { due: false, reason: "too-late" },
    ],
    [
      "would land after local midnight",
      {
        quietHours: null,
        prompt: { sentAt: at("2026-06-11T02:00:00Z"), localDate: "2026-06-10", notAfter: END_OF_DAY },
        now: at("2026-06-11T02:00:00Z"),
      },
      { due: false, reason: "too-late" },
    ],
    [
      "lands in daytime quiet hours: waits for their end",
      {
        quietHours: { start: "13:00", end: "15:00" },
        prompt: { sentAt: at("2026-06-10T15:00:00Z"), localDate: "2026-06-10", notAfter: END_OF_DAY },
      },
      { due: true, at: at("2026-06-10T19:00:00Z") },
    ],
    [
      "lands in daytime quiet hours whose end is past notAfter",
      {
        quietHours: { start: "13:00", end: "15:00" },
        prompt: { sentAt: at("2026-06-10T15:00:00Z"), localDate: "2026-06-10", notAfter: at("2026-06-10T18:59:59.999Z") },
      },
      { due: false, reason: "too-late" },
    ],
    [
      "lands in the morning half of wrapping quiet hours: waits for their end",
      {
        quietHours: { start: "22:00", end: "06:00" },
        prompt: { sentAt: at("2026-06-10T05:00:00Z"), localDate: "2026-06-10", notAfter: END_OF_DAY },
        now: at("2026-06-10T05:00:00Z"),
      },
      { due: true, at: at("2026-06-10T10:00:00Z") },
    ],
  ] as const)("%s", (_label, overrides, expected) => {
    expect(nudgeDecision({ ...morningPrompt, ...(overrides as Partial<NudgeInput>) })).toEqual(expected);
  });

  it("rejects malformed quiet hours rather than nudging at night", () => {
    expect(() => nudgeDecision({ ...morningPrompt, quietHours: { start: "late", end: "07:00" } })).toThrow(RangeError);
  });
});

describe("deferForConversation", () => {
  const dueAt = at("2026-06-10T12:00:00Z");
  const mins = (n: number) => new Date(dueAt.getTime() + n * MINUTE);

  it.each([
    ["no messages ever", { lastInboundAt: null, lastOutboundAt: null }, dueAt],
    ["patient wrote yesterday", { lastInboundAt: mins(-24 * 60), lastOutboundAt: mins(-24 * 60 + 1) }, dueAt],
    ["patient wrote exactly one window ago", { lastInboundAt: mins(-15), lastOutboundAt: null }, dueAt],
    ["patient wrote 5 min ago", { lastInboundAt: mins(-5), lastOutboundAt: null }, mins(10)],
    ["patient wrote 5 min ago, we replied 2 min ago", { lastInboundAt: mins(-5), lastOutboundAt: mins(-2) }, mins(13)],
    ["our last outbound predates their message", { lastInboundAt: mins(-5), lastOutboundAt: mins(-30) }, mins(10)],
    ["only we have written (e.g. the previous prompt)", { lastInboundAt: null, lastOutboundAt: mins(-1) }, dueAt],
    ["dispatcher running late, conversation over", { lastInboundAt: mins(-5), lastOutboundAt: null, now: mins(30) }, mins(30)],
    ["dispatcher running late, conversation ongoing", { lastInboundAt: mins(28), lastOutboundAt: mins(29), now: mins(30) }, mins(44)],
    ["shorter window", { lastInboundAt: mins(-5), lastOutboundAt: null, quietWindowMs: 10 * MINUTE }, mins(5)],
  ] as const)("%s", (_label, overrides, expected) => {
    expect(deferForConversation({ dueAt, now: dueAt, ...overrides })).toEqual(expected);
  });
});
