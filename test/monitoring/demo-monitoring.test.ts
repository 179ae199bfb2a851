import { afterEach, describe, expect, it } from "vitest";
import { episodeStanding } from "../../src/monitoring/ledger.js";
import { loadMonitoringRecord } from "../../src/monitoring/monitoring.repo.js";
import { DEFAULT_RTM_THRESHOLDS } from "../../src/monitoring/rtm-thresholds.js";
import { seed } from "../../src/seed/demo-clinic.seed.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";

describe.each(TEST_PROVIDERS)("the demo clinic's RTM ledger on %s", (provider) => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.drop());

  it.each([
    ["mid-month", "2026-03-12T15:00:00Z"],
    ["on the 2nd of a month, when 'days ago' falls in the month before", "2026-12-02T15:00:00Z"],
    ["in the first hour of a month", "2026-12-01T05:20:00Z"],
  ])("a first login shows the seeded standing %s", async (_when, iso) => {
    database = await createTestDatabase(provider);
    const now = new Date(iso);
    const { demo } = await seed(database.db, { now, demo: true, demoPassword: "x" });
    const standings = [];
    for (const id of demo!.patientIds) {
      const patient = await database.db.patient.findUniqueOrThrow({ where: { id } });
      const record = await loadMonitoringRecord(database.db, patient, { now, thresholds: DEFAULT_RTM_THRESHOLDS });
      standings.push(episodeStanding(record.ledger));
    }
    expect(standings.map((s) => s.period?.daysLeft)).toEqual([14, 21, 6]);
    // Harold: 18 minutes, no call; Rosa: 12 minutes and a 10-minute call; Dana: 8 minutes and a 15-minute video visit.
    // In a month's first hour there is not room for every entry apart: never more than seeded, never in the future.
    const minutes = standings.map((s) => s.month.minutes);
    if (iso.endsWith("05:20:00Z")) {
      minutes.forEach((m, i) => expect(m).toBeLessThanOrEqual([18, 22, 23][i]!));
    } else {
      expect(minutes).toEqual([18, 22, 23]);
      expect(standings[0]!.minutesSentence).toBe("18 of 20 minutes, no live contact yet");
      expect(standings[1]!.month.codes).toEqual([{ code: "98980", units: 1 }]);
    }
    expect(standings.map((s) => s.month.liveContacts.length)).toEqual([0, 1, 1]);
  });
});
