import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_HISTORY_DAYS, planDemoHistory } from "../../src/seed/demo-history.js";
import { seed } from "../../src/seed/demo-clinic.seed.js";
import { readMessage } from "../../src/reading/reader.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { DEMO_PASSWORD, startHarness, type Harness } from "../api/harness.js";

const NOW = new Date("2026-12-02T22:40:00Z");
const HISTORY = { videoBaseUrl: "https://videos.example/ex/" };
const dana = { persona: "shoulder", firstName: "Dana", timeZone: "America/Los_Angeles", reminderTimes: ["19:00"] } as const;
const harold = { persona: "knee", firstName: "Harold", timeZone: "America/New_York", reminderTimes: ["08:00", "18:00"] } as const;

describe("the demo history plan", () => {
  it("is the same for the same seed and differs for another", () => {
    const a = planDemoHistory({ ...harold, reminderTimes: [...harold.reminderTimes] }, NOW, 7);
    const b = planDemoHistory({ ...harold, reminderTimes: [...harold.reminderTimes] }, NOW, 7);
    const c = planDemoHistory({ ...harold, reminderTimes: [...harold.reminderTimes] }, NOW, 8);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a.exchanges.map((e) => e.text))).not.toBe(JSON.stringify(c.exchanges.map((e) => e.text)));
  });

  it("covers four weeks up to now, never the future, with every kind of day", () => {
    const plan = planDemoHistory({ ...harold, reminderTimes: [...harold.reminderTimes] }, NOW, 14);
    const dates = new Set(plan.prompts.map((p) => p.localDate));
    expect(dates.size).toBe(DEMO_HISTORY_DAYS);
    expect(plan.startDate).toBe("2026-11-05");
    expect([...plan.prompts.map((p) => p.at), ...plan.exchanges.map((e) => e.replyAt)].every((at) => at < NOW)).toBe(true);
    const effects = plan.exchanges.flatMap((e) => e.effects);
    expect(effects.some((e) => e.type === "completion" && e.status === "done")).toBe(true);
    expect(effects.some((e) => e.type === "completion" && e.status === "partial")).toBe(true);
    expect(plan.prompts.length).toBeGreaterThan(plan.exchanges.length); // some prompts went unanswered
    const scores = effects.flatMap((e) => (e.type === "pain" && e.score !== null ? [e.score] : []));
    expect(scores[0]! - scores.at(-2)!).toBeGreaterThanOrEqual(1); // pain eases over the weeks before yesterday's flare
    const open = effects.filter((e) => e.type === "escalation" && e.resolved === null);
    expect(open).toHaveLength(1);
  });

  it("says nothing the reader would read differently: the same pain, the same escalation level", () => {
    const rosa = { persona: "back", firstName: "Rosa", timeZone: "America/Chicago", reminderTimes: ["07:30"] } as const;
    const misread: string[] = [];
    for (const seed of [14, 15, 16, 1, 2]) {
      for (const [patient, lang] of [[harold, "en"], [rosa, "es"], [dana, "en"]] as const) {
        for (const exchange of planDemoHistory({ ...patient, reminderTimes: [...patient.reminderTimes] }, NOW, seed).exchanges) {
          const reading = readMessage({ text: exchange.text, lang, context: ["Heel slides", "Pelvic tilts", "Pendulums"] });
          if (reading.pain !== exchange.reading.pain || reading.escalate !== exchange.reading.escalate) {
            misread.push(`${exchange.text}: reader ${reading.pain}/${reading.escalate}, script ${exchange.reading.pain}/${exchange.reading.escalate}`);
          }
        }
      }
    }
    expect(misread).toEqual([]);
  });

  it("prompts only on the assignment's weekdays", () => {
    const plan = planDemoHistory({ ...dana, reminderTimes: [...dana.reminderTimes], weekdays: [1, 3, 5] }, NOW, 14);
    const weekdays = new Set(plan.prompts.map((p) => new Date(`${p.localDate}T12:00:00Z`).getUTCDay()));
    expect([...weekdays].sort()).toEqual([1, 3, 5]);
    expect(plan.exchanges.every((e) => [1, 3, 5].includes(new Date(`${e.localDate}T12:00:00Z`).getUTCDay()))).toBe(true);
  });

  it("moves later prompts to the time the patient asked for", () => {
    const plan = planDemoHistory({ ...dana, reminderTimes: [...dana.reminderTimes] }, NOW, 14);
    const change = plan.exchanges.find((e) => e.effects.some((x) => x.type === "schedule"))!;
    expect(change.text).toMatch(/6pm/);
    expect(plan.prompts.filter((p) => p.localDate <= change.localDate).every((p) => p.slot === "19:00")).toBe(true);
    expect(plan.prompts.filter((p) => p.localDate > change.localDate).every((p) => p.slot === "18:00")).toBe(true);
    expect(plan.reminderTimes).toEqual(["18:00"]);
  });
});

