import { describe, expect, it } from "vitest";
import { previewSchedule } from "../../src/scheduling/preview.js";
import { RosaInNewYork, anAssignment, at } from "./fixtures.js";

const view = (entries: ReturnType<typeof previewSchedule>) =>
  entries.map((e) => `${e.localDate} ${e.weekdayName} ${e.localTime} (${e.slot})`);

describe("previewSchedule", () => {
  it("lists the next days in the patient's local time, starting with what is left of today", () => {
    // 10:00 on Wednesday 10 June in New York: today's 08:00 has passed, 19:30 has not.
    const entries = previewSchedule(RosaInNewYork, at("2026-06-10T14:00:00Z"), 3);
    expect(view(entries)).toEqual([
      "2026-06-10 Wed 19:30 (19:30)",
      "2026-06-11 Thu 08:00 (08:00)",
      "2026-06-11 Thu 19:30 (19:30)",
      "2026-06-12 Fri 08:00 (08:00)",
      "2026-06-12 Fri 19:30 (19:30)",
    ]);
    expect(entries[0]).toMatchObject({ weekday: 3, dueAt: at("2026-06-10T23:30:00Z") });
  });

  it("shows the moved local time across the spring-forward gap and quiet hours", () => {
    const a = anAssignment({ reminderTimes: ["02:30", "06:00"], quietHours: { start: "22:00", end: "07:00" } });
    const entries = previewSchedule(a, at("2026-03-07T12:00:00Z"), 2);
    // 02:30 falls in quiet hours and moves to 07:00, as does 06:00: one prompt a day.
    expect(view(entries)).toEqual(["2026-03-08 Sun 07:00 (02:30)"]);
    const noQuiet = previewSchedule({ ...a, quietHours: null }, at("2026-03-07T12:00:00Z"), 2);
    expect(view(noQuiet)).toEqual(["2026-03-08 Sun 03:00 (02:30)", "2026-03-08 Sun 06:00 (06:00)"]);
  });

  it("follows the program's weekdays, start date and pause", () => {
    const a = anAssignment({ weekdays: [2, 4], startDate: "2026-06-11", pause: { untilLocalDate: "2026-06-16" } });
    const entries = previewSchedule(a, at("2026-06-08T00:00:00Z"), 14);
    // The program starts Thu 11 June but is paused until Tue 16 June.
    expect(entries.map((e) => e.localDate)).toEqual(["2026-06-16", "2026-06-18"]);
  });

  it.each([0, -1, 1.5])("returns nothing for %s days", (days) => {
    expect(previewSchedule(RosaInNewYork, at("2026-06-10T14:00:00Z"), days)).toEqual([]);
  });

  it("caps very long previews at a year", () => {
    const entries = previewSchedule(anAssignment(), at("2026-01-01T00:00:00Z"), 10_000);
    expect(entries.length).toBeLessThanOrEqual(367);
    expect(entries.length).toBeGreaterThanOrEqual(365);
  });

  it("throws a RangeError for an unknown zone so the CLI can say so", () => {
    expect(() => previewSchedule(anAssignment({ timeZone: "Nowhere/Land" }), at("2026-06-10T00:00:00Z"), 3)).toThrow(RangeError);
  });
});
