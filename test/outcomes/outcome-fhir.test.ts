import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fhirUuid, patientBundle, type BundleInput } from "../../src/fhir/patient-bundle.js";
import type { BundleOutcomeAnswer } from "../../src/fhir/outcome-resources.js";
import { TEST_PROVIDERS } from "../support/databases.js";
import { fhirSchemaErrors } from "../support/fhir-schema.js";
import { startHarness, type Harness } from "../api/harness.js";

const at = (iso: string) => new Date(iso);
const ANSWERS: BundleOutcomeAnswer[] = [
  { id: "a1", kind: "psfs_activities", item: 0, activity: null, value: null, activities: ["subir escaleras", "jardinería"], occasion: "2025-01-06", at: at("2025-01-06T15:00:00Z") },
  { id: "a2", kind: "psfs_rating", item: 0, activity: "subir escaleras", value: 3, activities: null, occasion: "2025-01-06", at: at("2025-01-06T15:01:00Z") },
  { id: "a3", kind: "nprs", item: 0, activity: null, value: 6, activities: null, occasion: "2025-01-06", at: at("2025-01-06T15:02:00Z") },
  { id: "a4", kind: "grc", item: 0, activity: null, value: 6, activities: null, occasion: "2025-02-14", at: at("2025-02-14T15:00:00Z") },
];

function input(outcomes: BundleOutcomeAnswer[]): BundleInput {
  return {
    patient: { id: "p1", name: "Ana", language: "es", clinicId: "c1", mrnSystem: null, mrn: null, paused: false },
    plans: [],
    pain: [],
    completions: [],
    outcomes,
    generatedAt: at("2025-03-01T00:00:00Z"),
  };
}

describe("outcome answers in the FHIR bundle", () => {
  it("one QuestionnaireResponse per measure and day, an Observation per score derived from it, valid R4", () => {
    const bundle = patientBundle(input(ANSWERS));
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const resources = bundle.entry.map((e) => e.resource as Record<string, any>);
    const responses = resources.filter((r) => r.resourceType === "QuestionnaireResponse");
    expect(responses.map((r) => r.questionnaire)).toEqual([
      "https://hepbot.org/fhir/Questionnaire/psfs",
      "https://hepbot.org/fhir/Questionnaire/nprs",
      "https://hepbot.org/fhir/Questionnaire/grc",
    ]);
    expect(responses[0]!.item).toEqual([
      { linkId: "activities", text: expect.any(String), answer: [{ valueString: "subir escaleras" }, { valueString: "jardinería" }] },
      { linkId: "rating-1", text: 'How well can you do "subir escaleras" today (0-10)?', answer: [{ valueInteger: 3 }] },
    ]);
    const observations = resources.filter((r) => r.resourceType === "Observation");
    expect(observations.map((o) => [o.code.coding[0].code, o.valueQuantity.value])).toEqual([
      ["psfs-rating", 3],
      ["72514-3", 6],
      ["grc", 6],
    ]);
    const psfsResponse = bundle.entry.find((e) => e.resource === responses[0])!.fullUrl;
    expect(observations[0]!.derivedFrom).toEqual([{ reference: psfsResponse }]);
    expect(psfsResponse).toBe(fhirUuid("QuestionnaireResponse", responses[0]!.id));
  });

  it("a bundle without answers has none of them", () => {
    const bundle = patientBundle(input([]));
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(["Patient"]);
  });
});

describe.each(TEST_PROVIDERS)("outcome answers in the FHIR export on %s", (provider) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(provider);
  });
  afterAll(async () => h.close());

  it("exports the stored answers, and a pain answer's score once", async () => {
    const patientId = h.alice.patientIds[0]!;
    await h.db.outcomeAnswer.deleteMany({ where: { patientId } }); // the demo's own history
    const message = await h.db.messageLog.create({ data: { patientId, direction: "inbound", channel: "sms", address: "+15550000001", body: "6", state: "processed" } });
    await h.db.painReport.create({ data: { patientId, score: 6, text: "6", messageId: message.id, localDate: "2025-03-10" } });
    await h.db.outcomeAnswer.create({ data: { questionId: "q1", patientId, kind: "nprs", value: 6, occasion: "2025-03-10", messageId: message.id, answeredAt: at("2025-03-10T14:00:00Z") } });
    await h.db.outcomeAnswer.create({ data: { questionId: "q2", patientId, kind: "psfs_activities", activities: '["stairs"]', occasion: "2025-03-10", answeredAt: at("2025-03-10T14:01:00Z") } });
    const response = await h.request("GET", `/api/patients/${patientId}/fhir`, { cookie: h.alice.cookie });
    expect(response.status).toBe(200);
    expect(fhirSchemaErrors(response.body)).toEqual([]);
    const resources = (response.body.entry as Array<{ resource: Record<string, any> }>).map((e) => e.resource);
    expect(resources.filter((r) => r.resourceType === "QuestionnaireResponse")).toHaveLength(2);
    const painScores = resources.filter((r) => r.resourceType === "Observation" && r.code.coding[0].code === "72514-3");
    expect(painScores).toHaveLength(1);
    expect(painScores[0]).toMatchObject({ derivedFrom: [expect.anything()], valueQuantity: { value: 6 } });
  });
});
