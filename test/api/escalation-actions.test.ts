import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildEscalationCard } from "../../src/conversation/escalation-card.js";
import { resolveActor } from "../../src/http/resolve-actor.js";
import { liveEscalationsSince } from "../../src/care/escalations/escalations.service.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, type Harness } from "./harness.js";

describe.each(TEST_PROVIDERS)("escalation cards, call notes and resolved history in the API on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  async function escalate() {
    const now = h.clock.now();
    const card = buildEscalationCard({
      escalation: { level: "urgent", reason: "pain 8/10" },
      redFlags: [],
      message: { text: "knee is 8/10 after squats", at: now },
      pain: 8,
      exercises: ["Squats"],
      previousPain: [],
      completionDates: [],
      told: "I have let your therapist know.",
      now,
      patientTimeZone: "America/New_York",
    });
    return h.db.escalation.create({
      data: { patientId: h.alice.patientIds[0]!, level: "urgent", reason: "pain 8/10", summary: "s", card: JSON.stringify(card), createdAt: now },
    });
  }

  it("lists the card as structured data, with its message time as an instant", async () => {
    const escalation = await escalate();
    const list = await h.request("GET", "/api/escalations", { cookie: h.alice.cookie });
    const listed = list.body.escalations.find((e: any) => e.id === escalation.id);
    expect(listed.card).toEqual({
      version: 1,
      level: "urgent",
      headline: "Pain 8/10 after Squats",
      why: ["Pain 8/10: 8 or more is urgent, 5 to 7 is for your review."],
      message: { text: "knee is 8/10 after squats", at: h.clock.now().toISOString() },
      pain: { latest: 8, usual: null, recent: [8] },
      adherence: { done: 0, of: 7 },
      told: "I have let your therapist know.",
    });
    expect(listed.notes).toEqual([]);
  });

  it("a call note acknowledges it and names who called; resolving keeps it findable with the note", async () => {
    const escalation = await escalate();
    expect((await h.request("POST", `/api/escalations/${escalation.id}/notes`, { cookie: h.bob.cookie, body: { text: "x" } })).status).toBe(404);
    expect((await h.request("POST", `/api/escalations/${escalation.id}/notes`, { cookie: h.carol.cookie, body: { text: "x" } })).status).toBe(404);
    expect((await h.request("POST", `/api/escalations/${escalation.id}/notes`, { cookie: h.alice.cookie, body: { text: "   " } })).status).toBe(400);
    expect((await h.request("POST", `/api/escalations/${escalation.id}/notes`, { cookie: h.alice.cookie, body: { kind: "fax", text: "x" } })).status).toBe(400);

    const noted = await h.request("POST", `/api/escalations/${escalation.id}/notes`, { cookie: h.alice.cookie, body: { text: "Called Harold: ice and rest, will call back at 5." } });
    expect(noted.status).toBe(200);
    expect(noted.body).toMatchObject({ status: "acknowledged", acknowledgedBy: `therapist:${h.alice.id}`, acknowledgedByName: "Dr. Alice Moreno" });
    expect(noted.body.notes).toEqual([
      expect.objectContaining({ kind: "call", text: "Called Harold: ice and rest, will call back at 5.", author: `therapist:${h.alice.id}`, authorName: "Dr. Alice Moreno" }),
    ]);

    const resolved = await h.request("POST", `/api/escalations/${escalation.id}/resolve`, { cookie: h.alice.cookie, body: { note: "Swelling down at the call back; no visit needed." } });
    expect(resolved.body).toMatchObject({ status: "resolved", resolvedByName: "Dr. Alice Moreno", resolutionNote: "Swelling down at the call back; no visit needed." });
    const open = await h.request("GET", "/api/escalations", { cookie: h.alice.cookie });
    expect(open.body.escalations.map((e: any) => e.id)).not.toContain(escalation.id);
    const history = await h.request("GET", `/api/escalations?status=resolved&patientId=${escalation.patientId}`, { cookie: h.alice.cookie });
    expect(history.body.escalations).toEqual([
      expect.objectContaining({ id: escalation.id, resolutionNote: "Swelling down at the call back; no visit needed.", notes: [expect.objectContaining({ kind: "call" })] }),
    ]);
    // A note after resolving is kept too (a follow-up call), and the status stays resolved.
    const later = await h.request("POST", `/api/escalations/${escalation.id}/notes`, { cookie: h.alice.cookie, body: { kind: "note", text: "Checked in a week later: fine." } });
    expect(later.body.status).toBe("resolved");
    expect(later.body.notes.map((n: any) => n.kind)).toEqual(["call", "note"]);
    const audit = await h.db.auditEvent.count({ where: { action: "escalation.note", entityId: escalation.patientId } });
    expect(audit).toBe(2);
  });

  it("rows from before cards read as card null", async () => {
    const old = await h.db.escalation.create({ data: { patientId: h.alice.patientIds[0]!, level: "therapist", reason: "no reply", summary: "No reply." } });
    await h.db.$executeRawUnsafe(`UPDATE "Escalation" SET "card" = '{"version":0}' WHERE "id" = '${old.id}'`);
    const list = await h.request("GET", "/api/escalations", { cookie: h.alice.cookie });
    expect(list.body.escalations.find((e: any) => e.id === old.id).card).toBeNull();
  });

  it("the live inbox reads new emergencies and urgent items from the database, scoped to the caller", async () => {
    const actorOf = async (cookie: string) => (await resolveActor(h.db, { headers: { cookie } } as never, h.clock.now()))!;
    const [alice, bob, carol] = [await actorOf(h.alice.cookie), await actorOf(h.bob.cookie), await actorOf(h.carol.cookie)];
    const since = h.clock.now();
    const at = (minutes: number) => new Date(since.getTime() + minutes * 60_000);
    const make = (patientId: string, level: string, minutes: number, status = "open") =>
      h.db.escalation.create({ data: { patientId, level, status, reason: `${level} reason`, summary: "s", createdAt: at(minutes) } });
    const before = await make(h.alice.patientIds[0]!, "emergency", -1);
    const urgent = await make(h.alice.patientIds[0]!, "urgent", 0);
    const review = await make(h.alice.patientIds[0]!, "therapist", 1);
    const resolved = await make(h.alice.patientIds[0]!, "emergency", 1, "resolved");
    const bobs = await make(h.bob.patientId, "emergency", 2);

    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    // Alice is an admin: the whole clinic; Bob sees his own; Carol's clinic sees nothing of theirs.
    expect(ids(await liveEscalationsSince(h.db, alice, since, new Set()))).toEqual([urgent.id, bobs.id]);
    expect(ids(await liveEscalationsSince(h.db, bob, since, new Set()))).toEqual([bobs.id]);
    expect(await liveEscalationsSince(h.db, carol, since, new Set())).toEqual([]);
    // Already sent ones are not sent again; the headline falls back to the reason without a card.
    const next = await liveEscalationsSince(h.db, alice, since, new Set([urgent.id]));
    expect(next).toEqual([expect.objectContaining({ id: bobs.id, level: "emergency", headline: "emergency reason", patientName: expect.any(String) })]);
    expect([before.id, review.id, resolved.id].some((id) => ids(next).includes(id))).toBe(false);
  });
});
