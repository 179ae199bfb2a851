import { describe, expect, it } from "vitest";
import { localDateOf, localMinutesOf } from "../../src/scheduling/local-time.js";
import { HOUR, anAssignment, sweep, summary } from "./fixtures.js";

interface DstCase {
  zone: string;
  /** Local date clocks go forward. */
  springDay: string;
  /** The nonexistent 02:30 resolves to the first instant after the gap. */
  springGapResolvesTo: string;
  /** Local date clocks go back. */
  fallDay: string;
  /** A wall time that happens twice that day, and its first occurrence. */
  fallAmbiguous: string;
  fallFirstOccurrence: string;
}

const CASES: DstCase[] = [
  {
    zone: "America/New_York",
    springDay: "2026-03-08",
    springGapResolvesTo: "2026-03-08T07:00:00.000Z", // 03:00 EDT
    fallDay: "2026-11-01",
    fallAmbiguous: "01:30",
    fallFirstOccurrence: "2026-11-01T05:30:00.000Z", // 01:30 EDT, not 01:30 EST
  },
  {
    zone: "Europe/Madrid",
    springDay: "2026-03-29",
    springGapResolvesTo: "2026-03-29T01:00:00.000Z", // 03:00 CEST
    fallDay: "2026-10-25",
    fallAmbiguous: "02:30",
    fallFirstOccurrence: "2026-10-25T00:30:00.000Z", // 02:30 CEST
  },
  {
    zone: "Australia/Sydney",
    springDay: "2026-10-04",
    springGapResolvesTo: "2026-10-03T16:00:00.000Z", // 03:00 AEDT
    fallDay: "2026-04-05",
    fallAmbiguous: "02:30",
    fallFirstOccurrence: "2026-04-04T15:30:00.000Z", // 02:30 AEDT
  },
];

/** A two-day stretch around a local date, in UTC, wide enough for any UTC offset. */
function aroundDay(localDate: string): [string, string] {
  const noonUtc = new Date(`${localDate}T12:00:00Z`).getTime();
  return [new Date(noonUtc - 26 * HOUR).toISOString(), new Date(noonUtc + 26 * HOUR).toISOString()];
}

describe.each(CASES)("planner across DST in $zone", (c) => {
  it(`sends a 02:30 reminder once, at ${c.springGapResolvesTo}, on the spring-forward day`, () => {
    const a = anAssignment({ timeZone: c.zone, reminderTimes: ["02:30"] });
    const [from, to] = aroundDay(c.springDay);
    const onDay = sweep([a], from, to).filter((p) => p.localDate === c.springDay);
    expect(summary(onDay)).toEqual([{ localDate: c.springDay, slot: "02:30", dueAt: c.springGapResolvesTo }]);
    expect(localMinutesOf(onDay[0]!.dueAt, c.zone)).toBe(3 * 60);
  });

  it(`sends a ${c.fallAmbiguous} reminder exactly once, at its first occurrence, on the fall-back day`, () => {
    const a = anAssignment({ timeZone: c.zone, reminderTimes: [c.fallAmbiguous] });
    const [from, to] = aroundDay(c.fallDay);
    const prompts = sweep([a], from, to);
    const onDay = prompts.filter((p) => p.localDate === c.fallDay);
    expect(summary(onDay)).toEqual([{ localDate: c.fallDay, slot: c.fallAmbiguous, dueAt: c.fallFirstOccurrence }]);
    // No key appears twice anywhere in the sweep.
    const keys = prompts.map((p) => p.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(["01:30", "02:30"])("a %s reminder goes out exactly once on the fall-back day", (time) => {
    const a = anAssignment({ timeZone: c.zone, reminderTimes: [time] });
    const [from, to] = aroundDay(c.fallDay);
    const onDay = sweep([a], from, to).filter((p) => p.localDate === c.fallDay);
    expect(onDay).toHaveLength(1);
    expect(localMinutesOf(onDay[0]!.dueAt, c.zone)).toBe(Number(time.slice(0, 2)) * 60 + 30);
  });

  it.each([
    ["spring", c.springDay],
    ["fall", c.fallDay],
  ])("keeps 08:00 at 08:00 local through the %s change", (_label, day) => {
    const a = anAssignment({ timeZone: c.zone, reminderTimes: ["08:00"] });
    const first = new Date(new Date(`${day}T00:00:00Z`).getTime() - 3 * 24 * HOUR).toISOString();
    const last = new Date(new Date(`${day}T00:00:00Z`).getTime() + 3 * 24 * HOUR).toISOString();
    const prompts = sweep([a], first, last, 15 * 60_000);
    expect(prompts.length).toBeGreaterThanOrEqual(5);
    for (const p of prompts) {
      expect(localMinutesOf(p.dueAt, c.zone)).toBe(8 * 60);
      expect(localDateOf(p.dueAt, c.zone)).toBe(p.localDate);
    }
    const dates = prompts.map((p) => p.localDate);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toContain(day);
    // The UTC time really does shift by an hour across the change.
    const gaps = prompts.slice(1).map((p, i) => (p.dueAt.getTime() - prompts[i]!.dueAt.getTime()) / HOUR);
    expect(gaps.filter((g) => g !== 24).sort()).toEqual(day === c.springDay ? [23] : [25]);
  });

  it("gives the spring-forward day a notAfter of its last millisecond (23 h day)", () => {
    const a = anAssignment({ timeZone: c.zone, reminderTimes: ["08:00"] });
    const [from, to] = aroundDay(c.springDay);
    const p = sweep([a], from, to, HOUR).find((x) => x.localDate === c.springDay)!;
    expect(localDateOf(p.notAfter, c.zone)).toBe(c.springDay);
    expect(localDateOf(p.notAfter.getTime() + 1, c.zone)).not.toBe(c.springDay);
  });
});

describe("DST and quiet hours together", () => {
  it("re-applies quiet hours when the spring gap pushes a reminder into them", () => {
    // 02:30 does not exist and resolves to 03:00, which is inside 03:00–06:00 quiet hours.
    const a = anAssignment({
      timeZone: "America/New_York",
      reminderTimes: ["02:30"],
      quietHours: { start: "03:00", end: "06:00" },
    });
    const onDay = sweep([a], "2026-03-08T04:00:00Z", "2026-03-08T16:00:00Z", HOUR);
    expect(summary(onDay)).toEqual([{ localDate: "2026-03-08", slot: "02:30", dueAt: "2026-03-08T10:00:00.000Z" }]);
  });

  it("sends one prompt when two reminders collapse into the same instant in the gap", () => {
    const a = anAssignment({ timeZone: "Europe/Madrid", reminderTimes: ["02:45", "02:15"] });
    const onDay = sweep([a], "2026-03-28T22:00:00Z", "2026-03-29T12:00:00Z", HOUR);
    expect(summary(onDay)).toEqual([{ localDate: "2026-03-29", slot: "02:15", dueAt: "2026-03-29T01:00:00.000Z" }]);
  });
});
