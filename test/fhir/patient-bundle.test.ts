import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fhirUuid, itemTiming, LOINC_PAIN_SEVERITY, patientBundle, type BundleInput, type BundleItem } from "../../src/fhir/patient-bundle.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { fhirSchemaErrors } from "../support/fhir-schema.js";
import { startHarness, type Harness } from "../api/harness.js";

describe("patientBundle", () => {
  it("makes stable urn:uuid ids", () => {
    expect(fhirUuid("Patient", "abc")).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(fhirUuid("Patient", "abc")).toBe(fhirUuid("Patient", "abc"));
    expect(fhirUuid("Patient", "abc")).not.toBe(fhirUuid("CarePlan", "abc"));
  });

  it("returns an empty-ish but valid collection for a patient with no data", () => {
    const bundle = patientBundle({ ...input(), plans: [], pain: [], completions: [] });
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: "2025-01-01T00:00:00.000Z" });
    expect(bundle.entry).toHaveLength(1);
    expect(bundle.entry[0]!.resource).toMatchObject({ resourceType: "Patient", communication: [{ language: { coding: [{ code: "es" }] } }] });
    expect(fhirSchemaErrors(bundle)).toEqual([]);
  });

  it("schedules an item done fewer days a week than the plan's weekdays as sessions per week", () => {
    const everyDay = [1, 2, 3, 4, 5, 6, 7];
    expect(itemTiming({ timesPerDay: 2, daysPerWeek: 7 }, everyDay)).toEqual({
      repeat: { frequency: 2, period: 1, periodUnit: "d", dayOfWeek: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] },
    });
    expect(itemTiming({ timesPerDay: 1, daysPerWeek: 5 }, everyDay).repeat).toMatchObject({ frequency: 5, period: 1, periodUnit: "wk" });
    expect(itemTiming({ timesPerDay: 2, daysPerWeek: 3 }, [1, 3, 5]).repeat).toEqual({ frequency: 2, period: 1, periodUnit: "d", dayOfWeek: ["mon", "wed", "fri"] });
  });

  it("carries the dose as structured data and words in the patient's language, and validates against the R4 schema", () => {
    const bundle = patientBundle(input());
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const carePlan = bundle.entry[1]!.resource as any;
    expect(carePlan.activity[1].detail.extension).toEqual([
      {
        url: "https://hepbot.org/fhir/StructureDefinition/exercise-dose",
        extension: [
          { url: "sets", valueInteger: 1 },
          { url: "reps", valueInteger: 8 },
          { url: "hold", valueQuantity: { value: 300, unit: "s", system: "http://unitsofmeasure.org", code: "s" } },
        ],
      },
    ]);
    expect(carePlan.activity[1].detail.description).toMatch(/^1 serie de 8\n1\. Acuéstese/);
    expect(carePlan.activity[1].detail.description).toMatch(/Video: https:\/\/v\.example\/bridges$/);
    const session = bundle.entry.find((e) => (e.resource as any).code?.coding?.[0]?.code === "hep-session")!.resource as any;
    expect(session.code.coding[0].display).toBe("Sesión de ejercicios en casa (informada por el paciente)");
    expect(session.valueCodeableConcept.coding[0]).toMatchObject({ code: "partial", display: "Hecho en parte" });
  });

  it("marks the plan on hold while the patient is paused, and gives an ended plan its end", () => {
    const paused = patientBundle({ ...input(), patient: { ...input().patient, paused: true } });
    expect(paused.entry[1]!.resource).toMatchObject({ status: "on-hold", activity: [{ detail: { status: "on-hold" } }, {}] });
    const ended = patientBundle({ ...input(), plans: [{ ...input().plans[0]!, status: "ended", endDate: "2025-02-01" }] });
    expect(ended.entry[1]!.resource).toMatchObject({ status: "completed", period: { start: "2025-01-01", end: "2025-02-01" } });
    expect(fhirSchemaErrors(paused)).toEqual([]);
  });

  it("records each prescribed exercise of a completion when it is known, pain as a UCUM score the patient performed", () => {
    const bundle = patientBundle({
      ...input(),
      completions: [
        { id: "c1", status: "done", localDate: "2025-01-02", at: new Date("2025-01-02T10:00:00Z"), assignmentId: "a1", exercises: [] },
        { id: "c2", status: "partial", localDate: "2025-01-03", at: new Date("2025-01-03T10:00:00Z"), assignmentId: "a1", exercises: ["bridges"] },
        { id: "c3", status: "partial", localDate: "2025-01-04", at: new Date("2025-01-04T10:00:00Z"), assignmentId: "a1", exercises: [] },
      ],
    });
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const byId = new Map(bundle.entry.map((e) => [(e.resource as any).id, e.resource as any]));
    const components = (id: string) => byId.get(id).component?.map((c: any) => [c.code.coding[0].code, c.valueBoolean]);
    expect(components("c1")).toEqual([["clamshells", true], ["bridges", true]]);
    expect(components("c2")).toEqual([["clamshells", false], ["bridges", true]]);
    expect(components("c3")).toBeUndefined();
    const patientRef = { reference: fhirUuid("Patient", "p1") };
    expect(byId.get("pain1")).toMatchObject({
      valueQuantity: { value: 6, unit: "{score}", system: "http://unitsofmeasure.org", code: "{score}" },
      performer: [patientRef],
    });
    expect(byId.get("pain1")).not.toHaveProperty("valueInteger");
  });

  it("identifies the patient within the clinic, and by medical record number once known", () => {
    const [plain] = patientBundle(input()).entry;
    expect((plain!.resource as any).identifier).toEqual([{ system: "https://hepbot.org/fhir/clinic/clinic1/patient", value: "p1" }]);
    const [withMrn] = patientBundle({ ...input(), patient: { ...input().patient, mrn: "MRN-0042", mrnSystem: "urn:oid:2.16.840.1.113883.3.999" } }).entry;
    expect((withMrn!.resource as any).identifier[1]).toMatchObject({
      type: { coding: [{ code: "MR" }] },
      system: "urn:oid:2.16.840.1.113883.3.999",
      value: "MRN-0042",
    });
  });
});