describe.each(TEST_PROVIDERS)("the seeded demo clinic's history on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider, {}, { history: HISTORY, now: NOW });
  });
  afterEach(async () => h.close());

  it("shows the open escalation in the inbox and the resolved one with its note", async () => {
    const open = await h.request("GET", "/api/escalations?status=open", { cookie: h.alice.cookie });
    expect(open.status).toBe(200);
    expect(open.body.escalations).toHaveLength(1);
    expect(open.body.escalations[0]).toMatchObject({ patientName: "Harold Jennings", level: "urgent", status: "open" });
    const resolved = await h.request("GET", "/api/escalations?status=resolved", { cookie: h.alice.cookie });
    expect(resolved.body.escalations).toHaveLength(1);
    expect(resolved.body.escalations[0]).toMatchObject({ patientName: "Rosa Delgado", status: "resolved", resolutionNote: expect.stringMatching(/Called Rosa/) });
  });

  it("fills each patient's adherence calendar and pain chart for four weeks", async () => {
    for (const patientId of h.alice.patientIds) {
      const response = await h.request("GET", `/api/patients/${patientId}/adherence`, { cookie: h.alice.cookie });
      expect(response.status).toBe(200);
      const days: Array<{ status: string; prompted: number }> = response.body.days;
      const counted = days.filter((d) => d.prompted > 0);
      expect(counted.length).toBeGreaterThanOrEqual(DEMO_HISTORY_DAYS - 1);
      expect(days.some((d) => d.status === "done")).toBe(true);
      expect(days.some((d) => d.status === "missed" || d.status === "partial")).toBe(true);
      expect(response.body.rate).toBeGreaterThan(0.5);
      expect(response.body.rate).toBeLessThan(1);
      expect(response.body.pain.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("keeps the schedule change and the conversation the pipeline would have written", async () => {
    const [haroldId, , danaId] = h.alice.patientIds as [string, string, string];
    expect((await h.db.patient.findUniqueOrThrow({ where: { id: danaId } })).reminderTimes).toBe("18:00");
    const messages = await h.request("GET", `/api/patients/${haroldId}/messages`, { cookie: h.alice.cookie });
    expect(messages.status).toBe(200);
    const bodies: string[] = messages.body.messages.map((m: { body: string }) => m.body);
    expect(bodies.some((b) => /calf is swollen/.test(b))).toBe(true);
    expect(bodies.some((b) => b.includes("https://videos.example/ex/"))).toBe(true); // prompts carry the video links
    const inbound = await h.db.messageLog.count({ where: { patientId: haroldId, direction: "inbound" } });
    expect(await h.db.reading.count({ where: { message: { patientId: haroldId } } })).toBe(inbound);
    const assignment = await h.db.assignment.findFirstOrThrow({ where: { patientId: haroldId } });
    expect(assignment.startDate).toBe("2026-11-05");
  });

  it("is written once: seeding again duplicates nothing", async () => {
    const count = async () => [await h.db.messageLog.count(), await h.db.outboxMessage.count(), await h.db.completion.count(), await h.db.escalation.count(), await h.db.patient.count()];
    const before = await count();
    const again = await seed(h.db, { now: new Date(NOW.getTime() + 86_400_000), demo: true, demoPassword: DEMO_PASSWORD, history: HISTORY });
    expect(again.demo).toBeNull();
    expect(await count()).toEqual(before);
  });

  it("is left out of the demo clinic unless asked for", async () => {
    const other = await startHarness(provider, {}, { now: NOW });
    try {
      expect(await other.db.messageLog.count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
