import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { cli } from "../support/cli.js";
import { aClinic, aPatient } from "./fixtures.js";

describe("schedule preview", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterEach(async () => {
    await database.drop();
  });

  it("prints the next 7 days of prompts in the patient's local time", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic, { timeZone: "America/New_York", reminderTimes: ["08:00", "19:30"], quiet: { start: "21:00", end: "07:00" } });
    await database.db.assignment.updateMany({ where: { patientId: rosa.id }, data: { weekdays: "1,3,5" } });
    await database.close(); // the CLI opens the file itself (and checks its migrations)
    // Friday 2026-03-06, 12:00 in New York; DST starts Sunday the 8th.
    const run = await cli(["schedule", "preview", rosa.id], { DATABASE_URL: database.url, SEED_DEMO: "false" }, { now: new Date("2026-03-06T17:00:00Z") });
    expect(run.code, run.stderr).toBe(0);
    const out = run.json<{ timeZone: string; prompts: { localDate: string; localTime: string; weekday: string; dueAt: string }[] }>();
    expect(out.timeZone).toBe("America/New_York");
    expect(out.prompts.map((p) => `${p.weekday} ${p.localDate} ${p.localTime}`)).toEqual([
      "Fri 2026-03-06 19:30",
      "Mon 2026-03-09 08:00",
      "Mon 2026-03-09 19:30",
      "Wed 2026-03-11 08:00",
      "Wed 2026-03-11 19:30",
    ]);
    expect(out.prompts[1]!.dueAt).toBe("2026-03-09T12:00:00.000Z"); // EDT after the change
  });

  it("keeps the days before a pause that starts later, and leaves out the paused days", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic, { timeZone: "America/New_York", reminderTimes: ["08:00"] });
    // Asked on Friday the 6th for no reminders from Monday the 9th until Thursday the 12th.
    await database.db.patient.update({ where: { id: rosa.id }, data: { pausedAt: new Date("2026-03-06T17:00:00Z"), pausedFrom: "2026-03-09", pausedUntil: "2026-03-12" } });
    await database.close();
    const run = await cli(["schedule", "preview", rosa.id], { DATABASE_URL: database.url, SEED_DEMO: "false" }, { now: new Date("2026-03-06T17:00:00Z") });
    expect(run.code, run.stderr).toBe(0);
    const out = run.json<{ pause: { from: string | null; until: string | null } | null; prompts: { localDate: string }[] }>();
    expect(out.pause).toEqual({ from: "2026-03-09", until: "2026-03-12" });
    expect(out.prompts.map((p) => p.localDate)).toEqual(["2026-03-07", "2026-03-08", "2026-03-12"]);
  });

  it("answers 2 for an unknown patient or a missing id", async () => {
    await database.close();
    expect((await cli(["schedule", "preview", "nobody"], { DATABASE_URL: database.url, SEED_DEMO: "false" })).code).toBe(2);
    expect((await cli(["schedule", "preview"], { DATABASE_URL: database.url, SEED_DEMO: "false" })).code).toBe(2);
  });
});
