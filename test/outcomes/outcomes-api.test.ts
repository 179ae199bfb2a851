import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, type Harness } from "../api/harness.js";

describe.each(TEST_PROVIDERS)("outcome measures in the API and on the dashboard on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  const programOf = async (patientId: string) =>
    (await h.db.assignment.findFirstOrThrow({ where: { patientId }, include: { programVersion: true } })).programVersion.programId;

  it("a therapist who may edit the program chooses its measures; bad choices are refused", async () => {
    const programId = await programOf(h.alice.patientIds[0]!);
    const url = `/api/programs/${programId}/outcomes`;
    // the demo knee program comes with all three
    expect((await h.request("GET", url, { cookie: h.alice.cookie })).body).toEqual({ measures: ["nprs", "psfs", "grc"], nprsEveryWeeks: 1, psfsEveryWeeks: 2 });
    const saved = await h.request("PATCH", url, { cookie: h.alice.cookie, body: { measures: ["nprs", "psfs", "nprs"], psfsEveryWeeks: 3 } });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ measures: ["nprs", "psfs"], nprsEveryWeeks: 1, psfsEveryWeeks: 3 });
    expect((await h.request("GET", url, { cookie: h.alice.cookie })).body).toEqual(saved.body);
    expect((await h.request("PATCH", url, { cookie: h.alice.cookie, body: { measures: ["sf36"] } })).status).toBe(400);
    expect((await h.request("PATCH", url, { cookie: h.alice.cookie, body: { measures: ["nprs"], psfsEveryWeeks: 0 } })).status).toBe(400);
    // a shared program: only an admin may change it (as its exercises); a program nobody can see is not found
    expect((await h.request("PATCH", url, { cookie: h.bob.cookie, body: { measures: [] } })).status).toBe(403);
    expect((await h.request("GET", "/api/programs/no-such-program/outcomes", { cookie: h.alice.cookie })).status).toBe(404);
    expect((await h.request("GET", url, { cookie: h.alice.cookie })).body.measures).toEqual(["nprs", "psfs"]);
    const page = await h.request("GET", `/programs/${programId}/edit`, { cookie: h.alice.cookie });
    expect(page.text).toContain(`data-api="PATCH /api/programs/${programId}/outcomes"`);
    expect(page.text).toMatch(/id="oc-nprs" name="measures\[\]" value="nprs" checked/);
  });

  it("a patient's answers per measure, with the MCIDs, in the API and as charts", async () => {
    const patientId = h.alice.patientIds[0]!;
    await h.db.outcomeAnswer.deleteMany({ where: { patientId } }); // the demo's own history
    const answer = (kind: string, occasion: string, value: number | null, extra: Record<string, unknown> = {}) =>
      h.db.outcomeAnswer.create({ data: { questionId: `${kind}-${occasion}-${String(extra.item ?? 0)}`, patientId, kind, occasion, value, answeredAt: new Date(`${occasion}T14:00:00Z`), ...extra } });
    await answer("psfs_activities", "2025-02-10", null, { activities: '["stairs","golf"]' });
    await answer("psfs_rating", "2025-02-10", 3, { item: 0, activity: "stairs" });
    await answer("psfs_rating", "2025-02-10", 5, { item: 1, activity: "golf" });
    await answer("nprs", "2025-02-10", 7);
    await answer("nprs", "2025-02-17", 6);
    await answer("nprs", "2025-02-24", 4);
    await answer("psfs_rating", "2025-02-24", 6, { item: 0, activity: "stairs" });
    await answer("psfs_rating", "2025-02-24", 7, { item: 1, activity: "golf" });

    const response = await h.request("GET", `/api/patients/${patientId}/outcomes`, { cookie: h.alice.cookie });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      mcid: { nprs: 2, psfs: 2 },
      surveysStopped: false,
      nprs: { points: [{ date: "2025-02-10", value: 7 }, { date: "2025-02-17", value: 6 }, { date: "2025-02-24", value: 4 }], change: -3 },
      psfs: { activities: ["stairs", "golf"], mean: [{ date: "2025-02-10", value: 4 }, { date: "2025-02-24", value: 6.5 }], change: 2.5 },
      grc: [],
    });
    expect((await h.request("GET", `/api/patients/${patientId}/outcomes`, { cookie: h.bob.cookie })).status).toBe(404);

    const page = await h.request("GET", `/patients/${patientId}`, { cookie: h.alice.cookie });
    expect(page.text).toContain("Outcome measures");
    expect(page.text).toContain("-3 since the first score (MCID 2): a clinically important improvement");
    expect(page.text).toContain("+2.5 since the first score (MCID 2): a clinically important improvement");
    expect(page.text).toMatch(/<rect class="mcid"/);

    const prefs = await h.request("PATCH", `/api/patients/${patientId}/outcome-preferences`, { cookie: h.alice.cookie, body: { painWeekday: 3, surveys: "off" } });
    expect(prefs.body).toEqual({ painWeekday: 3, surveys: "off" });
    expect((await h.request("GET", `/api/patients/${patientId}/outcomes`, { cookie: h.alice.cookie })).body.surveysStopped).toBe(true);
  });

  it("documents the routes in the OpenAPI document", async () => {
    const doc = (await h.request("GET", "/api/openapi.json")).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/patients/{id}/outcomes", "/api/programs/{id}/outcomes"]));
    expect(doc.paths["/api/patients/{id}/outcomes"].get.responses["200"]).toBeDefined();
  });
});

describe.each(TEST_PROVIDERS)("the demo clinic's outcome history on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  it("shows a few weeks of answers, relative to today, at first login", async () => {
    const [harold, rosa, dana] = h.alice.patientIds as [string, string, string];
    const knee = (await h.request("GET", `/api/patients/${harold}/outcomes`, { cookie: h.alice.cookie })).body;
    // the harness's today is 2025-03-12 (New York)
    expect(knee.nprs.points.map((p: { date: string }) => p.date)).toEqual(["2025-02-12", "2025-02-19", "2025-02-26", "2025-03-05"]);
    expect(knee).toMatchObject({ nprs: { change: -3 }, psfs: { activities: ["climbing stairs", "getting out of a chair", "walking to the mailbox"], change: 2 } });
    expect((await h.request("GET", `/api/patients/${rosa}/outcomes`, { cookie: h.alice.cookie })).body).toMatchObject({ nprs: { change: -1 }, psfs: { change: 1 } });
    expect((await h.request("GET", `/api/patients/${dana}/outcomes`, { cookie: h.alice.cookie })).body.psfs.ratings).toEqual([]);
    const page = await h.request("GET", `/patients/${harold}`, { cookie: h.alice.cookie });
    expect(page.text).toContain("a clinically important improvement");
  });
});
