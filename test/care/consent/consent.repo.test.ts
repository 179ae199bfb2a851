import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { optIn, optOut, pause, resume } from "../../../src/care/consent/consent.repo.js";
import { enqueueOutbox } from "../../../src/outbox/outbox.repo.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../../support/databases.js";
import { aClinic, aPatient } from "../../scheduler/fixtures.js";

const NOW = new Date("2026-06-10T14:00:00.000Z");

describe.each(TEST_PROVIDERS)("consent repository on %s", (provider) => {
  let database: TestDatabase;
  let patientId: string;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    patientId = (await aPatient(database.db, await aClinic(database.db))).id;
  });
  afterEach(async () => {
    await database.drop();
  });

  const history = async () =>
    (await database.db.consentEvent.findMany({ where: { patientId }, orderBy: { at: "asc" } })).map((e) => `${e.state}:${e.source}`);
  const patient = () => database.db.patient.findUniqueOrThrow({ where: { id: patientId } });
  async function aPendingPrompt(key: string) {
    await enqueueOutbox(database.db, { idempotencyKey: key, kind: "prompt", channel: "sms", address: "+15550100", body: "Exercises", patientId }, NOW);
  }
  const statuses = async () => (await database.db.outboxMessage.findMany({ where: { patientId }, orderBy: { idempotencyKey: "asc" } })).map((r) => r.status);

  it("opts out once: the second opt-out changes and records nothing; prompts waiting are cancelled", async () => {
    await aPendingPrompt("p1");
    expect(await optOut(database.db, patientId, "sms:message", NOW)).toBe(true);
    expect(await optOut(database.db, patientId, "platform:sms", new Date(NOW.getTime() + 1000))).toBe(false);
    expect(await patient()).toMatchObject({ consent: "opted_out", consentSource: "sms:message", consentChangedAt: NOW });
    expect(await history()).toEqual(["opted_out:sms:message"]);
    expect(await statuses()).toEqual(["cancelled"]);
  });

  it("opts back in once", async () => {
    expect(await optIn(database.db, patientId, "sms:message", NOW)).toBe(false); // enrolled opted in
    await optOut(database.db, patientId, "sms:message", NOW);
    expect(await optIn(database.db, patientId, "sms:message", NOW)).toBe(true);
    expect(await optIn(database.db, patientId, "sms:message", NOW)).toBe(false);
    expect(await history()).toEqual(["opted_out:sms:message", "opted_in:sms:message"]);
    expect((await patient()).consent).toBe("opted_in");
  });

  it("pauses from now: cancels prompts waiting; the same pause again records nothing; a new end date does", async () => {
    await aPendingPrompt("p1");
    const request = { untilLocalDate: "2026-06-20", reason: "surgery", source: "therapist" };
    expect(await pause(database.db, patientId, request, NOW)).toBe(true);
    expect(await pause(database.db, patientId, request, NOW)).toBe(false);
    expect(await pause(database.db, patientId, { ...request, untilLocalDate: null }, NOW)).toBe(true);
    expect(await patient()).toMatchObject({ pausedAt: NOW, pausedFrom: null, pausedUntil: null, pauseReason: "surgery" });
    expect(await history()).toEqual(["paused:therapist", "paused:therapist"]);
    expect(await statuses()).toEqual(["cancelled"]);
  });

  it("a pause asked for ahead leaves the prompts waiting, and replaces the start of an earlier one", async () => {
    await aPendingPrompt("p1");
    await pause(database.db, patientId, { fromLocalDate: "2026-06-20", untilLocalDate: "2026-06-28", reason: "patient asked", source: "sms:message" }, NOW);
    expect(await statuses()).toEqual(["pending"]);
    await pause(database.db, patientId, { untilLocalDate: null, reason: "therapist", source: "therapist" }, NOW);
    expect(await patient()).toMatchObject({ pausedFrom: null, pausedUntil: null });
    expect(await statuses()).toEqual(["cancelled"]);
  });

  it("resumes once, clearing the whole pause", async () => {
    expect(await resume(database.db, patientId, "therapist", NOW)).toBe(false);
    await pause(database.db, patientId, { fromLocalDate: "2026-06-20", untilLocalDate: "2026-06-28", reason: "patient asked", source: "sms:message" }, NOW);
    expect(await resume(database.db, patientId, "therapist", NOW)).toBe(true);
    expect(await resume(database.db, patientId, "therapist", NOW)).toBe(false);
    expect(await patient()).toMatchObject({ pausedAt: null, pausedFrom: null, pausedUntil: null, pauseReason: null });
    expect(await history()).toEqual(["paused:sms:message", "resumed:therapist"]);
  });
});
