import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { planOutcomeQuestions } from "../../src/scheduler/outcome-planning.js";
import { saveOutcomeSettings } from "../../src/outcomes/outcomes.repo.js";
import { OutcomeSettingsSchema } from "../../src/outcomes/measures.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient, type PatientSpec } from "../scheduler/fixtures.js";

// 2026-03-02 is a Monday; New York is UTC-5 then.
describe.each(TEST_PROVIDERS)("asking outcome questions on %s", (provider) => {
  let database: TestDatabase;
  let clinic: Awaited<ReturnType<typeof aClinic>>;
  const db = () => database.db;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    clinic = await aClinic(database.db);
    await saveOutcomeSettings(database.db, clinic.programVersion.programId, OutcomeSettingsSchema.parse({ measures: ["nprs", "psfs"] }));
  });
  afterEach(async () => database.drop());

  const plan = (from: string, to: string) => planOutcomeQuestions({ db: db(), logger: silentLogger() }, { from: new Date(from), to: new Date(to) }, new Date(to));
  const patient = (spec: PatientSpec = {}) => aPatient(db(), clinic, { startDate: "2026-03-02", ...spec });
  const outcomeRows = (patientId: string) => db().outboxMessage.findMany({ where: { patientId, kind: "outcome" }, orderBy: { createdAt: "asc" } });

  it("asks the day's first question once, after the first prompt, in the patient's zone", async () => {
    const p = await patient({ reminderTimes: ["08:00", "18:00"] });
    expect(await plan("2026-03-02T05:00:00Z", "2026-03-02T14:00:00Z")).toMatchObject({ asked: 1 });
    // a repeated and an overlapping window find the same question: still one row
    await plan("2026-03-02T05:00:00Z", "2026-03-02T14:00:00Z");
    await plan("2026-03-02T12:00:00Z", "2026-03-02T23:59:00Z");
    const rows = await outcomeRows(p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ idempotencyKey: `outcome:${p.assignments[0]!.id}:psfs_activities:2026-03-02`, channel: "sms", localDate: "2026-03-02" });
    expect(rows[0]!.nextAttemptAt.toISOString()).toBe("2026-03-02T13:01:00.000Z"); // 08:00 New York + a minute
    expect(rows[0]!.body).toMatch(/up to 3 everyday activities/);
    const questions = await db().outcomeQuestion.findMany({ where: { patientId: p.id } });
    expect(questions).toMatchObject([{ kind: "psfs_activities", status: "open", outboxKey: rows[0]!.idempotencyKey }]);
  });

  it("never asks in quiet hours: a first reminder inside them moves to their end", async () => {
    const p = await patient({ reminderTimes: ["06:00"], quiet: { start: "21:00", end: "07:00" } });
    await plan("2026-03-02T05:00:00Z", "2026-03-02T20:00:00Z");
    const [row] = await outcomeRows(p.id);
    expect(row!.nextAttemptAt.toISOString()).toBe("2026-03-02T12:01:00.000Z"); // 07:00 New York
  });

  it("uses the patient's own date: Tokyo's Monday starts on Sunday in UTC", async () => {
    const p = await patient({ timeZone: "Asia/Tokyo", reminderTimes: ["09:00"], quiet: null });
    await plan("2026-03-01T00:00:00Z", "2026-03-02T01:00:00Z");
    const [row] = await outcomeRows(p.id);
    expect(row).toMatchObject({ localDate: "2026-03-02" });
    expect(row!.nextAttemptAt.toISOString()).toBe("2026-03-02T00:01:00.000Z");
  });

  it("follows the clock change: 08:00 in New York is 12:00 UTC after the spring switch", async () => {
    const p = await patient({ startDate: "2026-03-08" });
    await plan("2026-03-08T05:00:00Z", "2026-03-08T20:00:00Z");
    const [row] = await outcomeRows(p.id);
    expect(row!.nextAttemptAt.toISOString()).toBe("2026-03-08T12:01:00.000Z");
  });

  it("asks nothing after an opt-out, during a pause, or after 'no more surveys'", async () => {
    const optedOut = await patient({ consent: "opted_out" });
    const paused = await patient({ pausedAt: new Date("2026-03-01T00:00:00Z"), pausedUntil: "2026-03-10" });
    const noSurveys = await patient();
    await db().outcomePreference.create({ data: { patientId: noSurveys.id, surveysStoppedAt: new Date("2026-03-01T00:00:00Z") } });
    const control = await patient();
    await plan("2026-03-02T05:00:00Z", "2026-03-02T20:00:00Z");
    expect(await outcomeRows(optedOut.id)).toHaveLength(0);
    expect(await outcomeRows(paused.id)).toHaveLength(0);
    expect(await outcomeRows(noSurveys.id)).toHaveLength(0);
    expect(await outcomeRows(control.id)).toHaveLength(1);
  });

  it("asks nothing for a program without measures", async () => {
    await saveOutcomeSettings(db(), clinic.programVersion.programId, OutcomeSettingsSchema.parse({ measures: [] }));
    const p = await patient();
    await plan("2026-03-02T05:00:00Z", "2026-03-02T20:00:00Z");
    expect(await outcomeRows(p.id)).toHaveLength(0);
  });

  it("reminds once a day later, then lets the question go", async () => {
    const p = await patient();
    await plan("2026-03-02T05:00:00Z", "2026-03-02T20:00:00Z");
    expect(await plan("2026-03-03T05:00:00Z", "2026-03-03T20:00:00Z")).toMatchObject({ asked: 0, reminded: 1 });
    await plan("2026-03-03T05:00:00Z", "2026-03-03T20:00:00Z");
    const rows = await outcomeRows(p.id);
    expect(rows.map((r) => r.localDate)).toEqual(["2026-03-02", "2026-03-03"]);
    expect(rows[1]!.body).toMatch(/^Just a reminder, when you have a moment: To follow your progress/);
    expect(await plan("2026-03-04T05:00:00Z", "2026-03-04T20:00:00Z")).toMatchObject({ asked: 0, reminded: 0, expired: 1 });
    expect(await outcomeRows(p.id)).toHaveLength(2);
    expect(await db().outcomeQuestion.findMany({ where: { patientId: p.id } })).toMatchObject([{ status: "expired" }]);
  });

  it("the next week's pain question replaces an unanswered one", async () => {
    const p = await patient();
    await db().outcomeAnswer.create({
      data: { questionId: "named-before", patientId: p.id, kind: "psfs_activities", activities: '["stairs"]', occasion: "2026-02-20", answeredAt: new Date("2026-02-20T15:00:00Z") },
    });
    await plan("2026-03-02T05:00:00Z", "2026-03-02T20:00:00Z"); // PSFS rating of "stairs"
    await plan("2026-03-09T05:00:00Z", "2026-03-09T20:00:00Z"); // Monday again: pain
    const questions = await db().outcomeQuestion.findMany({ where: { patientId: p.id }, orderBy: { askedAt: "asc" } });
    expect(questions).toMatchObject([
      { kind: "psfs_rating", activity: "stairs", status: "expired" },
      { kind: "nprs", status: "open", occasion: "2026-03-09" },
    ]);
    const rows = await outcomeRows(p.id);
    expect(rows.map((r) => r.body)).toEqual([expect.stringContaining('"stairs"'), expect.stringMatching(/how much pain/)]);
  });
});
