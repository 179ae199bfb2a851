import { describe, expect, it, vi } from "vitest";
import { type PlannerAssignment, planDuePrompts } from "../../src/scheduling/planner.js";
import { HOUR, JordiInMadrid, MiaInSydney, RosaInNewYork, anAssignment, at, plan, sweep, summary } from "./fixtures.js";

/** The whole local day of 2026-06-10 (a Wednesday) in New York, EDT = UTC-4. */
const NY_DAY: [string, string] = ["2026-06-10T03:59:59.999Z", "2026-06-11T03:59:59.999Z"];
const NY_END_OF_DAY = "2026-06-11T03:59:59.999Z";

describe("quiet hours", () => {
  const overnight = { start: "21:00", end: "08:00" };
  const nap = { start: "13:00", end: "15:00" };
  it.each([
    // [reminders, quiet, expected [slot, dueAt, notAfter][]]
    ["outside quiet hours", ["09:00"], overnight, [["09:00", "2026-06-10T13:00:00.000Z", "2026-06-11T00:59:59.999Z"]]],
    ["morning quiet → moved to quiet end", ["06:30"], overnight, [["06:30", "2026-06-10T12:00:00.000Z", "2026-06-11T00:59:59.999Z"]]],
    ["one minute before quiet ends → moved", ["07:59"], overnight, [["07:59", "2026-06-10T12:00:00.000Z", "2026-06-11T00:59:59.999Z"]]],
    ["at quiet end (exclusive) → kept", ["08:00"], overnight, [["08:00", "2026-06-10T12:00:00.000Z", "2026-06-11T00:59:59.999Z"]]],
    ["evening quiet wraps midnight → dropped", ["22:00"], overnight, []],
    ["at quiet start (inclusive) → dropped", ["21:00"], overnight, []],
    ["quiet ending at midnight → dropped", ["23:30"], { start: "22:00", end: "00:00" }, []],
    ["daytime quiet → moved to its end", ["13:30"], nap, [["13:30", "2026-06-10T19:00:00.000Z", NY_END_OF_DAY]]],
    ["before daytime quiet → notAfter at its start", ["10:00"], nap, [["10:00", "2026-06-10T14:00:00.000Z", "2026-06-10T16:59:59.999Z"]]],
    ["no quiet hours → notAfter at local midnight", ["20:00"], null, [["20:00", "2026-06-11T00:00:00.000Z", NY_END_OF_DAY]]],
    ["empty quiet period (start = end) is ignored", ["09:00"], { start: "09:00", end: "09:00" }, [["09:00", "2026-06-10T13:00:00.000Z", NY_END_OF_DAY]]],
    [
      "several times moved to the same quiet end → one prompt, earliest slot",
      ["07:30", "06:30", "07:00", "12:00"],
      overnight,
      [
        ["06:30", "2026-06-10T12:00:00.000Z", "2026-06-11T00:59:59.999Z"],
        ["12:00", "2026-06-10T16:00:00.000Z", "2026-06-11T00:59:59.999Z"],
      ],
    ],
  ] as const)("%s", (_label, reminderTimes, quietHours, expected) => {
    const a = anAssignment({ reminderTimes: [...reminderTimes], quietHours });
    const prompts = plan([a], ...NY_DAY);
    expect(prompts.map((p) => [p.slot, p.dueAt.toISOString(), p.notAfter.toISOString()])).toEqual(expected);
  });
});

describe("who gets prompts on which days", () => {
  const week: [string, string] = ["2026-06-08T03:59:59.999Z", "2026-06-15T03:59:59.999Z"]; // Mon 8 – Sun 14 in New York
  const datesFor = (overrides: Partial<PlannerAssignment>): string[] =>
    plan([anAssignment(overrides)], ...week).map((p) => p.localDate);
  const all = ["2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11", "2026-06-12", "2026-06-13", "2026-06-14"];

  it.each([
    ["every day by default", {}, all],
    ["weekdays Mon/Wed/Fri", { weekdays: [1, 3, 5] }, ["2026-06-08", "2026-06-10", "2026-06-12"]],
    ["all seven weekdays", { weekdays: [7, 6, 5, 4, 3, 2, 1] }, all],
    ["weekend only", { weekdays: [6, 7] }, ["2026-06-13", "2026-06-14"]],
    ["start date inclusive", { startDate: "2026-06-12" }, ["2026-06-12", "2026-06-13", "2026-06-14"]],
    ["end date inclusive", { endDate: "2026-06-09" }, ["2026-06-08", "2026-06-09"]],
    ["ended program", { startDate: "2026-05-01", endDate: "2026-05-31" }, []],
    ["pause until a date resumes that day", { pause: { untilLocalDate: "2026-06-11" } }, ["2026-06-11", "2026-06-12", "2026-06-13", "2026-06-14"]],
    ["pause that already ended", { pause: { untilLocalDate: "2026-06-01" } }, all],
    ["indefinite pause", { pause: { untilLocalDate: null } }, []],
    ["opted out", { consent: "opted_out" }, []],
    ["opted out beats everything else", { consent: "opted_out", pause: null, weekdays: [1] }, []],
    ["no reminder times", { reminderTimes: [] }, []],
  ] as const)("%s", (_label, overrides, expected) => {
    expect(datesFor(overrides as Partial<PlannerAssignment>)).toEqual(expected);
  });
});