function item(slug: string, name: string, dose: Partial<BundleItem>): BundleItem {
  return { slug, name, sets: 2, reps: 10, holdSeconds: 0, timesPerDay: 1, daysPerWeek: 7, doseText: "", instructions: [], videoUrl: `https://v.example/${slug}`, notes: "", ...dose };
}

function input(): BundleInput {
  return {
    patient: { id: "p1", name: "Ana", language: "es", clinicId: "clinic1", mrnSystem: null, mrn: null, paused: false },
    plans: [
      {
        assignmentId: "a1",
        status: "active",
        startDate: "2025-01-01",
        endDate: null,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        title: "Cadera",
        programSlug: "hip",
        version: 1,
        items: [
          item("clamshells", "Almejas", { doseText: "2 series de 10, 1 vez al día", daysPerWeek: 5 }),
          item("bridges", "Puente", { sets: 1, reps: 8, holdSeconds: 300, doseText: "1 serie de 8", instructions: ["Acuéstese boca arriba."] }),
        ],
      },
    ],
    pain: [{ id: "pain1", score: 6, at: new Date("2025-01-02T09:00:00Z") }],
    completions: [{ id: "c1", status: "partial", localDate: "2025-01-02", at: new Date("2025-01-02T10:00:00Z"), assignmentId: "a1", exercises: [] }],
    generatedAt: new Date("2025-01-01T00:00:00Z"),
  };
}

