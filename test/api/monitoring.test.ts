import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, type Harness } from "./harness.js";

const MINUTE = 60_000;

describe.each(TEST_PROVIDERS)("RTM ledger API on %s", (provider) => {
  let h: Harness;
  let harold: string;
  beforeEach(async () => {
    h = await startHarness(provider, { monitoringIdleMs: 5 * MINUTE });
    harold = h.alice.patientIds[0]!;
  });
  afterEach(async () => h.close());

  const inbound = async (patientId: string, at: string, body = "done") =>
    h.db.messageLog.create({ data: { patientId, direction: "inbound", channel: "sms", address: "+15550000001", body, createdAt: new Date(at), state: "processed" } });

  it("the seeded demo patient's standing and monthly report: data days, minutes, the missing live contact", async () => {
    // The seed starts Harold's episode 16 days before the harness's today (2025-03-12, New York).
    for (let day = 1; day <= 12; day++) await inbound(harold, `2025-03-${String(day).padStart(2, "0")}T14:00:00Z`);
    await inbound(harold, "2025-03-05T20:00:00Z", "knee hurts 4/10"); // a second reply the same day counts once
    await inbound(harold, "2025-02-20T14:00:00Z"); // before the first monitoring day

    const standing = await h.request("GET", `/api/patients/${harold}/monitoring`, { cookie: h.alice.cookie });
    expect(standing.status).toBe(200);
    expect(standing.body).toMatchObject({
      today: "2025-03-12",
      firstMonitoringDay: "2025-02-24",
      period: { start: "2025-02-24", end: "2025-03-25", code: "98985", daysLeft: 14 },
      month: { month: "2025-03", minutes: 18, liveContacts: 0, codes: [] },
      dataDaysSentence: "12 of 16 data days, 14 days left",
      minutesSentence: "18 of 20 minutes, no live contact yet",
    });

    // A call today: two more minutes of live contact reach the first 20 minutes.
    const contact = await h.request("POST", `/api/patients/${harold}/monitoring/contacts`, {
      cookie: h.alice.cookie,
      body: { at: "2025-03-12T14:00:00Z", minutes: 2, mode: "phone", note: "checked the swelling" },
    });
    expect(contact.status).toBe(201);
    const report = await h.request("GET", `/api/patients/${harold}/monitoring/report?month=2025-03`, { cookie: h.alice.cookie });
    expect(report.status).toBe(200);
    expect(report.body.minutes).toBe(20);
    expect(report.body.periods).toEqual([{ start: "2025-02-24", end: "2025-03-25", dataDays: expect.any(Array), code: "98985", daysLeft: 14 }]);
    expect(report.body.periods[0].dataDays).toHaveLength(12);
    expect(report.body.codes).toEqual([
      { code: "98985", units: 1, basis: "data days 2025-02-24 to 2025-03-25", provisional: true },
      { code: "98980", units: 1, basis: "minutes in 2025-03", provisional: true },
    ]);
    expect(report.body.contacts).toEqual([{ at: "2025-03-12T14:00:00.000Z", minutes: 2, mode: "phone", clinician: "Dr. Alice Moreno" }]);
    expect(report.body.time.map((t: any) => [t.minutes, t.source])).toEqual([[7, "auto"], [11, "manual"]]);
    expect(report.body.events).toHaveLength(13);
    expect(JSON.stringify(report.body)).not.toContain("knee hurts");
    expect(report.body.standing).toEqual({ dataDays: "12 of 16 data days, 14 days left", minutes: "20 of 40 minutes, 1 live contact" });

    const csv = await h.request("GET", `/api/patients/${harold}/monitoring/report?month=2025-03&format=csv`, { cookie: h.alice.cookie });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="rtm-2025-03-${harold}.csv"`);
    const lines = csv.text.trim().split("\r\n");
    expect(lines[0]).toBe("record,start,end,minutes,detail,clinician,code");
    expect(lines.filter((l) => l.startsWith("data_day,"))).toHaveLength(12);
    expect(lines).toContain("contact,2025-03-12T14:00:00.000Z,,2,phone,Dr. Alice Moreno,");
    expect(lines).toContain("code,,,,minutes in 2025-03 (so far),,98980 x1");
  });

  it("the clinic report lists every patient the caller may see, as JSON and CSV; a formula in a name is neutralised", async () => {
    await h.db.patient.update({ where: { id: harold }, data: { name: "=HYPERLINK(1)" } });
    const json = await h.request("GET", "/api/monitoring/report?month=2025-03", { cookie: h.alice.cookie });
    expect(json.status).toBe(200);
    // Alice is the demo clinic's admin: her three patients and Bob's one.
    expect(json.body.patients).toHaveLength(4);
    const rosa = json.body.patients.find((p: any) => p.patientName === "Rosa Delgado");
    expect(rosa).toMatchObject({ minutes: 22, codes: [{ code: "98980", units: 1 }] });
    expect(rosa.contacts.map((c: any) => c.mode)).toEqual(["phone"]);
    const bob = await h.request("GET", "/api/monitoring/report?month=2025-03&format=csv", { cookie: h.bob.cookie });
    expect(bob.text.trim().split("\r\n")).toHaveLength(2);
    const csv = await h.request("GET", "/api/monitoring/report?month=2025-03&format=csv", { cookie: h.alice.cookie });
    expect(csv.text).toContain(`${harold},'=HYPERLINK(1),2025-03`);
    expect((await h.request("GET", "/api/monitoring/report?month=2025-13", { cookie: h.alice.cookie })).status).toBe(400);
  });

  it("heartbeats record time while the page is in use: idle time and a closed tab's silence are not counted", async () => {
    const beat = (idleSeconds: number, cookie = h.alice.cookie) =>
      h.request("POST", `/api/patients/${harold}/monitoring/heartbeat`, { cookie, body: { idleSeconds } });
    const before = await h.db.monitoringTime.count({ where: { patientId: harold, source: "auto" } });
    h.clock.at = new Date("2025-03-12T16:00:00Z");
    expect((await beat(0)).body).toEqual({ counted: true });
    for (let i = 0; i < 6; i++) {
      h.clock.advance(30_000);
      expect((await beat(10)).status).toBe(200);
    }
    // Idle longer than the limit: not counted, the interval stays where it ended.
    h.clock.advance(30_000);
    expect((await beat(6 * 60)).body).toEqual({ counted: false });
    // Back after ten silent minutes: a new interval, the silence in between not counted.
    h.clock.advance(10 * MINUTE);
    expect((await beat(0)).body).toEqual({ counted: true });
    h.clock.advance(60_000);
    await beat(0);
    const auto = await h.db.monitoringTime.findMany({ where: { patientId: harold, source: "auto", startedAt: { gte: new Date("2025-03-12T16:00:00Z") } }, orderBy: { startedAt: "asc" } });
    expect(auto.map((t) => (t.endedAt.getTime() - t.startedAt.getTime()) / 1000)).toEqual([180, 60]);
    expect(await h.db.monitoringTime.count({ where: { patientId: harold, source: "auto" } })).toBe(before + 2);
    const audit = await h.db.auditEvent.findMany({ where: { entityId: harold, action: "monitoring.time.start" } });
    expect(audit).toHaveLength(2);
  });

  it("heartbeats need a logged-in clinician who may see the patient; a token cannot record time", async () => {
    expect((await h.request("POST", `/api/patients/${harold}/monitoring/heartbeat`, { body: { idleSeconds: 0 } })).status).toBe(401);
    expect((await h.request("POST", `/api/patients/${harold}/monitoring/heartbeat`, { cookie: h.bob.cookie, body: { idleSeconds: 0 } })).status).toBe(404);
    expect((await h.request("POST", `/api/patients/${harold}/monitoring/heartbeat`, { cookie: h.alice.cookie, body: { idleSeconds: -1 } })).status).toBe(400);
    const token = await h.request("POST", "/api/tokens", { cookie: h.alice.cookie, body: { name: "ehr", scope: "read-write" } });
    expect(token.status).toBe(201);
    const byToken = await h.request("POST", `/api/patients/${harold}/monitoring/heartbeat`, { token: token.body.token, body: { idleSeconds: 0 } });
    expect(byToken.status).toBe(403);
  });

  it("manual time and contacts: the clinician is the caller; a text message is refused as a contact; nothing in the future", async () => {
    const time = await h.request("POST", `/api/patients/${harold}/monitoring/time`, { cookie: h.alice.cookie, body: { date: "2025-03-11", time: "09:00", minutes: 9, note: "plan review" } });
    expect(time.status).toBe(201);
    const row = await h.db.monitoringTime.findUniqueOrThrow({ where: { id: time.body.id } });
    expect(row).toMatchObject({ therapistId: h.alice.id, source: "manual", note: "plan review" });
    expect(row.startedAt.toISOString()).toBe("2025-03-11T13:00:00.000Z"); // 09:00 EDT on the patient's clock
    expect(row.endedAt.getTime() - row.startedAt.getTime()).toBe(9 * MINUTE);
    const both = await h.request("POST", `/api/patients/${harold}/monitoring/time`, { cookie: h.alice.cookie, body: { at: "2025-03-11T13:00:00Z", date: "2025-03-11", time: "09:00", minutes: 9 } });
    expect(both.status).toBe(400);

    const text = await h.request("POST", `/api/patients/${harold}/monitoring/contacts`, { cookie: h.alice.cookie, body: { at: "2025-03-11T13:00:00Z", minutes: 5, mode: "text" } });
    expect(text.status).toBe(400);
    expect(text.body.error.message).toMatch(/text messages are not interactive communication/);
    const future = await h.request("POST", `/api/patients/${harold}/monitoring/time`, { cookie: h.alice.cookie, body: { at: "2025-03-12T14:55:00Z", minutes: 10 } });
    expect(future.status).toBe(400);
    expect(await h.db.interactiveContact.count({ where: { patientId: harold } })).toBe(0);
    const audit = await h.db.auditEvent.findMany({ where: { entityId: harold, action: { startsWith: "monitoring." } } });
    expect(audit.map((a) => a.action)).toEqual(["monitoring.time.add"]);
  });

  it("an entry is removed only by the clinician who recorded it, and the audit keeps what it was", async () => {
    const call = await h.request("POST", `/api/patients/${harold}/monitoring/contacts`, { cookie: h.alice.cookie, body: { at: "2025-03-11T13:00:00Z", minutes: 5, mode: "video" } });
    const bobsPatient = h.bob.patientId;
    const bobsTime = await h.request("POST", `/api/patients/${bobsPatient}/monitoring/time`, { cookie: h.bob.cookie, body: { at: "2025-03-11T13:00:00Z", minutes: 4 } });
    // Alice (an admin) sees Bob's patient but did not record Bob's entry.
    expect((await h.request("DELETE", `/api/patients/${bobsPatient}/monitoring/time/${bobsTime.body.id}`, { cookie: h.alice.cookie })).status).toBe(404);
    expect((await h.request("DELETE", `/api/patients/${harold}/monitoring/contacts/${call.body.id}`, { cookie: h.bob.cookie })).status).toBe(404);
    expect((await h.request("DELETE", `/api/patients/${harold}/monitoring/contacts/${call.body.id}`, { cookie: h.alice.cookie })).status).toBe(204);
    expect(await h.db.interactiveContact.count({ where: { id: call.body.id } })).toBe(0);
    const removed = await h.db.auditEvent.findFirstOrThrow({ where: { entityId: harold, action: "monitoring.contact.remove" } });
    expect(JSON.parse(removed.detail)).toMatchObject({ entryId: call.body.id, mode: "video", minutes: 5 });
    expect(await h.db.monitoringTime.count({ where: { id: bobsTime.body.id } })).toBe(1);
  });
});
