import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, tableCounts, type Harness } from "./harness.js";

const program = {
  slug: "bob-knee-week-2",
  title: { en: "Knee week 2", es: "Rodilla semana 2" },
  items: [
    { exerciseSlug: "heel-slides", sets: 3, reps: 12, holdSeconds: 2 },
    { exerciseSlug: "quad-sets", sets: 2, reps: 10, holdSeconds: 5, timesPerDay: 2, daysPerWeek: 5 },
  ],
};

describe.each(TEST_PROVIDERS)("library, programs and assignments API on %s", (provider) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(provider);
  });
  afterEach(async () => h.close());

  it("searches the library by name (English or Spanish, accents optional) and region", async () => {
    const byName = await h.request("GET", "/api/exercises?q=heel%20slide", { cookie: h.bob.cookie });
    expect(byName.status).toBe(200);
    expect(byName.body.exercises.map((e: any) => e.slug)).toContain("heel-slides");
    expect(byName.body.exercises[0].videoUrl).toMatch(/^https:\/\/videos\.example\/ex\//);
    const spanish = await h.request("GET", "/api/exercises?q=cuadriceps", { cookie: h.bob.cookie });
    expect(spanish.body.exercises.map((e: any) => e.slug)).toContain("quad-sets");
    const region = await h.request("GET", "/api/exercises?region=shoulder&limit=5", { cookie: h.bob.cookie });
    expect(region.body.exercises).toHaveLength(5);
    expect(region.body.exercises.every((e: any) => e.bodyRegion === "shoulder")).toBe(true);
    expect((await h.request("GET", "/api/exercises?limit=0", { cookie: h.bob.cookie })).status).toBe(400);
    expect((await h.request("GET", "/api/exercises?colour=red", { cookie: h.bob.cookie })).status).toBe(400);
    const one = await h.request("GET", "/api/exercises/quad-sets", { cookie: h.bob.cookie });
    expect(one.body.instructions.en.length).toBeGreaterThan(1);
  });

  it("adds custom exercises with the therapist's own https video, visible only within the clinic", async () => {
    const body = { name: { en: "Towel calf stretch" }, bodyRegion: "ankle", instructions: { en: ["Sit with legs straight.", "Pull the towel gently."] }, videoUrl: "https://youtu.be/abc123" };
    const created = await h.request("POST", "/api/exercises", { cookie: h.bob.cookie, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ custom: true, videoUrl: "https://youtu.be/abc123", name: { en: "Towel calf stretch", es: "Towel calf stretch" } });
    expect(created.body.slug).toMatch(/^towel-calf-stretch-[0-9a-f]{4}$/);
    const vimeo = await h.request("POST", "/api/exercises", { cookie: h.bob.cookie, body: { ...body, slug: "vimeo-one", videoUrl: "https://vimeo.com/12345" } });
    expect(vimeo.status).toBe(201);
    const search = `/api/exercises?q=${created.body.slug}`;
    expect((await h.request("GET", search, { cookie: h.alice.cookie })).body.exercises).toHaveLength(1);
    expect((await h.request("GET", search, { cookie: h.carol.cookie })).body.exercises).toHaveLength(0);
    expect((await h.request("GET", `/api/exercises/${created.body.slug}`, { cookie: h.carol.cookie })).status).toBe(404);

    const before = await tableCounts(h.db);
    for (const bad of [
      { ...body, videoUrl: "http://insecure.example/v" },
      { ...body, videoUrl: "javascript:alert(1)" },
      { ...body, instructions: { en: [] } },
      { ...body, bodyRegion: "Left Knee!" },
      { ...body, slug: "vimeo-one" },
      { ...body, instructions: { en: ["a", "b"], es: ["uno"] } },
    ]) {
      const response = await h.request("POST", "/api/exercises", { cookie: h.bob.cookie, body: bad });
      expect([400, 409], JSON.stringify(bad)).toContain(response.status);
    }
    expect(await tableCounts(h.db)).toEqual(before);
  });

  it("creates, lists, previews and edits programs as new versions; only the owner or an admin edits", async () => {
    const created = await h.request("POST", "/api/programs", { cookie: h.bob.cookie, body: program });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: "bob-knee-week-2", version: 1 });
    const listed = await h.request("GET", "/api/programs", { cookie: h.bob.cookie });
    expect(listed.body.programs.find((p: any) => p.slug === "bob-knee-week-2")).toMatchObject({ version: 1, exercises: [{ slug: "heel-slides", dose: "3 sets of 12, hold 2 seconds" }, { slug: "quad-sets" }] });
    expect((await h.request("GET", "/api/programs", { cookie: h.carol.cookie })).body.programs.some((p: any) => p.slug === "bob-knee-week-2")).toBe(false);

    const edit = { items: [{ exerciseSlug: "heel-slides", sets: 3, reps: 15 }], notes: "more reps" };
    const v2 = await h.request("POST", `/api/programs/${created.body.id}/versions`, { cookie: h.bob.cookie, body: edit });
    expect(v2.status).toBe(201);
    expect(v2.body.version).toBe(2);
    const detail = await h.request("GET", `/api/programs/${created.body.id}`, { cookie: h.bob.cookie });
    expect(detail.body.versions.map((v: any) => v.version)).toEqual([2, 1]);
    expect(detail.body.current.items[0]).toMatchObject({ reps: 15, exercise: { slug: "heel-slides" } });
    const version = await h.request("GET", `/api/program-versions/${created.body.versionId}`, { cookie: h.alice.cookie });
    expect(version.body.items).toHaveLength(2);
    expect((await h.request("GET", `/api/program-versions/${created.body.versionId}`, { cookie: h.carol.cookie })).status).toBe(404);

    const preview = await h.request("POST", "/api/programs/preview", { cookie: h.bob.cookie, body: { title: "Knee", items: program.items } });
    expect(preview.body.text).toMatch(/^Time for today's exercises:\n1\) Heel slides 3x12, hold 2 s https:\/\/\S+heel-slides/);
    expect(preview.body.text).toContain("Reply DONE");
    expect(preview.body).toMatchObject({ channel: "sms", language: "en", label: "SMS · English", note: "2 SMS segments (GSM-7) · all 2 exercises · every video link." });
    const spanish = await h.request("POST", "/api/programs/preview", { cookie: h.bob.cookie, body: { language: "es", items: program.items } });
    // SMS: accents dropped to keep the GSM alphabet (and the videos), and the preview says so.
    expect(spanish.body.text).toMatch(/Deslizamientos de talon 3x12, mantener 2 s https:/);
    expect(spanish.body).toMatchObject({ label: "SMS · Spanish (usted)", note: expect.stringContaining("without accents") });
    const teams = await h.request("POST", "/api/programs/preview", { cookie: h.bob.cookie, body: { language: "es", channel: "teams", register: "tu", items: program.items } });
    expect(teams.body.text).toMatch(/\*\*Deslizamientos de talón\*\*: 3 series de 12, mantener 2 segundos/);
    expect(teams.body).toMatchObject({ label: "Teams · Spanish (tu)", note: null });

    const before = await tableCounts(h.db);
    const bad: Array<[string, string, unknown, number, string?]> = [
      ["POST", "/api/programs", { ...program, slug: "Bad Slug" }, 400],
      ["POST", "/api/programs", { ...program, slug: "x-y", items: [] }, 400],
      ["POST", "/api/programs", { ...program, slug: "x-y", items: [{ exerciseSlug: "no-such", sets: 1, reps: 1 }] }, 400],
      ["POST", "/api/programs", { ...program, slug: "x-y", items: [{ exerciseSlug: "heel-slides", sets: 0, reps: 1 }] }, 400],
      ["POST", "/api/programs", program, 409],
      // Carol (another clinic) cannot even see Bob's program.
      ["POST", `/api/programs/${created.body.id}/versions`, { items: [{ exerciseSlug: "heel-slides", sets: 1, reps: 1 }] }, 404, h.carol.cookie],
      ["POST", `/api/programs/${created.body.id}/versions`, { items: [{ exerciseSlug: "heel-slides", sets: 1, reps: 1 }], slug: "x" }, 400],
      ["POST", "/api/programs/preview", { items: [{ exerciseSlug: "no-such", sets: 1, reps: 1 }] }, 400],
    ];
    for (const [method, path, body, status, cookie] of bad) {
      const response = await h.request(method, path, { cookie: cookie ?? h.bob.cookie, body });
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(status);
    }
    expect(await tableCounts(h.db)).toEqual(before);
    const shared = (await h.db.program.findUniqueOrThrow({ where: { slug: "neck-posture" } })).id;
    expect((await h.request("POST", `/api/programs/${shared}/versions`, { cookie: h.bob.cookie, body: edit })).status).toBe(403);
    // Alice, admin of Bob's clinic, may edit his program.
    expect((await h.request("POST", `/api/programs/${created.body.id}/versions`, { cookie: h.alice.cookie, body: edit })).status).toBe(201);
  });

  it("saving a version moves the caller's patients on the program (per-patient opt-out), logged and audited; others' patients stay (issue #14)", async () => {
    const created = await h.request("POST", "/api/programs", { cookie: h.bob.cookie, body: program });
    const programId = created.body.id as string;
    const bobPatient = await h.db.patient.findUniqueOrThrow({ where: { id: h.bob.patientId } });
    const second = await h.db.patient.create({
      data: { clinicId: bobPatient.clinicId, therapistId: h.bob.id, name: "Second Patient", language: "es", timeZone: "America/New_York", reminderTimes: "08:00" },
    });
    const alicePatient = h.alice.patientIds[0]!;
    for (const [patientId, cookie] of [[h.bob.patientId, h.bob.cookie], [second.id, h.bob.cookie], [alicePatient, h.alice.cookie]] as const) {
      const assigned = await h.request("POST", `/api/patients/${patientId}/assignments`, { cookie, body: { programId, replaceActive: true } });
      expect(assigned.status).toBe(201);
    }
    const assignmentOf = async (patientId: string) => h.db.assignment.findFirstOrThrow({ where: { patientId, status: "active" }, include: { programVersion: true } });
    const keptId = (await assignmentOf(second.id)).id;

    // Bob sees his two patients on it, not Alice's.
    const listed = await h.request("GET", `/api/programs/${programId}/patients`, { cookie: h.bob.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.patients.map((p: any) => [p.name, p.version]).sort()).toEqual([["Second Patient", 1], [bobPatient.name, 1]].sort());

    // A keep naming an assignment that is not on this program: 400, and nothing written.
    const before = await tableCounts(h.db);
    const bad = await h.request("POST", `/api/programs/${programId}/versions`, { cookie: h.bob.cookie, body: { items: program.items, keep: [(await assignmentOf(alicePatient)).id] } });
    expect(bad.status).toBe(400);
    expect(await tableCounts(h.db)).toEqual(before);

    const edit = { items: [{ exerciseSlug: "heel-slides", sets: 1, reps: 12, holdSeconds: 300 }], notes: "one long hold", keep: [keptId] };
    const saved = await h.request("POST", `/api/programs/${programId}/versions`, { cookie: h.bob.cookie, body: edit });
    expect(saved.status).toBe(201);
    const bobAssignment = await assignmentOf(h.bob.patientId);
    expect(saved.body).toMatchObject({ version: 2, moved: [{ assignmentId: bobAssignment.id, patientId: h.bob.patientId, fromVersion: 1 }], kept: [{ assignmentId: keptId, patientId: second.id, fromVersion: 1 }] });
    expect(bobAssignment.programVersion.version).toBe(2);
    expect((await assignmentOf(second.id)).programVersion.version).toBe(1);
    expect((await assignmentOf(alicePatient)).programVersion.version).toBe(1);
    const moves = await h.db.programMove.findMany();
    expect(moves).toEqual([expect.objectContaining({ assignmentId: bobAssignment.id, patientId: h.bob.patientId, toVersionId: saved.body.versionId, movedBy: `therapist:${h.bob.id}`, announcedAt: null })]);
    const audit = await h.db.auditEvent.findMany({ where: { action: "assignment.move" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `therapist:${h.bob.id}`, entity: "patient", entityId: h.bob.patientId });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ fromVersion: 1, toVersion: 2 });

    // Alice (admin) saves version 3: she moves the whole clinic, her patient too, and the one Bob kept back.
    const v3 = await h.request("POST", `/api/programs/${programId}/versions`, { cookie: h.alice.cookie, body: { items: program.items } });
    expect(v3.body.moved.map((m: any) => m.fromVersion).sort()).toEqual([1, 1, 2]);
    expect(await h.db.assignment.count({ where: { programVersionId: v3.body.versionId, status: "active" } })).toBe(3);
    // Carol (another clinic) sees no patients and cannot move any.
    expect((await h.request("GET", `/api/programs/${programId}/patients`, { cookie: h.carol.cookie })).status).toBe(404);
  });

  it("assigns programs, changes the schedule and ends assignments; validates; others get 404", async () => {
    const patientId = h.bob.patientId;
    const programId = (await h.db.program.findUniqueOrThrow({ where: { slug: "neck-posture" } })).id;
    const assigned = await h.request("POST", `/api/patients/${patientId}/assignments`, { cookie: h.bob.cookie, body: { programId, startDate: "2025-03-13" } });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({ patientId, startDate: "2025-03-13", status: "active", endDate: null });
    const second = await h.request("POST", `/api/patients/${patientId}/assignments`, {
      cookie: h.bob.cookie,
      body: { programVersionId: assigned.body.programVersionId, weekdays: [5, 1, 3], replaceActive: true },
    });
    expect(second.body).toMatchObject({ weekdays: [1, 3, 5], startDate: "2025-03-12" });
    expect((await h.db.assignment.findUniqueOrThrow({ where: { id: assigned.body.id } })).status).toBe("ended");

    const changed = await h.request("PATCH", `/api/assignments/${second.body.id}`, { cookie: h.bob.cookie, body: { weekdays: [2, 4], endDate: "2025-04-30" } });
    expect(changed.body).toMatchObject({ weekdays: [2, 4], endDate: "2025-04-30" });

    const before = await tableCounts(h.db);
    const snapshot = await h.db.assignment.findUniqueOrThrow({ where: { id: second.body.id } });
    const bad: Array<[string, string, unknown]> = [
      ["POST", `/api/patients/${patientId}/assignments`, {}],
      ["POST", `/api/patients/${patientId}/assignments`, { programId, programVersionId: assigned.body.programVersionId }],
      ["POST", `/api/patients/${patientId}/assignments`, { programId: "unknown" }],
      ["POST", `/api/patients/${patientId}/assignments`, { programId, startDate: "2025-05-01", endDate: "2025-04-01" }],
      ["POST", `/api/patients/${patientId}/assignments`, { programId, weekdays: [8] }],
      ["POST", `/api/patients/${patientId}/assignments`, { programId, weekdays: [1, 1] }],
      ["PATCH", `/api/assignments/${second.body.id}`, {}],
      ["PATCH", `/api/assignments/${second.body.id}`, { endDate: "2025-03-01" }],
      ["PATCH", `/api/assignments/${second.body.id}`, { weekdays: [] }],
    ];
    for (const [method, path, body] of bad) {
      const response = await h.request(method, path, { cookie: h.bob.cookie, body });
      expect(response.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
    }
    for (const cookie of [h.carol.cookie]) {
      expect((await h.request("PATCH", `/api/assignments/${second.body.id}`, { cookie, body: { weekdays: [1] } })).status).toBe(404);
      expect((await h.request("POST", `/api/assignments/${second.body.id}/end`, { cookie })).status).toBe(404);
    }
    const alices = await h.db.assignment.findFirstOrThrow({ where: { patientId: h.alice.patientIds[0] } });
    expect((await h.request("POST", `/api/assignments/${alices.id}/end`, { cookie: h.bob.cookie })).status).toBe(404);
    expect(await tableCounts(h.db)).toEqual(before);
    expect(await h.db.assignment.findUniqueOrThrow({ where: { id: second.body.id } })).toEqual(snapshot);

    const ended = await h.request("POST", `/api/assignments/${second.body.id}/end`, { cookie: h.bob.cookie });
    expect(ended.body.status).toBe("ended");
    expect((await h.request("PATCH", `/api/assignments/${second.body.id}`, { cookie: h.bob.cookie, body: { weekdays: [1] } })).status).toBe(409);
    const audit = await h.db.auditEvent.findMany({ where: { entity: "patient", entityId: patientId }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["assignment.create", "assignment.update", "assignment.end"]));
  });
});
