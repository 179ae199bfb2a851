import { measureOf, type QuestionKind } from "../outcomes/measures.js";

/**
 * Outcome answers as FHIR R4 resources (pure): one QuestionnaireResponse per measure and occasion
 * (the day's questions as the patient answered them, the activities named in their own words),
 * and one Observation per score, derived from it. Pain now is LOINC 72514-3 like the pain reports
 * (its pain report is then left out of the export, so the score is there once); PSFS ratings and
 * the global rating of change have no LOINC code in use for a single text question, so they carry
 * hepbot codes with the text.
 */

export interface BundleOutcomeAnswer {
  id: string;
  kind: QuestionKind;
  item: number;
  activity: string | null;
  value: number | null;
  activities: string[] | null;
  occasion: string;
  at: Date;
}

const OUTCOME_SYSTEM = "https://hepbot.org/fhir/CodeSystem/outcome";
const QUESTIONNAIRE = "https://hepbot.org/fhir/Questionnaire";
const UCUM = "http://unitsofmeasure.org";
const LOINC_PAIN_SEVERITY = "72514-3";

const TITLES: Record<"nprs" | "psfs" | "grc", string> = {
  nprs: "Pain now (NPRS 0-10)",
  psfs: "Patient-Specific Functional Scale",
  grc: "Global rating of change (1 much worse - 7 much better)",
};

function observationCode(answer: BundleOutcomeAnswer) {
  if (answer.kind === "nprs") {
    return { coding: [{ system: "http://loinc.org", code: LOINC_PAIN_SEVERITY, display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }], text: TITLES.nprs };
  }
  if (answer.kind === "psfs_rating") {
    return { coding: [{ system: OUTCOME_SYSTEM, code: "psfs-rating", display: "PSFS activity rating (0-10)" }], text: `PSFS: ${answer.activity ?? ""}` };
  }
  return { coding: [{ system: OUTCOME_SYSTEM, code: "grc", display: TITLES.grc }], text: TITLES.grc };
}

function questionItem(answer: BundleOutcomeAnswer) {
  if (answer.kind === "psfs_activities") {
    return { linkId: "activities", text: "Activities that are hard because of the problem", answer: (answer.activities ?? []).map((name) => ({ valueString: name })) };
  }
  const linkId = answer.kind === "psfs_rating" ? `rating-${answer.item + 1}` : answer.kind;
  const text = answer.kind === "psfs_rating" ? `How well can you do "${answer.activity ?? ""}" today (0-10)?` : TITLES[measureOf(answer.kind)];
  return { linkId, text, answer: [{ valueInteger: answer.value ?? 0 }] };
}

export function outcomeResources(answers: readonly BundleOutcomeAnswer[], patientRef: { reference: string }, uuid: (type: string, id: string) => string) {
  const groups = new Map<string, BundleOutcomeAnswer[]>();
  for (const answer of answers) {
    const key = `${measureOf(answer.kind)}:${answer.occasion}`;
    groups.set(key, [...(groups.get(key) ?? []), answer]);
  }
  const responses: Array<Record<string, unknown> & { resourceType: string; id: string }> = [];
  const observations: Array<Record<string, unknown> & { resourceType: string; id: string }> = [];
  for (const [key, group] of groups) {
    const measure = measureOf(group[0]!.kind);
    const id = `outcome-${key.replace(":", "-")}-${group[0]!.id}`;
    const authored = group[group.length - 1]!.at.toISOString();
    responses.push({
      resourceType: "QuestionnaireResponse",
      id,
      questionnaire: `${QUESTIONNAIRE}/${measure}`,
      status: "completed",
      subject: patientRef,
      authored,
      author: patientRef,
      source: patientRef,
      item: group.filter((a) => a.kind === "psfs_activities" || a.value !== null).map(questionItem),
    });
    for (const answer of group) {
      if (answer.value === null) continue;
      observations.push({
        resourceType: "Observation",
        id: answer.id,
        status: "final",
        category: [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }] }],
        code: observationCode(answer),
        subject: patientRef,
        effectiveDateTime: answer.occasion,
        issued: answer.at.toISOString(),
        performer: [patientRef],
        derivedFrom: [{ reference: uuid("QuestionnaireResponse", id) }],
        valueQuantity: { value: answer.value, unit: "{score}", system: UCUM, code: "{score}" },
      });
    }
  }
  return [...responses, ...observations];
}
