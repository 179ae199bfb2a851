import { createHash } from "node:crypto";
import { outcomeResources, type BundleOutcomeAnswer } from "./outcome-resources.js";
import type { Dose, Frequency } from "../care/programs/dose-words.js";

/**
 * A patient's home program and what they reported, as a FHIR R4 Bundle (type collection). Pure.
 *
 * Completions are exported as Observations, not Procedures: a completion is the patient's own report
 * ("done", "did 2 of 3"), not a verified act recorded by a clinician, and its done/partial answer is a
 * value, which Observation carries (valueCodeableConcept) and Procedure's status codes cannot say.
 * They sit beside the pain scores as patient-reported data, one component per prescribed exercise.
 * There is no LOINC code for "home exercise session done", so the code is a displayed hepbot coding.
 * Pain reports without a number ("a bit sore") are not exported: an Observation of LOINC 72514-3 is a
 * 0–10 score, and the words stay in the conversation the therapist reads.
 */

export const LOINC_PAIN_SEVERITY = "72514-3";
export const HEPBOT_SYSTEM = "https://hepbot.org/fhir/CodeSystem";
export const DOSE_EXTENSION = "https://hepbot.org/fhir/StructureDefinition/exercise-dose";
const UCUM = "http://unitsofmeasure.org";

export interface BundleItem extends Dose, Frequency {
  slug: string;
  name: string;
  /** The dose in the patient's language and in words ("2 sets of 10, hold 5 s, once a day"). */
  doseText: string;
  instructions: string[];
  videoUrl: string;
  notes: string;
}

export interface BundleInput {
  patient: {
    id: string;
    name: string;
    language: "en" | "es";
    clinicId: string;
    /** The clinic's identifier system for medical record numbers, when it has set one. */
    mrnSystem: string | null;
    mrn: string | null;
    paused: boolean;
  };
  plans: Array<{
    assignmentId: string;
    status: "active" | "ended";
    startDate: string;
    /** The last local day of the plan: its planned end, or the day it was ended. */
    endDate: string | null;
    weekdays: number[];
    title: string;
    programSlug: string;
    version: number;
    items: BundleItem[];
  }>;
  pain: Array<{ id: string; score: number; at: Date }>;
  completions: Array<{ id: string; status: string; localDate: string; at: Date; assignmentId: string | null; exercises: string[] }>;
  /** Outcome measure answers (src/fhir/outcome-resources.ts). */
  outcomes?: BundleOutcomeAnswer[];
  generatedAt: Date;
}

