import { describe, expect, it } from "vitest";
import { detectNoReply, detectPainRise, fallActions, isFallReading, painBaseline } from "../../src/conversation/trends.js";

const NOW = new Date("2025-03-05T15:00:00Z");
const DAY = 86_400_000;
const scores = (...values: [number, number][]) => values.map(([score, daysAgo]) => ({ score, at: new Date(NOW.getTime() - daysAgo * DAY) }));

describe("painBaseline: median of the last 5 scores within 14 days", () => {
  it.each([
    { name: "odd count", scores: scores([2, 1], [4, 2], [3, 3]), baseline: 3 },
    { name: "even count", scores: scores([2, 1], [4, 2], [3, 3], [5, 4]), baseline: 3.5 },
    { name: "only the latest 5 count", scores: scores([1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [9, 6], [9, 7]), baseline: 1 },
    { name: "older than 14 days are ignored", scores: scores([2, 1], [2, 2], [8, 15], [8, 16], [8, 20]), baseline: null },
    { name: "fewer than 3 scores: no baseline", scores: scores([2, 1], [3, 2]), baseline: null },
  ])("$name", ({ scores: s, baseline }) => {
    expect(painBaseline(s, NOW)).toBe(baseline);
  });
});

describe("detectPainRise", () => {
  const history = scores([2, 1], [3, 2], [2, 3], [3, 5]);
  it.each([
    [5, "therapist"],
    [4, null],
    [2, null],
  ] as const)("score %i over a baseline of 2.5", (score, level) => {
    const rise = detectPainRise(score, history, NOW);
    if (level === null) expect(rise).toBeNull();
    else expect(rise).toMatchObject({ type: "escalation", level, reason: expect.stringContaining("baseline of 2.5/10") });
  });

  it("no baseline, no trend", () => {
    expect(detectPainRise(9, scores([1, 1]), NOW)).toBeNull();
  });
});

describe("detectNoReply", () => {
  const prompt = (daysAgo: number, hour = 14) => new Date(Date.UTC(2025, 2, 5 - daysAgo, hour));
  const base = { lastNoReplyEscalationAt: null, now: NOW, timeZone: "America/New_York" };

  it("prompts on 3 days with no reply for 3 days: escalate", () => {
    const result = detectNoReply({ ...base, promptsSentAt: [prompt(3), prompt(2), prompt(1)], lastPatientMessageAt: prompt(4) });
    expect(result).toMatchObject({ type: "escalation", level: "therapist", reason: "no reply to prompts on 3 days" });
  });

  it("only two days of silence: not yet", () => {
    expect(detectNoReply({ ...base, promptsSentAt: [prompt(2), prompt(1), prompt(0, 13)], lastPatientMessageAt: prompt(3) })).toBeNull();
  });

  it("a reply after the prompts: nothing", () => {
    expect(detectNoReply({ ...base, promptsSentAt: [prompt(3), prompt(2), prompt(1)], lastPatientMessageAt: prompt(0, 13) })).toBeNull();
  });

  it("one silence is raised once", () => {
    const input = { ...base, promptsSentAt: [prompt(4), prompt(3), prompt(2), prompt(1)], lastPatientMessageAt: null };
    expect(detectNoReply(input)).not.toBeNull();
    expect(detectNoReply({ ...input, lastNoReplyEscalationAt: prompt(1, 20) })).toBeNull();
  });

  it("days are the patient's local days", () => {
    // Three UTC dates (1, 2 and 3 March) but only two New York evenings (1 and 2 March).
    const prompts = [new Date("2025-03-01T23:00:00Z"), new Date("2025-03-02T23:30:00Z"), new Date("2025-03-03T02:00:00Z")];
    expect(detectNoReply({ ...base, promptsSentAt: prompts, lastPatientMessageAt: null })).toBeNull();
  });
});

describe("isFallReading: only the reader's red flags say a fall happened", () => {
  it.each([
    [["fall"], true],
    [["fall-cannot-get-up"], true],
    [["fall-head-strike"], true],
    [["head-strike"], true],
    [["near-fall"], false],
    [["chest-pain"], false],
    [[], false],
  ] as const)("%j → %s", (flags, expected) => {
    expect(isFallReading([...flags])).toBe(expected);
  });

  it("a fall pauses the program and needs the therapist the same day", () => {
    expect(fallActions()).toEqual([
      { type: "pause_program", reason: "patient reported a fall" },
      { type: "escalation", level: "urgent", reason: expect.stringContaining("fall") },
    ]);
  });
});
