import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, tableCounts, type Harness } from "./harness.js";

const newPatient = { name: "Pat Quinn", language: "en", timeZone: "America/Chicago", phone: "+15551230001", program: "knee-replacement-early", reminderTimes: ["09:30"] };

describe.each(TEST_PROVIDERS)("patients API on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  it("lists only the caller's patients (an admin: the clinic's) with 7- and 30-day adherence, and audits the read", async () => {
    const alice = await h.request("GET", "/api/patients", { cookie: h.alice.cookie });
    expect(alice.status).toBe(200);
    expect(alice.body.patients.map((p: any) => p.id).sort()).toEqual([...h.alice.patientIds, h.bob.patientId].sort());
    expect(alice.body.patients[0]).toMatchObject({ adherence: { last7: null, last30: null }, paused: false, openEscalations: 0 });
    const bob = await h.request("GET", "/api/patients", { cookie: h.bob.cookie });
    expect(bob.body.patients.map((p: any) => p.id)).toEqual([h.bob.patientId]);
    const carol = await h.request("GET", "/api/patients", { cookie: h.carol.cookie });
    expect(carol.body.patients).toEqual([]);
    expect(await h.db.auditEvent.count({ where: { action: "patient.list", actor: `therapist:${h.alice.id}` } })).toBe(1);
  });

  it("creates a patient for the caller with addPatient, and rejects bad input with a clear 400 writing nothing", async () => {
    const created = await h.request("POST", "/api/patients", { cookie: h.bob.cookie, body: newPatient });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Pat Quinn", therapistId: h.bob.id, reminderTimes: ["09:30"], assignments: [{ program: "knee-replacement-early", status: "active" }] });
    expect(await h.db.auditEvent.count({ where: { action: "patient.create", entityId: created.body.id } })).toBe(1);

    const before = await tableCounts(h.db);
    const cases: Array<[unknown, RegExp]> = [
      [{ ...newPatient, phone: "555" }, /phone: must be an E\.164/],
      [{ ...newPatient, phone: "+15551230002", timeZone: "Mars/Olympus" }, /timeZone/],
      [{ ...newPatient, phone: "+15551230002", language: "fr" }, /language: must be en or es/],
      [{ ...newPatient, phone: "+15551230002", reminderTimes: ["25:00"] }, /reminderTimes\.0/],
      [{ ...newPatient, phone: "+15551230002", program: "no-such-program" }, /unknown program/],
      [{ ...newPatient, phone: "+15551230002", whatsapp: "+34600111000" }, /whatsappOptIn: must be true/],
      [{ language: "en" }, /name.*timeZone|timeZone.*name/s],
    ];
    for (const [body, message] of cases) {
      const response = await h.request("POST", "/api/patients", { cookie: h.bob.cookie, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("invalid_input");
      expect(response.body.error.message).toMatch(message);
    }
    const duplicate = await h.request("POST", "/api/patients", { cookie: h.bob.cookie, body: newPatient });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe("conflict");
    // Another clinic's admin gets the very same answer: nothing says whose patient has the number.
    const acrossClinics = await h.request("POST", "/api/patients", { cookie: h.carol.cookie, body: newPatient });
    expect(acrossClinics.status).toBe(409);
    expect(acrossClinics.body).toEqual(duplicate.body);
    expect(JSON.stringify(acrossClinics.body)).not.toMatch(/patient|clinic/i);
    // A plain therapist may not enroll for someone else.
    const forOther = await h.request("POST", "/api/patients", { cookie: h.bob.cookie, body: { ...newPatient, phone: "+15551230003", therapistId: h.alice.id } });
    expect(forOther.status).toBe(403);
    expect(await tableCounts(h.db)).toEqual(before);
  });

  it("shows and updates one patient, with consent history; partial and bad updates", async () => {
    const id = h.alice.patientIds[0]!;
    const shown = await h.request("GET", `/api/patients/${id}`, { cookie: h.alice.cookie });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id, consent: { state: "opted_in" } });
    const updated = await h.request("PATCH", `/api/patients/${id}`, {
      cookie: h.alice.cookie,
      body: { name: "Renamed", reminderTimes: ["18:00", "07:30"], quietHours: { start: "22:00", end: "07:00" }, language: "es" },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: "Renamed", language: "es", reminderTimes: ["07:30", "18:00"], quietHours: { start: "22:00", end: "07:00" } });
    const cleared = await h.request("PATCH", `/api/patients/${id}`, { cookie: h.alice.cookie, body: { quietHours: null } });
    expect(cleared.body.quietHours).toBeNull();

    const snapshot = await h.db.patient.findUniqueOrThrow({ where: { id } });
    for (const body of [{}, { timeZone: "Nowhere" }, { reminderTimes: [] }, { unknownField: 1 }, { name: "" }]) {
      const response = await h.request("PATCH", `/api/patients/${id}`, { cookie: h.alice.cookie, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(await h.db.patient.findUniqueOrThrow({ where: { id } })).toEqual(snapshot);

    await h.db.patient.update({ where: { id }, data: { consent: "opted_out", consentSource: "sms:STOP" } });
    await h.db.consentEvent.create({ data: { patientId: id, state: "opted_out", source: "sms:STOP", at: new Date("2025-03-12T16:00:00Z") } });
    const consent = await h.request("GET", `/api/patients/${id}/consent`, { cookie: h.alice.cookie });
    expect(consent.body).toMatchObject({ state: "opted_out", source: "sms:STOP", history: [{ state: "opted_in", source: "enrollment" }, { state: "opted_out", source: "sms:STOP" }] });
    const actions = (await h.db.auditEvent.findMany({ where: { entity: "patient", entityId: id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["patient.view", "patient.update", "consent.view"]));
  });

  it("makes enrollment codes with a Telegram deep link, and validates them", async () => {
    const id = h.alice.patientIds[0]!;
    const code = await h.request("POST", `/api/patients/${id}/enrollment-codes`, { cookie: h.alice.cookie, body: { channel: "telegram" } });
    expect(code.status).toBe(201);
    expect(code.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(code.body.telegramLink).toBe(`https://t.me/hepbot_demo_bot?start=${code.body.code}`);
    expect(new Date(code.body.expiresAt).getTime() - h.clock.now().getTime()).toBe(72 * 3_600_000);
    const teams = await h.request("POST", `/api/patients/${id}/enrollment-codes`, { cookie: h.alice.cookie, body: { channel: "teams", ttlHours: 1 } });
    expect(teams.body.telegramLink).toBeNull();
    const listed = await h.request("GET", `/api/patients/${id}/enrollment-codes`, { cookie: h.alice.cookie });
    expect(listed.body.codes).toHaveLength(2);
    const before = await h.db.enrollmentCode.count();
    for (const body of [{ channel: "sms" }, { channel: "telegram", ttlHours: 0 }, {}]) {
      expect((await h.request("POST", `/api/patients/${id}/enrollment-codes`, { cookie: h.alice.cookie, body })).status).toBe(400);
    }
    expect(await h.db.enrollmentCode.count()).toBe(before);
  });

  it("pauses (cancelling pending prompts) and resumes", async () => {
    const id = h.alice.patientIds[1]!;
    await h.db.outboxMessage.create({ data: { idempotencyKey: "p1", kind: "prompt", patientId: id, channel: "sms", address: "+1", body: "x", status: "pending" } });
    const paused = await h.request("POST", `/api/patients/${id}/pause`, { cookie: h.alice.cookie, body: { until: "2025-03-20", reason: "surgery" } });
    expect(paused.status).toBe(200);
    expect(await h.db.patient.findUniqueOrThrow({ where: { id } })).toMatchObject({ pausedUntil: "2025-03-20", pauseReason: "surgery" });
    expect((await h.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "p1" } })).status).toBe("cancelled");
    expect((await h.request("POST", `/api/patients/${id}/pause`, { cookie: h.alice.cookie, body: { until: "soon" } })).status).toBe(400);
    expect((await h.request("POST", `/api/patients/${id}/resume`, { cookie: h.alice.cookie })).status).toBe(200);
    expect((await h.db.patient.findUniqueOrThrow({ where: { id } })).pausedAt).toBeNull();
  });

  it("answers 404, leaking nothing, for another therapist's or clinic's patient on every patient route", async () => {
    const theirs = h.alice.patientIds[0]!;
    const missing = "does-not-exist";
    const before = await tableCounts(h.db);
    const routes: Array<[string, string, unknown?]> = [
      ["GET", ""],
      ["PATCH", "", { name: "x" }],
      ["GET", "/consent"],
      ["GET", "/adherence"],
      ["POST", "/pause", {}],
      ["POST", "/resume"],
      ["POST", "/enrollment-codes", { channel: "telegram" }],
      ["GET", "/enrollment-codes"],
      ["POST", "/assignments", { programId: "x" }],
      ["GET", "/messages"],
      ["POST", "/messages", { text: "hello" }],
      ["GET", "/audit"],
      ["GET", "/fhir"],
    ];
    for (const cookie of [h.bob.cookie, h.carol.cookie]) {
      for (const [method, suffix, body] of routes) {
        const other = await h.request(method, `/api/patients/${theirs}${suffix}`, { cookie, body });
        const none = await h.request(method, `/api/patients/${missing}${suffix}`, { cookie, body });
        expect(other.status, `${method} ${suffix}`).toBe(404);
        expect(other.body.error.code).toBe("not_found");
        expect(other.text).not.toContain("Harold");
        expect(other.body.error.message.replace(theirs, "ID")).toBe(none.body.error.message.replace(missing, "ID"));
      }
    }
    expect(await tableCounts(h.db)).toEqual(before);
    // The admin of the same clinic may see Bob's patient.
    expect((await h.request("GET", `/api/patients/${h.bob.patientId}`, { cookie: h.alice.cookie })).status).toBe(200);
  });
});
