import { describe, expect, it } from "vitest";
import { benchPlannerCore, syntheticAssignments } from "../../bench/planner-core.bench.js";

// Timings are measured by `npm run bench`; this checks the benchmark's workload is the one it claims.
describe("the planner benchmark's workload", () => {
  it("plans a realistic share of synthetic patients over a one-minute tick and a 24 h catch-up", () => {
    const result = benchPlannerCore(20_000);
    expect(result.assignments).toBe(20_000);
    expect(result.minuteWindow.prompts).toBeGreaterThan(0);
    // About 2 reminders each, 3 in 4 on a given day (weekdays, pauses, opt-outs, quiet hours).
    expect(result.dayWindow.prompts).toBeGreaterThan(10_000);
    expect(result.dayWindow.prompts).toBeLessThan(40_000);
  });

  it("generates the same synthetic patients every run", () => {
    const first = [...syntheticAssignments(50)];
    expect([...syntheticAssignments(50)]).toEqual(first);
    expect(new Set(first.map((a) => a.timeZone)).size).toBeGreaterThan(15);
  });
});
