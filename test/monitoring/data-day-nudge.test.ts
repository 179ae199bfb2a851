import { describe, expect, it } from "vitest";
import { shouldAskForDataDay } from "../../src/monitoring/data-day-nudge.js";
import { DEFAULT_RTM_THRESHOLDS } from "../../src/monitoring/rtm-thresholds.js";

const NY = "America/New_York";
// Data on the first `count` days of a period that starts on 2026-03-01 (New York, noon).
const days = (count: number) => Array.from({ length: count }, (_, i) => new Date(Date.UTC(2026, 2, 1 + i, 16)));

describe("the data-day nudge", () => {
  it.each([
    // [what, data days so far, today, asked today, expected]
    ["early in the period: no ask", 3, "2026-03-10", false, false],
    ["day 21 of 30, 12 of 16: ask (4 needed, 10 days left)", 12, "2026-03-21", false, true],
    ["already asked today: no second ask", 12, "2026-03-21", true, false],
    ["16 reached: the top code needs no more", 16, "2026-03-25", false, false],
    ["out of reach of 16 but short of 2: ask", 1, "2026-03-29", false, true],
    ["8 of 16 with 3 days left: 16 is out of reach; 2 is reached: no ask", 8, "2026-03-28", false, false],
    ["today already has data: no ask", 21, "2026-03-21", false, false],
    ["the last day of the period, 15 of 16: ask", 15, "2026-03-30", false, true],
  ])("%s", (_what, count, today, askedToday, expected) => {
    expect(shouldAskForDataDay({ firstDay: "2026-03-01", timeZone: NY, dataEvents: days(count), today, askedToday, thresholds: DEFAULT_RTM_THRESHOLDS })).toBe(expected);
  });

  it("no episode, or before it starts: no ask", () => {
    const base = { timeZone: NY, dataEvents: [], today: "2026-03-21", askedToday: false, thresholds: DEFAULT_RTM_THRESHOLDS };
    expect(shouldAskForDataDay({ ...base, firstDay: null })).toBe(false);
    expect(shouldAskForDataDay({ ...base, firstDay: "2026-04-01" })).toBe(false);
  });

  it("a later period counts its own days", () => {
    // Second period: 2026-03-31 … 2026-04-29; 2026-04-25 has 5 days left, nothing yet this period.
    expect(shouldAskForDataDay({ firstDay: "2026-03-01", timeZone: NY, dataEvents: days(20), today: "2026-04-25", askedToday: false, thresholds: DEFAULT_RTM_THRESHOLDS })).toBe(true);
  });
});
