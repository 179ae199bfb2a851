import { createHash } from "node:crypto";

/**
 * A patient's home program and what they reported, as a FHIR R4 Bundle (type collection). Pure.
 *
 * Completions are exported as Observations, not Procedures: a completion is the patient's own report
 * ("done", "did 2 of 3"), not a verified act recorded by a clinician, and its done/partial answer is a
 * value, which Observation carries (valueCodeableConcept) and Procedure's status codes cannot say.
 * They sit beside the pain scores as patient-reported data. There is no LOINC code for "home exercise
 * session done", so the code is text with a hepbot coding.
 */

export const LOINC_PAIN_SEVERITY = "72514-3";
export const HEPBOT_SYSTEM = "https://hepbot.org/fhir/CodeSystem";

export interface BundleInput {
  patient: { id: string; name: string; language: string };
  plans: Array<{
    assignmentId: string;
    status: string;
    startDate: string;
    endDate: string | null;
    weekdays: number[];
    title: string;
    programSlug: string;
    version: number;
    items: Array<{
      slug: string;
      name: string;
      sets: number;
      reps: number;
      holdSeconds: number;
      timesPerDay: number;
      daysPerWeek: number;
      instructions: string[];
      videoUrl: string;
      notes: string;
    }>;
  }>;
  pain: Array<{ id: string; score: number; at: Date; localDate: string }>;
  completions: Array<{ id: string; status: string; localDate: string; at: Date; assignmentId: string | null }>;
  generatedAt: Date;
}

/** A stable urn:uuid per record, so re-exports reference the same resources. */
export function fhirUuid(type: string, id: string): string {
  const hex = createHash("sha256").update(`${type}/${id}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function dose(item: BundleInput["plans"][number]["items"][number]): string {
  const hold = item.holdSeconds > 0 ? `, hold ${item.holdSeconds} s` : "";
  return `${item.sets} sets × ${item.reps} reps${hold}, ${item.timesPerDay}×/day, ${item.daysPerWeek} days/week`;
}

export function patientBundle(input: BundleInput) {
  const patientRef = { reference: fhirUuid("Patient", input.patient.id) };
  const patient = {
    resourceType: "Patient",
    id: input.patient.id,
    active: true,
    name: [{ text: input.patient.name }],
    communication: [{ language: { coding: [{ system: "urn:ietf:bcp:47", code: input.patient.language }] }, preferred: true }],
  };
  const carePlans = input.plans.map((plan) => ({
    resourceType: "CarePlan",
    id: plan.assignmentId,
    status: plan.status === "active" ? "active" : "completed",
    intent: "plan",
    title: plan.title,
    description: `Home exercise program ${plan.programSlug}, version ${plan.version}`,
    subject: patientRef,
    period: { start: plan.startDate, ...(plan.endDate ? { end: plan.endDate } : {}) },
    activity: plan.items.map((item) => ({
      detail: {
        code: { coding: [{ system: `${HEPBOT_SYSTEM}/exercise`, code: item.slug, display: item.name }], text: item.name },
        status: plan.status === "active" ? "in-progress" : "completed",
        scheduledTiming: {
          repeat: { frequency: item.timesPerDay, period: 1, periodUnit: "d", dayOfWeek: plan.weekdays.map((d) => DAYS[d - 1]!) },
        },
        description: [dose(item), ...item.instructions.map((step, i) => `${i + 1}. ${step}`), item.notes, `Video: ${item.videoUrl}`]
          .filter(Boolean)
          .join("\n"),
      },
    })),
  }));
  const painObservations = input.pain.map((report) => ({
    resourceType: "Observation",
    id: report.id,
    status: "final",
    category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }] }],
    code: {
      coding: [{ system: "http://loinc.org", code: LOINC_PAIN_SEVERITY, display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }],
      text: "Pain score (0-10)",
    },
    subject: patientRef,
    effectiveDateTime: report.at.toISOString(),
    valueInteger: report.score,
  }));
  const completionObservations = input.completions.map((completion) => ({
    resourceType: "Observation",
    id: completion.id,
    status: "final",
    category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "activity", display: "Activity" }] }],
    code: { coding: [{ system: HEPBOT_SYSTEM, code: "hep-session" }], text: "Home exercise program session (patient-reported)" },
    subject: patientRef,
    ...(completion.assignmentId ? { basedOn: [{ reference: fhirUuid("CarePlan", completion.assignmentId) }] } : {}),
    effectiveDateTime: completion.localDate,
    issued: completion.at.toISOString(),
    valueCodeableConcept: {
      coding: [{ system: `${HEPBOT_SYSTEM}/completion`, code: completion.status }],
      text: completion.status === "done" ? "Done" : "Partly done",
    },
  }));
  const resources = [patient, ...carePlans, ...painObservations, ...completionObservations];
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: input.generatedAt.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: fhirUuid(resource.resourceType, resource.id), resource })),
  };
}