/** A stable urn:uuid per record, so re-exports reference the same resources. */
export function fhirUuid(type: string, id: string): string {
  const hex = createHash("sha256").update(`${type}/${id}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WORDS = {
  en: { video: "Video", session: "Home exercise session (patient-reported)", done: "Done", partial: "Partly done", program: "Home exercise program" },
  es: { video: "Video", session: "Sesión de ejercicios en casa (informada por el paciente)", done: "Hecho", partial: "Hecho en parte", program: "Programa de ejercicios en casa" },
} as const;

/**
 * How often an item is done. Every prescribed day: `frequency` times a day on the plan's weekdays.
 * Fewer days a week than the plan has weekdays (5 of 7): that many sessions a week, on those weekdays.
 */
export function itemTiming(item: Frequency, weekdays: number[]) {
  const dayOfWeek = weekdays.map((d) => DAYS[d - 1]!);
  if (item.daysPerWeek >= weekdays.length) return { repeat: { frequency: item.timesPerDay, period: 1, periodUnit: "d", dayOfWeek } };
  return { repeat: { frequency: item.timesPerDay * item.daysPerWeek, period: 1, periodUnit: "wk", dayOfWeek } };
}

function doseExtension(item: BundleItem) {
  return {
    url: DOSE_EXTENSION,
    extension: [
      { url: "sets", valueInteger: item.sets },
      { url: "reps", valueInteger: item.reps },
      ...(item.holdSeconds > 0 ? [{ url: "hold", valueQuantity: { value: item.holdSeconds, unit: "s", system: UCUM, code: "s" } }] : []),
    ],
  };
}

function carePlanStatus(plan: BundleInput["plans"][number], paused: boolean): { plan: string; activity: string } {
  if (plan.status === "ended") return { plan: "completed", activity: "completed" };
  return paused ? { plan: "on-hold", activity: "on-hold" } : { plan: "active", activity: "in-progress" };
}

function exerciseCoding(slug: string, name: string) {
  return { system: `${HEPBOT_SYSTEM}/exercise`, code: slug, display: name };
}

export function patientBundle(input: BundleInput) {
  const words = WORDS[input.patient.language];
  const patientRef = { reference: fhirUuid("Patient", input.patient.id) };
  const clinicSystem = `https://hepbot.org/fhir/clinic/${input.patient.clinicId}/patient`;
  const patient = {
    resourceType: "Patient",
    id: input.patient.id,
    identifier: [
      { system: clinicSystem, value: input.patient.id },
      ...(input.patient.mrn
        ? [
            {
              use: "usual",
              type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "MR", display: "Medical record number" }] },
              system: input.patient.mrnSystem ?? `https://hepbot.org/fhir/clinic/${input.patient.clinicId}/mrn`,
              value: input.patient.mrn,
            },
          ]
        : []),
    ],
    active: true,
    name: [{ text: input.patient.name }],
    communication: [{ language: { coding: [{ system: "urn:ietf:bcp:47", code: input.patient.language }] }, preferred: true }],
  };
  const itemsByPlan = new Map(input.plans.map((plan) => [plan.assignmentId, plan.items]));
  const carePlans = input.plans.map((plan) => {
    const status = carePlanStatus(plan, input.patient.paused);
    return {
      resourceType: "CarePlan",
      id: plan.assignmentId,
      status: status.plan,
      intent: "plan",
      title: plan.title,
      description: `${words.program}: ${plan.programSlug} v${plan.version}`,
      subject: patientRef,
      period: { start: plan.startDate, ...(plan.endDate ? { end: plan.endDate } : {}) },
      activity: plan.items.map((item) => ({
        detail: {
          extension: [doseExtension(item)],
          code: { coding: [exerciseCoding(item.slug, item.name)], text: item.name },
          status: status.activity,
          scheduledTiming: itemTiming(item, plan.weekdays),
          description: [item.doseText, ...item.instructions.map((step, i) => `${i + 1}. ${step}`), item.notes, `${words.video}: ${item.videoUrl}`]
            .filter(Boolean)
            .join("\n"),
        },
      })),
    };
  });
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
    performer: [patientRef],
    valueQuantity: { value: report.score, unit: "{score}", system: UCUM, code: "{score}" },
  }));
  const completionObservations = input.completions.map((completion) => {
    const items = (completion.assignmentId && itemsByPlan.get(completion.assignmentId)) || [];
    const named = new Set(completion.exercises);
    // Done covers every prescribed exercise; a partial one is known per exercise only when the patient named some.
    const known = completion.status === "done" || named.size > 0;
    return {
      resourceType: "Observation",
      id: completion.id,
      status: "final",
      category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "activity", display: "Activity" }] }],
      code: { coding: [{ system: HEPBOT_SYSTEM, code: "hep-session", display: words.session }], text: words.session },
      subject: patientRef,
      ...(completion.assignmentId ? { basedOn: [{ reference: fhirUuid("CarePlan", completion.assignmentId) }] } : {}),
      effectiveDateTime: completion.localDate,
      issued: completion.at.toISOString(),
      performer: [patientRef],
      valueCodeableConcept: {
        coding: [{ system: `${HEPBOT_SYSTEM}/completion`, code: completion.status, display: completion.status === "done" ? words.done : words.partial }],
        text: completion.status === "done" ? words.done : words.partial,
      },
      ...(known && items.length > 0
        ? {
            component: items.map((item) => ({
              code: { coding: [exerciseCoding(item.slug, item.name)], text: item.name },
              valueBoolean: completion.status === "done" || named.has(item.slug),
            })),
          }
        : {}),
    };
  });
  const resources = [patient, ...carePlans, ...painObservations, ...completionObservations, ...outcomeResources(input.outcomes ?? [], patientRef, fhirUuid)];
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: input.generatedAt.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: fhirUuid(resource.resourceType, resource.id), resource })),
  };
}
