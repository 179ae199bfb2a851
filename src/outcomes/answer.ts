import { normalise } from "../reading/normalize.js";
import { scaleNumbers } from "../reading/pain-score.js";
import { MAX_ACTIVITY_LENGTH, MAX_PSFS_ACTIVITIES, SCALE, type QuestionKind } from "./measures.js";

/** What a message says in answer to an outcome question. */
export type OutcomeAnswer =
  | { type: "value"; value: number }
  | { type: "activities"; names: string[] }
  | { type: "skip" }
  | { type: "stop_surveys" }
  | { type: "unclear" };

const SKIP = /^(?:skip|pass|next|saltar|salta|paso|siguiente)\b|\b(?:prefer not|rather not|id rather not|dont want to (?:answer|say)|skip (?:it|this|that)|pass on (?:this|that)|no quiero (?:contestar|responder|decir)|prefiero no|me la salto|saltar(?:la|lo)?)\b/;
const STOP_SURVEYS =
  /\b(?:no more|stop(?: the| sending(?: me)?)?|dont (?:send|want)(?: me)?(?: any)?(?: more)?|quit(?: the)?|enough)\s+(?:surveys?|questionnaires?|questions?|check ?ins?)\b|\b(?:no mas|basta de|dejen de mandar(?:me)?|no (?:me )?(?:manden|envien|mande|envie)(?: mas)?)\s+(?:encuestas?|cuestionarios?|preguntas?)\b/;

/** A message that turns questionnaires off, whatever is open ("no more surveys", "no más encuestas"). */
export function asksToStopSurveys(text: string): boolean {
  return STOP_SURVEYS.test(normalise(text));
}

/**
 * Reads a reply to one outcome question: a number in digits or words in English or Spanish
 * ("7/10", "siete", "about a six"), the activities as the patient's own words, or "skip" /
 * "no more surveys". Out of range or more than one number is unclear: the caller asks again once.
 */
export function readOutcomeAnswer(kind: QuestionKind, raw: string): OutcomeAnswer {
  const text = normalise(raw);
  if (STOP_SURVEYS.test(text)) return { type: "stop_surveys" };
  if (SKIP.test(text)) return { type: "skip" };
  if (kind === "psfs_activities") {
    const names = splitActivities(raw);
    return names.length > 0 ? { type: "activities", names } : { type: "unclear" };
  }
  const values = [...new Set(scaleNumbers(text))];
  const { min, max } = SCALE[kind];
  if (values.length !== 1) return { type: "unclear" };
  const value = values[0]!;
  return value >= min && value <= max ? { type: "value", value } : { type: "unclear" };
}

/** "stairs, gardening and lifting my grandson" → three activities, in the patient's words. */
export function splitActivities(raw: string): string[] {
  return raw
    .split(/[,;\n]+|\s+(?:and|y|e)\s+|(?:^|\s)\d[.)]\s*|\s*[•·-]\s+/i)
    .map((part) => part.replace(/^[\s"'«“]+|[\s"'».!?”]+$/g, "").slice(0, MAX_ACTIVITY_LENGTH).trim())
    .filter((part) => /\p{L}{2,}/u.test(part))
    .slice(0, MAX_PSFS_ACTIVITIES);
}