describe("dates are the patient's, not UTC's", () => {
  // 22:00Z on 10 June is 08:00 on 11 June (a Thursday) in Sydney.
  const window: [string, string] = ["2026-06-10T21:30:00Z", "2026-06-10T22:30:00Z"];

  it.each([
    ["starts tomorrow in Sydney (today in UTC) → already due", { startDate: "2026-06-11" }, ["2026-06-11"]],
    ["starts the day after → not yet", { startDate: "2026-06-12" }, []],
    ["ended yesterday in Sydney (today in UTC) → nothing", { endDate: "2026-06-10" }, []],
    ["only on Thursdays (Wednesday in UTC) → due", { weekdays: [4] }, ["2026-06-11"]],
    ["only on Wednesdays → not due", { weekdays: [3] }, []],
    ["paused until 11 June in Sydney → resumes", { pause: { untilLocalDate: "2026-06-11" } }, ["2026-06-11"]],
  ] as const)("%s", (_label, overrides, expected) => {
    const prompts = plan([{ ...MiaInSydney, ...(overrides as Partial<PlannerAssignment>) }], ...window);
    expect(prompts.map((p) => p.localDate)).toEqual(expected);
    for (const p of prompts) expect(p.dueAt.toISOString()).toBe("2026-06-10T22:00:00.000Z");
  });

  it("a late-evening New York prompt on the day before the start date does not go out (already the start date in UTC)", () => {
    const late = anAssignment({ reminderTimes: ["23:30"], startDate: "2026-06-11" });
    expect(plan([late], "2026-06-11T03:00:00Z", "2026-06-11T04:00:00Z")).toEqual([]);
    const ending = anAssignment({ reminderTimes: ["23:30"], endDate: "2026-06-10" });
    expect(summary(plan([ending], "2026-06-11T03:00:00Z", "2026-06-11T04:00:00Z"))).toEqual([
      { localDate: "2026-06-10", slot: "23:30", dueAt: "2026-06-11T03:30:00.000Z" },
    ]);
  });
});

describe("windows and idempotency", () => {
  it("takes (from, to]: a prompt due exactly at `from` belongs to the previous window", () => {
    const a = anAssignment(); // 08:00 New York = 12:00Z in June
    expect(plan([a], "2026-06-10T12:00:00Z", "2026-06-10T12:01:00Z")).toEqual([]);
    expect(plan([a], "2026-06-10T11:59:00Z", "2026-06-10T12:00:00Z")).toHaveLength(1);
  });

  it("returns the same key, due and notAfter from overlapping windows", () => {
    const a = anAssignment({ assignmentId: "asg-42" });
    const [first] = plan([a], "2026-06-10T11:00:00Z", "2026-06-10T12:30:00Z");
    const [second] = plan([a], "2026-06-10T11:59:00Z", "2026-06-10T13:00:00Z");
    const [catchUp] = plan([a], "2026-06-09T14:00:00Z", "2026-06-10T14:00:00Z");
    expect(first).toEqual({
      assignmentId: "asg-42",
      patientId: "pat-1",
      localDate: "2026-06-10",
      slot: "08:00",
      dueAt: at("2026-06-10T12:00:00Z"),
      notAfter: at(NY_END_OF_DAY),
      idempotencyKey: "prompt:asg-42:2026-06-10:08:00",
    });
    expect(second).toEqual(first);
    expect(catchUp).toEqual(first);
  });

  it("keeps the configured slot in the key even when quiet hours moved the time", () => {
    const a = anAssignment({ reminderTimes: ["06:30"], quietHours: { start: "22:00", end: "07:15" } });
    const [p] = plan([a], ...NY_DAY);
    expect(p?.idempotencyKey).toBe("prompt:asg-1:2026-06-10:06:30");
    expect(p?.dueAt.toISOString()).toBe("2026-06-10T11:15:00.000Z");
  });

  it("returns nothing for an empty or inverted window", () => {
    const a = anAssignment();
    expect(plan([a], "2026-06-10T12:00:00Z", "2026-06-10T12:00:00Z")).toEqual([]);
    expect(plan([a], "2026-06-10T13:00:00Z", "2026-06-10T11:00:00Z")).toEqual([]);
  });

  it("catches up a 24 h window with every prompt in it, in due order, even those already past notAfter", () => {
    const from = "2026-06-10T00:00:00Z";
    const to = "2026-06-11T00:00:00Z";
    const prompts = plan([RosaInNewYork, MiaInSydney, JordiInMadrid], from, to);
    expect(prompts.map((p) => [p.idempotencyKey, p.dueAt.toISOString(), p.notAfter.toISOString()])).toEqual([
      ["prompt:asg-jordi:2026-06-10:08:00", "2026-06-10T06:00:00.000Z", "2026-06-10T21:59:59.999Z"],
      ["prompt:asg-rosa:2026-06-10:08:00", "2026-06-10T12:00:00.000Z", "2026-06-11T00:59:59.999Z"],
      ["prompt:asg-mia:2026-06-11:08:00", "2026-06-10T22:00:00.000Z", "2026-06-11T13:59:59.999Z"],
      ["prompt:asg-rosa:2026-06-10:19:30", "2026-06-10T23:30:00.000Z", "2026-06-11T00:59:59.999Z"],
    ]);
    // Jordi's prompt is already past its notAfter at the end of the outage: the
    // dispatcher expires it rather than texting him at midnight.
    expect(prompts[0]!.notAfter.getTime()).toBeLessThan(at(to).getTime());
  });

  it("finds the same prompts in one 24 h window as in 1,440 one-minute ticks", () => {
    const people = [RosaInNewYork, MiaInSydney, JordiInMadrid, anAssignment({ timeZone: "Asia/Kolkata", reminderTimes: ["00:00", "12:45", "23:59"] })];
    const from = "2026-11-01T00:00:00Z";
    const to = "2026-11-02T00:00:00Z";
    const keys = (ps: { idempotencyKey: string }[]) => ps.map((p) => p.idempotencyKey);
    expect(keys(sweep(people, from, to))).toEqual(keys(plan(people, from, to)));
  });

  it("streams its input: a generator is read once and only what it yields is planned", () => {
    function* patients(): Generator<PlannerAssignment> {
      for (let i = 0; i < 1_000; i++) {
        yield anAssignment({ assignmentId: `asg-${i}`, patientId: `pat-${i}`, reminderTimes: [i % 2 ? "08:00" : "08:01"] });
      }
    }
    const prompts = planDuePrompts(patients(), { from: at("2026-06-10T11:59:30Z"), to: at("2026-06-10T12:00:30Z") });
    expect(prompts).toHaveLength(500);
    expect(prompts.every((p) => p.slot === "08:00")).toBe(true);
  });
});

