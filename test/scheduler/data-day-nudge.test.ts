import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { PLANNED_THROUGH_KEY } from "../../src/scheduler/scheduler-state.js";
import { createPipelineHarness, type PipelineHarness } from "../support/pipeline-harness.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { aClinic, aPatient, manualClock } from "./fixtures.js";

const ASK_EN = "Reply 1 if you did today's exercises.";
const ASK_ES = "Responda 1 si hizo los ejercicios de hoy.";

describe.each(TEST_PROVIDERS)("the data-day nudge in planned prompts on %s", (provider) => {
  let database: TestDatabase;
  // 2026-03-10 08:00:30 in New York (EDT).
  const clock = manualClock("2026-03-10T12:00:30.000Z");
  beforeEach(async () => {
    database = await createTestDatabase(provider);
    clock.set(new Date("2026-03-10T12:00:30.000Z"));
  });
  afterEach(async () => database.drop());

  const tick = async (from: string) => {
    await database.db.schedulerState.upsert({ where: { key: PLANNED_THROUGH_KEY }, create: { key: PLANNED_THROUGH_KEY, value: from }, update: { value: from } });
    return createScheduler({ db: database.db, logger: silentLogger(), clock, videoBaseUrl: "https://v.example/", silenceCheckIntervalMs: 1e12 }).tick();
  };
  // Replies on `count` days from 2026-02-18 (the first monitoring day below), at noon New York time.
  const replies = async (patientId: string, count: number) => {
    for (let i = 0; i < count; i++) {
      await database.db.messageLog.create({ data: { patientId, direction: "inbound", channel: "sms", address: "+1", body: "done", createdAt: new Date(Date.UTC(2026, 1, 18 + i, 17)) } });
    }
  };

  it("asks once a day, only when the period is late and short; never when opted out; in the patient's language", async () => {
    const clinic = await aClinic(database.db);
    // Period 2026-02-18 … 2026-03-19: on 10 March it has 10 days left.
    const short = await aPatient(database.db, clinic, { name: "Short", startDate: "2026-02-18", reminderTimes: ["08:00", "18:00"] });
    const spanish = await aPatient(database.db, clinic, { name: "Corta", language: "es", startDate: "2026-02-18" });
    const early = await aPatient(database.db, clinic, { name: "Early", startDate: "2026-03-01" });
    const reached = await aPatient(database.db, clinic, { name: "Reached", startDate: "2026-02-18" });
    const optedOut = await aPatient(database.db, clinic, { name: "Out", startDate: "2026-02-18", consent: "opted_out" });
    await replies(short.id, 12);
    await replies(spanish.id, 12);
    await replies(reached.id, 16);
    await replies(optedOut.id, 3);
    // Queued earlier (a replayed window) without the ask: the stored prompt is not reworded, so no ask is recorded.
    const queued = await aPatient(database.db, clinic, { name: "Queued", startDate: "2026-02-18" });
    await replies(queued.id, 12);
    await database.db.outboxMessage.create({
      data: { idempotencyKey: `prompt:${queued.assignments[0]!.id}:2026-03-10:08:00`, kind: "prompt", patientId: queued.id, channel: "sms", address: "+1", body: "Time for today's exercises", localDate: "2026-03-10", slot: "08:00" },
    });

    await tick("2026-03-10T11:59:00.000Z");
    const bodies = async () =>
      new Map((await database.db.outboxMessage.findMany({ where: { kind: "prompt" }, orderBy: { createdAt: "asc" } })).map((r) => [`${r.patientId}|${r.slot}`, r.body]));
    const morning = await bodies();
    expect(morning.get(`${short.id}|08:00`)).toContain(ASK_EN);
    expect(morning.get(`${short.id}|08:00`)).not.toContain("Reply DONE");
    expect(morning.get(`${spanish.id}|08:00`)).toContain(ASK_ES);
    expect(morning.get(`${early.id}|08:00`)).not.toContain(ASK_EN);
    expect(morning.get(`${reached.id}|08:00`)).not.toContain(ASK_EN);
    expect([...morning.keys()].some((k) => k.startsWith(optedOut.id))).toBe(false);
    const asks = await database.db.dataDayAsk.findMany();
    expect(asks.map((a) => [a.patientId, a.localDate]).sort()).toEqual([[short.id, "2026-03-10"], [spanish.id, "2026-03-10"]].sort());

    // The evening prompt of the same day: at most one ask a day.
    clock.set(new Date("2026-03-10T22:00:30.000Z"));
    await tick("2026-03-10T21:59:00.000Z");
    const evening = (await bodies()).get(`${short.id}|18:00`);
    expect(evening).toBeDefined();
    expect(evening).not.toContain(ASK_EN);
    expect(await database.db.dataDayAsk.count()).toBe(2);
  });
});

describe.each(TEST_PROVIDERS)("a bare 1 after the nudge, through the pipeline on %s", (provider) => {
  let h: PipelineHarness;
  beforeEach(async () => {
    h = await createPipelineHarness(provider);
  });
  afterEach(async () => h.close());

  const sentPrompt = async (patientId: string, key: string, ask: boolean) => {
    const db = h.database.db;
    await db.outboxMessage.create({
      data: { idempotencyKey: key, kind: "prompt", patientId, channel: "local", address: patientId, body: "Time for today's exercises", localDate: "2026-06-10", status: "sent", sentAt: new Date(h.clock.now.getTime() - 60_000) },
    });
    if (ask) await db.dataDayAsk.create({ data: { patientId, localDate: "2026-06-10", promptKey: key } });
  };

  it("is read as done when the last prompt asked for it, and recorded as a completion", async () => {
    await sentPrompt(h.personas.harold, "prompt:harold", true);
    await h.say(h.personas.harold, "1");
    const reading = await h.database.db.reading.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(reading).toMatchObject({ kind: "done", rule: "answer-one-to-prompt" });
    expect(await h.database.db.completion.count({ where: { patientId: h.personas.harold, status: "done" } })).toBe(1);
  });

  it("is not a completion when the prompt did not ask", async () => {
    await sentPrompt(h.personas.dana, "prompt:dana", false);
    await h.say(h.personas.dana, "1");
    const reading = await h.database.db.reading.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(reading.kind).not.toBe("done");
    expect(await h.database.db.completion.count({ where: { patientId: h.personas.dana } })).toBe(0);
  });
});
