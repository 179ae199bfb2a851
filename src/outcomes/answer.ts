import { normalise } from "../reading/normalize.js";
import { scaleNumbers } from "../reading/pain-score.js";
import { MAX_ACTIVITY_LENGTH, MAX_PSFS_ACTIVITIES, SCALE, type QuestionKind } from "./measures.js";

/** What a message says in answer to an outcome question. */
export type OutcomeAnswer =
  | { type: "value"; value: number }
  | { type: "activities"; names: string[] }
  | { type: "skip" }
  | { type: "stop_surveys" }
  | { type: "unclear" }
  /** Plainly something else: a question, or news told in sentences ("grandkids are here all week"). */
  | { type: "not_an_answer" };

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
    if (!namesActivities(text)) return { type: "not_an_answer" };
    const names = splitActivities(raw);
    return names.length > 0 ? { type: "activities", names } : { type: "unclear" };
  }
  const values = [...new Set(scaleNumbers(text))];
  const { min, max } = SCALE[kind];
  if (values.length !== 1) return { type: "unclear" };
  const value = values[0]!;
  return value >= min && value <= max ? { type: "value", value } : { type: "unclear" };
}

/**
 * Activities are named as things to do ("stairs", "lifting my grandson", "subir escaleras"), not
 * asked about or told as news. The activities question comes a minute after the day's prompt, so
 * a message in sentences ("grandkids are here all week", "what's on for today?") answers the prompt.
 */
const TOLD_AS_NEWS =
  /\?|\b(?:i|im|ive|ill|id|he|she|hes|shes|they|theyre|we|were|it|its|there|theres|this|that|\w+s) (?:am|is|are|was|were|have|has|had|got|will|wont|cant|dont|didnt|did|couldnt|havent|hasnt)\b|\b(?:estoy|esta|estan|estaba|estuve|tengo|tiene|tenia|tuve|hay|hubo|fui|fue|vino|vinieron|vienen|no pude|no puedo|no hice|se me|me toca)\b|^\W*(?:what|whats|how|hows|which|when|where|wheres|why|who|whos|que|como|cual|cuando|donde|por que)\b/;

export function namesActivities(normalisedText: string): boolean {
  return !TOLD_AS_NEWS.test(normalisedText);
}

/** "stairs, gardening and lifting my grandson" → three activities, in the patient's words. */
export function splitActivities(raw: string): string[] {
  return raw
    .split(/[,;\n]+|\s+(?:and|y|e)\s+|(?:^|\s)\d[.)]\s*|\s*[•·-]\s+/i)
    .map((part) => part.replace(/^[\s"'«“]+|[\s"'».!?”]+$/g, "").slice(0, MAX_ACTIVITY_LENGTH).trim())
    .filter((part) => /\p{L}{2,}/u.test(part))
    .slice(0, MAX_PSFS_ACTIVITIES);
}