describe("invalid schedule data fails closed", () => {
  const window: [string, string] = ["2026-06-10T00:00:00Z", "2026-06-11T00:00:00Z"];
  it.each([
    ["unknown zone", { timeZone: "America/Atlantis" }, /unknown time zone/],
    ["JS-style Sunday 0", { weekdays: [0, 1] }, /invalid ISO weekday 0/],
    ["malformed quiet hours", { quietHours: { start: "9pm", end: "08:00" } }, /invalid quiet hours/],
    ["malformed start date", { startDate: "06/10/2026" }, /invalid start date/],
    ["malformed pause date", { pause: { untilLocalDate: "soon" } }, /invalid pause end/],
  ] as const)("%s → nothing planned, reported", (_label, overrides, problem) => {
    const onInvalid = vi.fn();
    const prompts = planDuePrompts([anAssignment(overrides as Partial<PlannerAssignment>)], { from: at(window[0]), to: at(window[1]) }, { onInvalid });
    expect(prompts).toEqual([]);
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect(onInvalid.mock.calls[0]![0]).toBe("asg-1");
    expect((onInvalid.mock.calls[0]![1] as string[]).join("; ")).toMatch(problem);
  });

  it("skips only the malformed reminder time and reports it once", () => {
    const onInvalid = vi.fn();
    const a = anAssignment({ reminderTimes: ["8am", "08:00", "25:00"] });
    const prompts = planDuePrompts([a], { from: at("2026-06-09T00:00:00Z"), to: at("2026-06-11T00:00:00Z") }, { onInvalid });
    expect(prompts.map((p) => p.slot)).toEqual(["08:00", "08:00"]);
    expect(onInvalid).toHaveBeenCalledTimes(1);
    expect(onInvalid.mock.calls[0]![1]).toEqual(['invalid reminder time "8am"', 'invalid reminder time "25:00"']);
  });
});

describe("nobody is texted twice across a long run of ticks", () => {
  it("sweeping a week of 5-minute ticks across the New York fall-back yields each key once", () => {
    const a = anAssignment({ reminderTimes: ["00:30", "01:00", "01:30", "01:59", "02:00", "08:00"] });
    const prompts = sweep([a], "2026-10-29T00:00:00Z", "2026-11-05T00:00:00Z", 5 * 60_000);
    const keys = prompts.map((p) => p.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(7 * 6);
    for (const p of prompts) expect(p.notAfter.getTime()).toBeGreaterThan(p.dueAt.getTime());
    const dues = prompts.map((p) => p.dueAt.getTime());
    expect(dues).toEqual([...dues].sort((x, y) => x - y));
    // 01:30 on the fall-back day is its first (EDT) occurrence, an hour before the repeat.
    const repeat = prompts.find((p) => p.idempotencyKey === "prompt:asg-1:2026-11-01:01:30")!;
    expect(repeat.dueAt.getTime()).toBe(at("2026-11-01T06:30:00Z").getTime() - HOUR);
  });
});
