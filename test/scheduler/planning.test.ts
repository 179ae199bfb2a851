import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { createScheduler, DEFAULT_PLANNING_LEASE_MS, type SchedulerOptions } from "../../src/scheduler/scheduler.js";
import { acquireLease, PLANNED_THROUGH_KEY, PLANNER_LOCK_KEY } from "../../src/scheduler/scheduler-state.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { splitMoves } from "../../src/care/programs/program-moves.js";
import { assignmentsOnProgram, moveAssignments } from "../../src/care/programs/programs.repo.js";
import { aClinic, aPatient, manualClock } from "./fixtures.js";

// 2026-03-10 is a Tuesday; New York is on EDT (UTC-4) since March 8.
const VIDEO_BASE = "https://videos.riverside.example/hep/";

describe.each(TEST_PROVIDERS)("planning job on %s", (provider) => {
  let database: TestDatabase;
  let clock: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    database = await createTestDatabase(provider);
    clock = manualClock("2026-03-10T12:00:30.000Z");
  });
  afterEach(async () => {
    await database.drop();
  });

  const scheduler = (overrides: Partial<SchedulerOptions> = {}) =>
    createScheduler({ db: database.db, logger: silentLogger(), clock, videoBaseUrl: VIDEO_BASE, silenceCheckIntervalMs: 1e12, ...overrides });
  const plannedThrough = async (iso: string) => {
    await database.db.schedulerState.upsert({ where: { key: PLANNED_THROUGH_KEY }, create: { key: PLANNED_THROUGH_KEY, value: iso }, update: { value: iso } });
  };
  const prompts = () => database.db.outboxMessage.findMany({ where: { kind: "prompt" }, orderBy: { idempotencyKey: "asc" } });

  it("turns due prompts into outbox rows exactly once across repeated and overlapping ticks", async () => {
    const clinic = await aClinic(database.db);
    const patients = [];
    for (const name of ["Rosa", "Jon", "Mei"]) patients.push(await aPatient(database.db, clinic, { name }));
    await plannedThrough("2026-03-10T11:59:00.000Z");
    let woken = 0;
    const dispatcher = { wake: () => void woken++ };

    const first = await scheduler({ dispatcher }).tick();
    expect(first.planning).toMatchObject({ assignments: 3, due: 3, enqueued: 3 });
    expect(woken).toBe(1);
    const rows = await prompts();
    expect(rows).toHaveLength(3);
    const rosa = patients[0]!;
    const rosaRow = rows.find((r) => r.patientId === rosa.id)!;
    expect(rosaRow).toMatchObject({
      idempotencyKey: `prompt:${rosa.assignments[0]!.id}:2026-03-10:08:00`,
      status: "pending",
      channel: "sms",
      address: rosa.addresses[0]!.address,
      assignmentId: rosa.assignments[0]!.id,
      localDate: "2026-03-10",
      slot: "08:00",
    });
    expect(JSON.parse(rosaRow.quickReplies!)).toEqual(["done", "partial", "not_done", "pain"]);
    // Quiet hours start at 21:00 local: the prompt may not go out after 20:59:59.999.
    expect(rosaRow.notAfter?.toISOString()).toBe("2026-03-11T00:59:59.999Z");
    expect(rosaRow.nextAttemptAt.toISOString()).toBe("2026-03-10T12:00:30.000Z");
    expect(rosaRow.body).toContain("Quad sets 3x10, hold 5 s");
    expect(rosaRow.body).toContain(`${VIDEO_BASE}knee/quad-sets.mp4`);
    expect(rosaRow.body).toContain("https://videos.example.org/heel-slides");
    expect(rosaRow.body).toContain("Reply DONE, SOME, NOT TODAY or PAIN 0-10");

    // The same tick again, two replicas at once, and a window forced back over the same minute.
    expect((await scheduler().tick()).planning).toBeUndefined();
    await Promise.all([scheduler().tick(), scheduler().tick(), scheduler().tick()]);
    await plannedThrough("2026-03-10T11:00:00.000Z");
    const replay = await scheduler().tick();
    expect(replay.planning).toMatchObject({ due: 3, enqueued: 0 });
    clock.advance(60_000);
    await Promise.all([scheduler().tick(), scheduler().tick()]);
    expect(await prompts()).toHaveLength(3);
  });

  it("plans overlapping ticks of one scheduler once", async () => {
    const clinic = await aClinic(database.db);
    await aPatient(database.db, clinic);
    await plannedThrough("2026-03-10T11:59:00.000Z");
    const s = scheduler();
    const [a, b] = await Promise.all([s.tick(), s.tick()]);
    expect(a).toBe(b);
    expect(await prompts()).toHaveLength(1);
  });

  it("skips opted-out and paused patients, and resumes a pause on its end date", async () => {
    const clinic = await aClinic(database.db);
    await aPatient(database.db, clinic, { name: "Out", consent: "opted_out" });
    await aPatient(database.db, clinic, { name: "Paused", pausedAt: new Date("2026-03-01T00:00:00Z") });
    await aPatient(database.db, clinic, { name: "Paused till tomorrow", pausedAt: new Date("2026-03-01T00:00:00Z"), pausedUntil: "2026-03-11" });
    const back = await aPatient(database.db, clinic, { name: "Back today", pausedAt: new Date("2026-03-01T00:00:00Z"), pausedUntil: "2026-03-10" });
    const ended = await aPatient(database.db, clinic, { name: "Ended" });
    await database.db.assignment.updateMany({ where: { patientId: ended.id }, data: { status: "ended" } });
    await plannedThrough("2026-03-10T11:59:00.000Z");

    const result = await scheduler().tick();

    expect(result.planning).toMatchObject({ assignments: 4, enqueued: 1 });
    expect((await prompts()).map((r) => r.patientId)).toEqual([back.id]);
  });

  it("catches up after downtime within the day, and never queues a prompt whose time has passed", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic, { name: "Rosa", reminderTimes: ["08:00", "11:00"] });
    // 20:30 yesterday: its window closed at 21:00 yesterday (quiet hours).
    await aPatient(database.db, clinic, { name: "Late", reminderTimes: ["20:30"] });
    await plannedThrough("2026-03-09T10:00:00.000Z"); // down for 30 hours
    clock.set("2026-03-10T16:00:00.000Z"); // noon in New York

    const result = await scheduler().tick();

    // The window is capped at 24 h back.
    expect(result.window?.from.toISOString()).toBe("2026-03-09T16:00:00.000Z");
    expect(result.planning).toMatchObject({ enqueued: 2, missed: 1 });
    expect((await prompts()).map((r) => [r.patientId, r.slot])).toEqual(
      expect.arrayContaining([
        [rosa.id, "08:00"],
        [rosa.id, "11:00"],
      ]),
    );
    expect((await database.db.schedulerState.findUniqueOrThrow({ where: { key: PLANNED_THROUGH_KEY } })).value).toBe("2026-03-10T16:00:00.000Z");
  });

  it("starts a fresh database 24 h back", async () => {
    const clinic = await aClinic(database.db);
    await aPatient(database.db, clinic, { reminderTimes: ["07:00"] });
    const result = await scheduler().tick();
    expect(result.window?.from.toISOString()).toBe("2026-03-09T12:00:30.000Z");
    expect(result.planning).toMatchObject({ enqueued: 1 });
  });

  it("holds a prompt while the patient is in the middle of a conversation", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic);
    await database.db.messageLog.create({
      data: { patientId: rosa.id, direction: "inbound", channel: "sms", address: rosa.addresses[0]!.address, body: "how do I do heel slides?", platformMessageId: "SMin1", createdAt: new Date("2026-03-10T11:55:00Z") },
    });
    await database.db.messageLog.create({
      data: { patientId: rosa.id, direction: "outbound", channel: "sms", address: rosa.addresses[0]!.address, body: "Lie on your back…", platformMessageId: "SMout1", createdAt: new Date("2026-03-10T11:56:00Z") },
    });
    await plannedThrough("2026-03-10T11:59:00.000Z");
    await scheduler().tick();
    const [row] = await prompts();
    // 15 quiet minutes after our reply at 11:56.
    expect(row!.nextAttemptAt.toISOString()).toBe("2026-03-10T12:11:00.000Z");
  });

  it("writes in the patient's language and formats for their channel", async () => {
    const clinic = await aClinic(database.db);
    const ana = await aPatient(database.db, clinic, { name: "Ana", language: "es", phone: null, telegram: "5551234" });
    await plannedThrough("2026-03-10T11:59:00.000Z");
    await scheduler({ enabledChannels: ["telegram", "sms"] }).tick();
    const [row] = await prompts();
    expect(row).toMatchObject({ patientId: ana.id, channel: "telegram", address: "5551234" });
    expect(row!.body).toContain("Hora de sus ejercicios de hoy (3):");
    expect(row!.body).toContain("Contracciones de cuádriceps: 3 series de 10, mantener 5 segundos");
    expect(row!.body).toContain("Toque un botón");
  });

  it("the next prompt refers back to the barrier the patient named yesterday (issue #12)", async () => {
    const clinic = await aClinic(database.db);
    const harold = await aPatient(database.db, clinic);
    await database.db.messageLog.create({
      data: { patientId: harold.id, direction: "inbound", channel: "sms", address: harold.addresses[0]!.address, body: "couldn't do them, meetings all day", platformMessageId: "SMbarrier1", createdAt: new Date("2026-03-09T22:00:00Z") },
    });
    await plannedThrough("2026-03-10T11:59:00.000Z");
    await scheduler().tick();
    const [row] = await prompts();
    expect(row!.body.split("\n")[0]).toBe("Yesterday the meetings got in the way. Here's today's, whenever it fits.");
    expect(row!.body).not.toMatch(/\?/);
  });

  it("tells a patient moved to a new program version what changed, in their next prompt only; one kept back hears nothing (issue #14)", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic, { name: "Rosa" });
    const ana = await aPatient(database.db, clinic, { name: "Ana", language: "es", phone: null, telegram: "5551236" });
    const jon = await aPatient(database.db, clinic, { name: "Jon" });
    const v1 = await database.db.programItem.findMany({ where: { programVersionId: clinic.programVersion.id }, orderBy: { position: "asc" } });
    // Version 2: quad sets held 5 minutes in 1 set, straight leg raise dropped.
    const v2 = await database.db.programVersion.create({
      data: {
        programId: clinic.programVersion.programId,
        version: 2,
        items: { create: [{ position: 1, exerciseId: v1[0]!.exerciseId, sets: 1, reps: 10, holdSeconds: 300 }, { position: 2, exerciseId: v1[1]!.exerciseId, sets: 2, reps: 15 }] },
      },
    });
    const onProgram = await assignmentsOnProgram(database.db, clinic.programVersion.programId, { clinicId: clinic.clinic.id });
    const { move, keep } = splitMoves(onProgram, v2.id, [jon.assignments[0]!.id]);
    expect(keep.map((a) => a.patientId)).toEqual([jon.id]);
    await moveAssignments(database.db, move, v2.id, `therapist:${clinic.therapist.id}`, clock());

    await plannedThrough("2026-03-10T11:59:00.000Z");
    await scheduler({ enabledChannels: ["telegram", "sms"] }).tick();
    const body = async (id: string) => (await prompts()).find((r) => r.patientId === id)!.body;
    expect((await body(rosa.id)).split("\n")[0]).toBe("Your therapist updated your program: Quad sets now 1x10, hold 5 min; stopped Straight leg raise.");
    expect(await body(rosa.id)).not.toContain("Straight leg raise 3x10");
    expect((await body(ana.id)).split("\n")[0]).toBe("Su terapeuta ha cambiado su programa: Contracciones de cuádriceps ahora 1 serie de 10, mantener 5 minutos; ya no: Elevación de pierna recta.");
    expect(await body(jon.id)).toMatch(/^Time for today's exercises:\n1\) Quad sets 3x10, hold 5 s/);
    const moves = await database.db.programMove.findMany({ orderBy: { patientId: "asc" } });
    expect(moves).toHaveLength(2);
    expect(moves.every((m) => m.announcedAt !== null && m.fromVersionId === clinic.programVersion.id && m.toVersionId === v2.id)).toBe(true);

    // The day after: the program as usual, no announcement again.
    clock.set("2026-03-11T12:00:30.000Z");
    await scheduler({ enabledChannels: ["telegram", "sms"] }).tick();
    const rosaPrompts = (await prompts()).filter((r) => r.patientId === rosa.id);
    expect(rosaPrompts).toHaveLength(2);
    expect(rosaPrompts[1]!.body).toMatch(/^Time for today's exercises:\n1\) Quad sets 1x10, hold 5 min/);
  });

  it("says tú in Spanish prompts when the clinic chose tú (issue #12)", async () => {
    const clinic = await aClinic(database.db);
    await database.db.clinic.update({ where: { id: clinic.clinic.id }, data: { spanishRegister: "tu" } });
    await aPatient(database.db, clinic, { name: "Ana", language: "es", phone: null, telegram: "5551235" });
    await plannedThrough("2026-03-10T11:59:00.000Z");
    await scheduler({ enabledChannels: ["telegram", "sms"] }).tick();
    const [row] = await prompts();
    expect(row!.body).toContain("Hora de tus ejercicios de hoy (3):");
    expect(row!.body).toContain("Toca un botón");
  });

  it("prompts go to the address the patient last answered from, unless the therapist chose a channel (issue #14)", async () => {
    const clinic = await aClinic(database.db);
    const rosa = await aPatient(database.db, clinic, { telegram: "4242" });
    // SMS was given first (preferred); the patient then wrote from Telegram.
    await database.db.messageLog.create({
      data: { patientId: rosa.id, direction: "inbound", channel: "telegram", address: "4242", body: "hi", platformMessageId: "tg-1", createdAt: new Date("2026-03-09T20:00:00Z") },
    });
    await plannedThrough("2026-03-10T11:59:00.000Z");
    await scheduler({ enabledChannels: ["telegram", "sms"] }).tick();
    expect((await prompts()).map((r) => r.channel)).toEqual(["telegram"]);

    await database.db.channelPreference.create({ data: { patientId: rosa.id, channel: "sms", setBy: "therapist:x" } });
    clock.set("2026-03-11T12:00:30.000Z");
    await scheduler({ enabledChannels: ["telegram", "sms"] }).tick();
    expect((await prompts()).map((r) => r.channel)).toEqual(["telegram", "sms"]);
  });

  it("sends to an enabled channel when the preferred one is off", async () => {
    const clinic = await aClinic(database.db);
    await aPatient(database.db, clinic, { telegram: "777" });
    await plannedThrough("2026-03-10T11:59:00.000Z");
    await scheduler({ enabledChannels: ["telegram"] }).tick();
    expect((await prompts())[0]).toMatchObject({ channel: "telegram", address: "777" });
  });

  it("stays idle when another replica holds the planning lease", async () => {
    const clinic = await aClinic(database.db);
    await aPatient(database.db, clinic);
    await plannedThrough("2026-03-10T11:59:00.000Z");
    await database.db.schedulerState.create({ data: { key: "planner.lock", value: "other|2026-03-10T12:05:00.000Z" } });
    expect(await scheduler().tick()).toEqual({ skipped: true });
    clock.set("2026-03-10T12:05:01.000Z"); // the other replica died: its lease ran out
    expect((await scheduler().tick()).planning).toMatchObject({ enqueued: 1 });
  });

  it("plans, one tick late, the window of a replica that died holding the default lease", async () => {
    const clinic = await aClinic(database.db);
    await aPatient(database.db, clinic); // reminded at 08:00 New York, 12:00 UTC
    await plannedThrough("2026-03-10T11:59:00.000Z");
    // The 12:00 tick: a replica takes the lease as any scheduler does, and dies inside the tick.
    clock.set("2026-03-10T11:59:59.500Z");
    expect(await acquireLease(database.db, PLANNER_LOCK_KEY, "dead-replica", clock(), DEFAULT_PLANNING_LEASE_MS)).toBe(true);
    clock.set("2026-03-10T12:00:00.200Z");
    expect(await scheduler().tick()).toEqual({ skipped: true });
    expect(await prompts()).toEqual([]);

    clock.set("2026-03-10T12:01:00.200Z"); // the next tick of the default cron
    const late = await scheduler().tick();
    expect(late.window?.from.toISOString()).toBe("2026-03-10T11:59:00.000Z");
    expect(late.planning).toMatchObject({ due: 1, enqueued: 1, missed: 0 });
    expect((await prompts())[0]!.nextAttemptAt.toISOString()).toBe("2026-03-10T12:01:00.200Z");
    // The tick let go of the lease: a third replica may plan at once.
    expect(await acquireLease(database.db, PLANNER_LOCK_KEY, "third", clock(), DEFAULT_PLANNING_LEASE_MS)).toBe(true);
  });
});
