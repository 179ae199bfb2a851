import { describe, expect, it } from "vitest";
import { benchPlannerCore, syntheticAssignments } from "../../bench/planner-core.bench.js";

describe("planner performance budget", () => {
  it("plans 100,000 patients over a one-minute tick and a 24 h catch-up well within 10 s", () => {
    const result = benchPlannerCore(100_000);
    expect(result.assignments).toBe(100_000);
    expect(result.minuteWindow.prompts).toBeGreaterThan(0);
    // About 2 reminders each, 3 in 4 on a given day (weekdays, pauses, opt-outs, quiet hours).
    expect(result.dayWindow.prompts).toBeGreaterThan(50_000);
    expect(result.dayWindow.prompts).toBeLessThan(200_000);
    expect(result.minuteWindow.seconds).toBeLessThan(5);
    expect(result.seconds).toBeLessThan(10);
  });

  it("generates the same synthetic patients every run", () => {
    const first = [...syntheticAssignments(50)];
    expect([...syntheticAssignments(50)]).toEqual(first);
    expect(new Set(first.map((a) => a.timeZone)).size).toBeGreaterThan(15);
  });
});
