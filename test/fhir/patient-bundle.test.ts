import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fhirUuid, LOINC_PAIN_SEVERITY, patientBundle } from "../../src/fhir/patient-bundle.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { startHarness, type Harness } from "../api/harness.js";

describe("patientBundle", () => {
  it("makes stable urn:uuid ids", () => {
    expect(fhirUuid("Patient", "abc")).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(fhirUuid("Patient", "abc")).toBe(fhirUuid("Patient", "abc"));
    expect(fhirUuid("Patient", "abc")).not.toBe(fhirUuid("CarePlan", "abc"));
  });

  it("returns an empty-ish but valid collection for a patient with no data", () => {
    const bundle = patientBundle({ patient: { id: "p1", name: "A", language: "es" }, plans: [], pain: [], completions: [], generatedAt: new Date("2025-01-01T00:00:00Z") });
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: "2025-01-01T00:00:00.000Z" });
    expect(bundle.entry).toHaveLength(1);
    expect(bundle.entry[0]!.resource).toMatchObject({ resourceType: "Patient", communication: [{ language: { coding: [{ code: "es" }] } }] });
  });
});

describe.each(TEST_PROVIDERS)("FHIR export over the API on %s", (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(async () => h.close());

  it("exports a Bundle with Patient, CarePlan, LOINC pain Observations and completion Observations", async () => {
    const patientId = h.alice.patientIds[0]!;
    const assignment = await h.db.assignment.findFirstOrThrow({ where: { patientId } });
    await h.db.painReport.create({ data: { patientId, score: 7, text: "7/10", localDate: "2025-03-11", createdAt: new Date("2025-03-11T13:00:00Z") } });
    await h.db.painReport.create({ data: { patientId, score: 0, text: "no pain", localDate: "2025-03-12", createdAt: new Date("2025-03-12T13:00:00Z") } });
    await h.db.painReport.create({ data: { patientId, score: null, text: "sore", localDate: "2025-03-12" } });
    await h.db.completion.create({ data: { patientId, assignmentId: assignment.id, localDate: "2025-03-11", status: "done", createdAt: new Date("2025-03-11T13:00:00Z") } });
    await h.db.completion.create({ data: { patientId, assignmentId: assignment.id, localDate: "2025-03-12", status: "partial" } });

    const response = await h.request("GET", `/api/patients/${patientId}/fhir`, { cookie: h.alice.cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    const bundle = response.body;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const resources = bundle.entry.map((e: any) => e.resource);
    expect(resources.map((r: any) => r.resourceType)).toEqual(["Patient", "CarePlan", "Observation", "Observation", "Observation", "Observation"]);
    for (const entry of bundle.entry) expect(entry.fullUrl).toBe(fhirUuid(entry.resource.resourceType, entry.resource.id));

    const [patient, carePlan] = resources;
    expect(patient).toEqual({
      resourceType: "Patient",
      id: patientId,
      active: true,
      name: [{ text: "Harold Jennings" }],
      communication: [{ language: { coding: [{ system: "urn:ietf:bcp:47", code: "en" }] }, preferred: true }],
    });
    expect(patient).not.toHaveProperty("telecom");
    expect(carePlan).toMatchObject({ status: "active", intent: "plan", subject: { reference: bundle.entry[0].fullUrl }, period: { start: assignment.startDate } });
    expect(carePlan.activity).toHaveLength(7);
    expect(carePlan.activity[0].detail).toMatchObject({
      status: "in-progress",
      code: { coding: [{ code: "ankle-pumps" }], text: "Ankle pumps" },
      scheduledTiming: { repeat: { frequency: 3, period: 1, periodUnit: "d", dayOfWeek: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] } },
    });
    expect(carePlan.activity[0].detail.description).toMatch(/^2 sets × 20 reps, 3×\/day, 7 days\/week\n1\. /);
    expect(carePlan.activity[0].detail.description).toMatch(/Video: https:\/\/videos\.example\/ex\/ankle-pumps/);

    const pain = resources.filter((r: any) => r.code?.coding?.[0]?.system === "http://loinc.org");
    expect(pain).toHaveLength(2);
    expect(pain[0]).toMatchObject({ status: "final", code: { coding: [{ code: LOINC_PAIN_SEVERITY }] }, effectiveDateTime: "2025-03-11T13:00:00.000Z", valueInteger: 7 });
    expect(pain[1].valueInteger).toBe(0);
    expect(LOINC_PAIN_SEVERITY).toBe("72514-3");

    const sessions = resources.filter((r: any) => r.code?.text?.startsWith("Home exercise program session"));
    expect(sessions.map((s: any) => [s.effectiveDateTime, s.valueCodeableConcept.coding[0].code])).toEqual([
      ["2025-03-11", "done"],
      ["2025-03-12", "partial"],
    ]);
    expect(sessions[0].basedOn).toEqual([{ reference: carePlan && bundle.entry[1].fullUrl }]);
    expect(await h.db.auditEvent.count({ where: { action: "fhir.export", entityId: patientId } })).toBe(1);
    expect((await h.request("GET", `/api/patients/${patientId}/fhir`, { cookie: h.bob.cookie })).status).toBe(404);
  });
});