describe.each(TEST_PROVIDERS)("FHIR export over the API on %s", (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(async () => h.close());

  it("exports a Bundle with Patient, CarePlan, LOINC pain Observations and completion Observations", async () => {
    const patientId = h.alice.patientIds[0]!;
    const assignment = await h.db.assignment.findFirstOrThrow({ where: { patientId } });
    // The demo's seeded outcome answers have their own export test (test/outcomes); this one counts pain and completions.
    await h.db.outcomeAnswer.deleteMany({ where: { patientId } });
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
      identifier: [{ system: `https://hepbot.org/fhir/clinic/${h.alice.clinicId}/patient`, value: patientId }],
      active: true,
      name: [{ text: "Harold Jennings" }],
      communication: [{ language: { coding: [{ system: "urn:ietf:bcp:47", code: "en" }] }, preferred: true }],
    });
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    expect(patient).not.toHaveProperty("telecom");
    expect(carePlan).toMatchObject({ status: "active", intent: "plan", subject: { reference: bundle.entry[0].fullUrl }, period: { start: assignment.startDate } });
    expect(carePlan.activity).toHaveLength(7);
    expect(carePlan.activity[0].detail).toMatchObject({
      status: "in-progress",
      code: { coding: [{ code: "ankle-pumps" }], text: "Ankle pumps" },
      scheduledTiming: { repeat: { frequency: 3, period: 1, periodUnit: "d", dayOfWeek: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] } },
    });
    expect(carePlan.activity[0].detail.description).toMatch(/^2 sets of 20, 3 times a day\n1\. /);
    expect(carePlan.activity[0].detail.description).toMatch(/Video: https:\/\/videos\.example\/ex\/ankle-pumps/);

    const pain = resources.filter((r: any) => r.code?.coding?.[0]?.system === "http://loinc.org");
    expect(pain).toHaveLength(2);
    expect(pain[0]).toMatchObject({ status: "final", code: { coding: [{ code: LOINC_PAIN_SEVERITY }] }, effectiveDateTime: "2025-03-11T13:00:00.000Z", valueQuantity: { value: 7 } });
    expect(pain[1].valueQuantity.value).toBe(0);
    expect(LOINC_PAIN_SEVERITY).toBe("72514-3");

    const sessions = resources.filter((r: any) => r.code?.coding?.[0]?.code === "hep-session");
    expect(sessions.map((s: any) => [s.effectiveDateTime, s.valueCodeableConcept.coding[0].code])).toEqual([
      ["2025-03-11", "done"],
      ["2025-03-12", "partial"],
    ]);
    expect(sessions[0].component.map((c: any) => c.valueBoolean)).toEqual(Array(7).fill(true));
    expect(sessions[1]).not.toHaveProperty("component");
    expect(sessions[0].basedOn).toEqual([{ reference: carePlan && bundle.entry[1].fullUrl }]);
    expect(await h.db.auditEvent.count({ where: { action: "fhir.export", entityId: patientId } })).toBe(1);
    expect((await h.request("GET", `/api/patients/${patientId}/fhir`, { cookie: h.bob.cookie })).status).toBe(404);
  });

  it("exports the medical record number set through the API, on hold while paused, and an ended plan's last day", async () => {
    const patientId = h.alice.patientIds[1]!;
    await h.db.clinic.update({ where: { id: h.alice.clinicId }, data: { mrnSystem: "urn:oid:2.16.840.1.113883.3.999" } });
    expect((await h.request("PATCH", `/api/patients/${patientId}`, { cookie: h.alice.cookie, body: { mrn: "" } })).status).toBe(400);
    expect((await h.request("PATCH", `/api/patients/${patientId}`, { cookie: h.alice.cookie, body: { mrn: "MRN-0042" } })).status).toBe(200);
    const patient = await h.db.patient.update({ where: { id: patientId }, data: { pausedAt: new Date("2025-03-10T12:00:00Z") } });
    const assignment = await h.db.assignment.findFirstOrThrow({ where: { patientId } });
    await h.db.assignment.update({ where: { id: assignment.id }, data: { status: "ended", endDate: null, endedAt: new Date("2025-03-12T03:00:00Z") } });

    const bundle = (await h.request("GET", `/api/patients/${patientId}/fhir`, { cookie: h.alice.cookie })).body;
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const [exportedPatient, carePlan] = bundle.entry.map((e: any) => e.resource);
    expect(exportedPatient.identifier[1]).toMatchObject({ system: "urn:oid:2.16.840.1.113883.3.999", value: "MRN-0042" });
    // Ended at 03:00 UTC on the 12th: still the 11th in the patient's own zone.
    const lastDay = patient.timeZone.startsWith("America/") ? "2025-03-11" : "2025-03-12";
    expect(carePlan).toMatchObject({ status: "completed", period: { end: lastDay } });
  });
});
