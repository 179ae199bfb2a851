import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, tableCounts, type Harness } from "./harness.js";

describe.each(TEST_PROVIDERS)("adherence, escalations, messages and audit API on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  it("reports per-day adherence (prompted, done, partial, missed) and the pain series", async () => {
    const patientId = h.alice.patientIds[0]!;
    let n = 0;
    const prompt = (localDate: string, status = "sent") =>
      h.db.outboxMessage.create({ data: { idempotencyKey: `k${n++}`, kind: "prompt", patientId, channel: "sms", address: "+1", body: "b", localDate, status } });
    for (const date of ["2025-03-08", "2025-03-09", "2025-03-10", "2025-03-11", "2025-03-12"]) await prompt(date);
    await prompt("2025-03-10", "failed");
    await h.db.outboxMessage.create({ data: { idempotencyKey: "nudge", kind: "nudge", patientId, channel: "sms", address: "+1", body: "b", localDate: "2025-03-10", status: "sent" } });
    const complete = (localDate: string, status: string) => h.db.completion.create({ data: { patientId, localDate, status } });
    await complete("2025-03-07", "done");
    await complete("2025-03-08", "done");
    await complete("2025-03-09", "partial");
    await complete("2025-03-11", "done");
    await h.db.painReport.create({ data: { patientId, score: 6, text: "6", localDate: "2025-03-09", createdAt: new Date("2025-03-09T14:00:00Z") } });
    await h.db.painReport.create({ data: { patientId, score: 8, text: "8", localDate: "2025-03-11", createdAt: new Date("2025-03-11T14:00:00Z") } });
    await h.db.painReport.create({ data: { patientId, score: null, text: "sore", localDate: "2025-03-11" } });

    const response = await h.request("GET", `/api/patients/${patientId}/adherence?from=2025-03-06&to=2025-03-12`, { cookie: h.alice.cookie });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ from: "2025-03-06", to: "2025-03-12", today: "2025-03-12", rate: 0.7 });
    expect(response.body.days.map((d: any) => [d.date, d.prompted, d.done, d.partial, d.missed, d.status])).toEqual([
      ["2025-03-06", 0, 0, 0, false, "none"],
      ["2025-03-07", 0, 1, 0, false, "done"],
      ["2025-03-08", 1, 1, 0, false, "done"],
      ["2025-03-09", 1, 0, 1, false, "partial"],
      ["2025-03-10", 1, 0, 0, true, "missed"],
      ["2025-03-11", 1, 1, 0, false, "done"],
      ["2025-03-12", 1, 0, 0, false, "pending"],
    ]);
    expect(response.body.pain).toEqual([
      { date: "2025-03-09", at: "2025-03-09T14:00:00.000Z", score: 6 },
      { date: "2025-03-11", at: "2025-03-11T14:00:00.000Z", score: 8 },
    ]);
    const defaults = await h.request("GET", `/api/patients/${patientId}/adherence`, { cookie: h.alice.cookie });
    expect(defaults.body).toMatchObject({ from: "2025-02-11", to: "2025-03-12" });
    expect(defaults.body.days).toHaveLength(30);
    const list = await h.request("GET", "/api/patients", { cookie: h.alice.cookie });
    expect(list.body.patients.find((p: any) => p.id === patientId).adherence).toEqual({ last7: 0.7, last30: 0.7 });

    for (const query of ["from=2025-03-12&to=2025-03-01", "from=2020-01-01&to=2025-03-12", "from=12/03/2025", "days=7"]) {
      const bad = await h.request("GET", `/api/patients/${patientId}/adherence?${query}`, { cookie: h.alice.cookie });
      expect(bad.status, query).toBe(400);
    }
    expect(await h.db.auditEvent.count({ where: { action: "adherence.view", entityId: patientId } })).toBe(2);
  });

  it("lists escalations unhandled and most urgent first, acknowledges and resolves them", async () => {
    const [harold, rosa] = h.alice.patientIds as [string, string];
    const make = (patientId: string, level: string, status: string, minutesAgo: number, reason: string) =>
      h.db.escalation.create({ data: { patientId, level, status, reason, summary: `${reason} summary`, createdAt: new Date(h.clock.now().getTime() - minutesAgo * 60_000) } });
    const oldTherapist = await make(harold, "therapist", "open", 300, "missed three days");
    const emergency = await make(rosa, "emergency", "open", 10, "chest pain");
    const acknowledged = await make(harold, "urgent", "acknowledged", 5, "pain 8");
    await make(rosa, "therapist", "resolved", 1000, "old");
    const bobs = await make(h.bob.patientId, "urgent", "open", 60, "swelling");

    const alice = await h.request("GET", "/api/escalations", { cookie: h.alice.cookie });
    expect(alice.body.escalations.map((e: any) => e.id)).toEqual([emergency.id, bobs.id, oldTherapist.id, acknowledged.id]);
    expect(alice.body.escalations[0]).toMatchObject({ patientName: "Rosa Delgado", level: "emergency", status: "open" });
    expect(alice.body.escalations[0]).not.toHaveProperty("dedupeKey");
    expect((await h.request("GET", "/api/escalations", { cookie: h.bob.cookie })).body.escalations.map((e: any) => e.id)).toEqual([bobs.id]);
    expect((await h.request("GET", "/api/escalations", { cookie: h.carol.cookie })).body.escalations).toEqual([]);
    const urgent = await h.request("GET", "/api/escalations?level=urgent,emergency&status=open", { cookie: h.alice.cookie });
    expect(urgent.body.escalations.map((e: any) => e.id)).toEqual([emergency.id, bobs.id]);
    expect((await h.request("GET", "/api/escalations?status=resolved", { cookie: h.alice.cookie })).body.escalations).toHaveLength(1);
    expect((await h.request("GET", "/api/escalations?status=closed", { cookie: h.alice.cookie })).status).toBe(400);

    expect((await h.request("POST", `/api/escalations/${oldTherapist.id}/acknowledge`, { cookie: h.bob.cookie })).status).toBe(404);
    expect((await h.request("POST", `/api/escalations/${oldTherapist.id}/resolve`, { cookie: h.carol.cookie, body: { note: "x" } })).status).toBe(404);
    const ack = await h.request("POST", `/api/escalations/${oldTherapist.id}/acknowledge`, { cookie: h.alice.cookie });
    expect(ack.body).toMatchObject({ status: "acknowledged", acknowledgedBy: `therapist:${h.alice.id}`, acknowledgedAt: h.clock.now().toISOString() });
    expect((await h.request("POST", `/api/escalations/${oldTherapist.id}/acknowledge`, { cookie: h.alice.cookie })).status).toBe(200);

    const before = await tableCounts(h.db);
    expect((await h.request("POST", `/api/escalations/${emergency.id}/resolve`, { cookie: h.alice.cookie, body: { note: "  " } })).status).toBe(400);
    expect((await h.request("POST", `/api/escalations/${emergency.id}/resolve`, { cookie: h.alice.cookie, body: {} })).status).toBe(400);
    expect(await tableCounts(h.db)).toEqual(before);
    const resolved = await h.request("POST", `/api/escalations/${emergency.id}/resolve`, { cookie: h.alice.cookie, body: { note: "Called her; she went to the ER." } });
    expect(resolved.body).toMatchObject({ status: "resolved", resolutionNote: "Called her; she went to the ER.", resolvedBy: `therapist:${h.alice.id}`, acknowledgedBy: `therapist:${h.alice.id}` });
    expect((await h.request("POST", `/api/escalations/${emergency.id}/resolve`, { cookie: h.alice.cookie, body: { note: "again" } })).status).toBe(409);
    expect((await h.request("POST", `/api/escalations/${emergency.id}/acknowledge`, { cookie: h.alice.cookie })).status).toBe(409);
    const audit = await h.db.auditEvent.findMany({ where: { action: { in: ["escalation.acknowledge", "escalation.resolve"] } } });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual(expect.arrayContaining([["escalation.acknowledge", harold], ["escalation.resolve", rosa]]));
  });

  it("shows the conversation and queues a therapist reply on the preferred channel, waking the dispatcher", async () => {
    const patientId = h.alice.patientIds[1]!; // Rosa: SMS (preferred) and Telegram
    await h.db.messageLog.create({ data: { patientId, direction: "outbound", channel: "sms", address: "+15555550102", body: "Time for your exercises", state: "sent", createdAt: new Date("2025-03-12T12:00:00Z") } });
    await h.db.messageLog.create({ data: { patientId, direction: "inbound", channel: "sms", address: "+15555550102", body: "done, back is sore", state: "processed", platformMessageId: "SM1", createdAt: new Date("2025-03-12T12:05:00Z") } });

    const reply = await h.request("POST", `/api/patients/${patientId}/messages`, { cookie: h.alice.cookie, body: { text: "  Great work, Rosa. Ice helps.  " } });
    expect(reply.status).toBe(202);
    expect(reply.body).toMatchObject({ channel: "sms", status: "pending", body: "Great work, Rosa. Ice helps." });
    expect(h.wakes).toBe(1);
    const row = await h.db.outboxMessage.findUniqueOrThrow({ where: { id: reply.body.id } });
    expect(row).toMatchObject({ kind: "reply", channel: "sms", address: "+15555550102", patientId, therapistId: h.alice.id });
    expect(await h.db.auditEvent.count({ where: { action: "message.reply", entityId: patientId } })).toBe(1);

    const conversation = await h.request("GET", `/api/patients/${patientId}/messages`, { cookie: h.alice.cookie });
    expect(conversation.body.messages.map((m: any) => [m.direction, m.body, m.state])).toEqual([
      ["outbound", "Time for your exercises", "sent"],
      ["inbound", "done, back is sore", "processed"],
      ["outbound", "Great work, Rosa. Ice helps.", "queued:pending"],
    ]);
    // Who wrote each: hepbot's prompt, the patient, and the therapist's reply by name.
    const senders = [{ kind: "hepbot", name: null }, { kind: "patient", name: null }, { kind: "therapist", name: "Dr. Alice Moreno" }];
    expect(conversation.body.messages.map((m: any) => m.sender)).toEqual(senders);
    // Once the dispatcher has logged it, it appears once, still the therapist's.
    await h.db.messageLog.create({ data: { patientId, direction: "outbound", channel: "sms", address: "+15555550102", body: row.body, outboxId: row.id, state: "sent" } });
    const logged = (await h.request("GET", `/api/patients/${patientId}/messages`, { cookie: h.alice.cookie })).body.messages;
    expect(logged.map((m: any) => m.sender)).toEqual(senders);

    const before = await tableCounts(h.db);
    for (const body of [{}, { text: "" }, { text: "x".repeat(1001) }, { text: "hi", channel: "telegram" }]) {
      expect((await h.request("POST", `/api/patients/${patientId}/messages`, { cookie: h.alice.cookie, body })).status).toBe(400);
    }
    expect((await h.request("GET", `/api/patients/${patientId}/messages?limit=9999`, { cookie: h.alice.cookie })).status).toBe(400);
    await h.db.patient.update({ where: { id: patientId }, data: { consent: "opted_out" } });
    const optedOut = await h.request("POST", `/api/patients/${patientId}/messages`, { cookie: h.alice.cookie, body: { text: "hello?" } });
    expect(optedOut.status).toBe(409);
    const unreachable = await h.db.patient.create({ data: { clinicId: h.alice.clinicId, therapistId: h.alice.id, name: "No Phone", timeZone: "UTC" } });
    const before2 = { ...before, patients: before.patients + 1 };
    expect((await h.request("POST", `/api/patients/${unreachable.id}/messages`, { cookie: h.alice.cookie, body: { text: "hi" } })).status).toBe(409);
    expect(await tableCounts(h.db)).toEqual(before2);
    expect(h.wakes).toBe(1);
  });

  it("shows who looked at or changed a patient's data, and a clinic-wide trail to admins only", async () => {
    const patientId = h.alice.patientIds[2]!;
    await h.request("GET", `/api/patients/${patientId}`, { cookie: h.alice.cookie });
    await h.request("PATCH", `/api/patients/${patientId}`, { cookie: h.alice.cookie, body: { name: "Dana W." } });
    const trail = await h.request("GET", `/api/patients/${patientId}/audit`, { cookie: h.alice.cookie });
    expect(trail.status).toBe(200);
    expect(trail.body.events.map((e: any) => [e.actor, e.action])).toEqual([
      [`therapist:${h.alice.id}`, "patient.update"],
      [`therapist:${h.alice.id}`, "patient.view"],
    ]);
    expect(trail.body.events[0].detail).toEqual({ fields: ["name"] });

    const clinic = await h.request("GET", "/api/audit?limit=500", { cookie: h.alice.cookie });
    expect(clinic.status).toBe(200);
    const actions = clinic.body.events.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["auth.login", "patient.view", "patient.update", "audit.view"]));
    const bobs = await h.request("GET", `/api/audit?actor=therapist:${h.bob.id}`, { cookie: h.alice.cookie });
    expect(bobs.body.events.every((e: any) => e.actor === `therapist:${h.bob.id}`)).toBe(true);
    expect((await h.request("GET", "/api/audit", { cookie: h.bob.cookie })).status).toBe(403);
    const carol = await h.request("GET", "/api/audit?limit=500", { cookie: h.carol.cookie });
    expect(carol.body.events.some((e: any) => e.entityId === patientId || e.actor === `therapist:${h.alice.id}`)).toBe(false);
    expect((await h.request("GET", "/api/audit?limit=abc", { cookie: h.alice.cookie })).status).toBe(400);
  });
});
