import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { enqueueOutbox } from "../../src/outbox/outbox.repo.js";
import { createScheduler, type SchedulerOptions } from "../../src/scheduler/scheduler.js";
import { PLANNED_THROUGH_KEY } from "../../src/scheduler/scheduler-state.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient, manualClock } from "./fixtures.js";

const HOUR = 3_600_000;

describe.each(TEST_PROVIDERS)("follow-ups on %s", (provider) => {
  let database: TestDatabase;
  let clock: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    clock = manualClock("2026-03-10T12:00:00.000Z");
    // Planning is not what these tests are about: start the window now.
    await database.db.schedulerState.create({ data: { key: PLANNED_THROUGH_KEY, value: "2026-03-20T00:00:00.000Z" } });
  });
  afterEach(async () => {
    await database.drop();
  });

  const scheduler = (overrides: Partial<SchedulerOptions> = {}) =>
    createScheduler({ db: database.db, logger: silentLogger(), clock, videoBaseUrl: "https://v.example/", silenceCheckIntervalMs: 0, ...overrides });

  /** A prompt that went out at `sentAt` (local date `localDate`, New York). */
  async function sentPrompt(patient: { id: string; addresses: { address: string }[] }, sentAt: string, localDate: string, notAfter: string) {
    await enqueueOutbox(
      database.db,
      {
        idempotencyKey: `prompt:${patient.id}:${localDate}:${sentAt}`,
        kind: "prompt",
        channel: "sms",
        address: patient.addresses[0]!.address,
        body: "Time for today's exercises",
        patientId: patient.id,
        localDate,
        slot: "08:00",
        notAfter: new Date(notAfter),
      },
      new Date(sentAt),
    );
    await database.db.outboxMessage.updateMany({
      where: { idempotencyKey: `prompt:${patient.id}:${localDate}:${sentAt}` },
      data: { status: "sent", sentAt: new Date(sentAt), platformMessageId: `SM${sentAt}` },
    });
  }
  const inbound = (patient: { id: string; addresses: { address: string }[] }, at: string, body = "done") =>
    database.db.messageLog.create({
      data: { patientId: patient.id, direction: "inbound", channel: "sms", address: patient.addresses[0]!.address, body, platformMessageId: `SMin${at}`, createdAt: new Date(at) },
    });
  const nudges = () => database.db.outboxMessage.findMany({ where: { kind: "nudge" } });

  describe("nudges", () => {
    it("sends one gentle nudge after three silent hours, once per local day", async () => {
      const clinic = await aClinic(database.db);
      const rosa = await aPatient(database.db, clinic);
      await sentPrompt(rosa, "2026-03-10T12:00:00.000Z", "2026-03-10", "2026-03-11T00:59:59.999Z");

      clock.set("2026-03-10T14:59:00.000Z");
      expect((await scheduler().tick()).nudges).toBe(0);
      clock.set("2026-03-10T15:00:00.000Z");
      expect((await scheduler().tick()).nudges).toBe(1);
      clock.set("2026-03-10T16:00:00.000Z");
      expect((await scheduler().tick()).nudges).toBe(0);

      const [nudge] = await nudges();
      expect(nudge).toMatchObject({
        idempotencyKey: `nudge:${rosa.id}:2026-03-10`,
        patientId: rosa.id,
        channel: "sms",
        address: rosa.addresses[0]!.address,
        localDate: "2026-03-10",
        status: "pending",
      });
      expect(nudge!.body).toMatch(/checking in/);
      expect(nudge!.notAfter?.toISOString()).toBe("2026-03-11T00:59:59.999Z");
    });

    it("does not nudge a patient who replied", async () => {
      const clinic = await aClinic(database.db);
      const rosa = await aPatient(database.db, clinic);
      await sentPrompt(rosa, "2026-03-10T12:00:00.000Z", "2026-03-10", "2026-03-11T00:59:59.999Z");
      await inbound(rosa, "2026-03-10T12:30:00.000Z");
      clock.set("2026-03-10T15:30:00.000Z");
      expect((await scheduler().tick()).nudges).toBe(0);
    });

    it("never nudges in quiet hours", async () => {
      const clinic = await aClinic(database.db);
      const rosa = await aPatient(database.db, clinic, { quiet: { start: "21:00", end: "07:00" } });
      // Evening prompt at 19:00 local; three hours later is 22:00, inside quiet hours until tomorrow.
      await sentPrompt(rosa, "2026-03-10T23:00:00.000Z", "2026-03-10", "2026-03-11T00:59:59.999Z");
      clock.set("2026-03-11T02:00:00.000Z");
      expect((await scheduler().tick()).nudges).toBe(0);
    });

    it("honours the configured delay", async () => {
      const clinic = await aClinic(database.db);
      const rosa = await aPatient(database.db, clinic);
      await sentPrompt(rosa, "2026-03-10T12:00:00.000Z", "2026-03-10", "2026-03-11T00:59:59.999Z");
      clock.set("2026-03-10T13:00:00.000Z");
      expect((await scheduler({ nudgeDelayMs: HOUR }).tick()).nudges).toBe(1);
    });
  });

  describe("three days without a reply", () => {
    it("raises one therapist escalation per streak of silence", async () => {
      const clinic = await aClinic(database.db);
      const rosa = await aPatient(database.db, clinic);
      await inbound(rosa, "2026-03-06T13:00:00.000Z");
      for (const day of ["07", "08", "09"]) await sentPrompt(rosa, `2026-03-${day}T12:00:00.000Z`, `2026-03-${day}`, `2026-03-${day}T23:59:00.000Z`);

      clock.set("2026-03-09T18:00:00.000Z"); // prompts on 3 days, but not yet 3 days since the first
      expect((await scheduler().tick()).escalations).toBe(0);
      clock.set("2026-03-10T12:30:00.000Z");
      expect((await scheduler().tick()).escalations).toBe(1);
      clock.set("2026-03-10T13:30:00.000Z");
      expect((await scheduler().tick()).escalations).toBe(0);
      const [escalation] = await database.db.escalation.findMany();
      expect(escalation).toMatchObject({ patientId: rosa.id, level: "therapist", status: "open" });
      expect(escalation!.reason).toMatch(/no reply/);

      // She answers, then goes quiet again for three more days: a new streak, a new escalation.
      await inbound(rosa, "2026-03-10T14:00:00.000Z");
      for (const day of ["11", "12", "13"]) await sentPrompt(rosa, `2026-03-${day}T12:00:00.000Z`, `2026-03-${day}`, `2026-03-${day}T23:59:00.000Z`);
      clock.set("2026-03-14T13:00:00.000Z");
      expect((await scheduler().tick()).escalations).toBe(1);
      expect(await database.db.escalation.count()).toBe(2);
    });

    it("leaves patients who answer alone", async () => {
      const clinic = await aClinic(database.db);
      const rosa = await aPatient(database.db, clinic);
      for (const day of ["07", "08", "09"]) {
        await sentPrompt(rosa, `2026-03-${day}T12:00:00.000Z`, `2026-03-${day}`, `2026-03-${day}T23:59:00.000Z`);
        await inbound(rosa, `2026-03-${day}T13:00:00.000Z`);
      }
      clock.set("2026-03-10T12:30:00.000Z");
      expect((await scheduler().tick()).escalations).toBe(0);
    });
  });

  describe("therapist digest", () => {
    it("queues the digest at the therapist's digest time in their zone, once", async () => {
      const clinic = await aClinic(database.db, { therapist: { notifyChannel: "sms", notifyAddress: "+14155550100", digestTime: "17:00" } });
      const rosa = await aPatient(database.db, clinic, { name: "Rosa Martinez" });
      const jon = await aPatient(database.db, clinic, { name: "Jon Park" });
      for (const d of ["2026-03-08", "2026-03-09", "2026-03-10"]) {
        await database.db.completion.create({ data: { patientId: rosa.id, localDate: d, status: "done" } });
      }
      await database.db.painReport.create({ data: { patientId: rosa.id, score: 4, text: "knee 4/10", localDate: "2026-03-10", createdAt: new Date("2026-03-10T13:00:00Z") } });
      await database.db.escalation.create({ data: { patientId: jon.id, level: "urgent", reason: "pain 8/10", summary: "", createdAt: new Date("2026-03-10T15:00:00Z") } });
      for (const day of ["06", "07", "08"]) await sentPrompt(jon, `2026-03-${day}T12:00:00.000Z`, `2026-03-${day}`, `2026-03-${day}T23:59:00.000Z`);

      const s = scheduler({ silenceCheckIntervalMs: 1e12 });
      await database.db.schedulerState.update({ where: { key: PLANNED_THROUGH_KEY }, data: { value: "2026-03-10T20:58:00.000Z" } });
      clock.set("2026-03-10T20:59:00.000Z"); // 16:59 in New York
      expect((await s.tick()).digests).toBe(0);
      clock.set("2026-03-10T21:00:00.000Z"); // 17:00
      expect((await s.tick()).digests).toBe(1);
      clock.set("2026-03-10T21:01:00.000Z");
      expect((await s.tick()).digests).toBe(0);

      const [digest] = await database.db.outboxMessage.findMany({ where: { kind: "digest" } });
      expect(digest).toMatchObject({
        idempotencyKey: `digest:${clinic.therapist.id}:2026-03-10`,
        therapistId: clinic.therapist.id,
        patientId: null,
        channel: "sms",
        address: "+14155550100",
        localDate: "2026-03-10",
      });
      expect(digest!.body).toContain("hepbot daily digest, 2026-03-10");
      expect(digest!.body).toContain("- Jon Park: urgent, pain 8/10");
      expect(digest!.body).toContain("- Rosa Martinez: 3/7 days, last pain 4/10");
      expect(digest!.body).toContain("- Jon Park: 0/7 days");
      expect(digest!.body).toContain("Not replying for 3+ days: Jon Park");
    });

    it("skips therapists with nowhere to send it", async () => {
      const clinic = await aClinic(database.db, { therapist: { digestTime: "17:00" } });
      await aPatient(database.db, clinic);
      await database.db.schedulerState.update({ where: { key: PLANNED_THROUGH_KEY }, data: { value: "2026-03-10T20:58:00.000Z" } });
      clock.set("2026-03-10T21:00:00.000Z");
      expect((await scheduler().tick()).digests).toBe(0);
      expect(await database.db.outboxMessage.count()).toBe(0);
    });
  });
});
