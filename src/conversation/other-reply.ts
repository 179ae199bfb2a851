import { doubtFollowUp, statedBarrierFollowUp, type BarrierFollowUp } from "./barrier-reply.js";
import { isAboutTheExercises } from "./exercise-answer.js";
import { finishesTheProgram } from "./finished-program.js";
import { handOffTopic } from "./hand-off.js";
import type { TemplateWriter, Values } from "./reply-templates.js";
import { asksForTodaysProgram, renderTodaysProgram } from "./today-program.js";
import { plainWords } from "../text/fold.js";
import type { ConversationInput, EscalationAction, Reply } from "./types.js";

/**
 * Chit-chat and "other" that are really something the engine can answer: today's program, doubt
 * about the exercises, a skipped session with its reason, a question for the therapist. Pure; a
 * therapist being asked is pushed onto `escalations`.
 */
export function otherReply(
  input: ConversationInput,
  t: TemplateWriter,
  values: Values,
  withFollowUp: (f: BarrierFollowUp) => Reply,
  escalations: EscalationAction[],
): Reply | null {
  if (asksForTodaysProgram(input.text)) return renderTodaysProgram(input.program, input.channel, t);
  if (finishesTheProgram(input.text)) return t.pick("finished_program");
  const doubt = doubtFollowUp(input, t);
  if (doubt !== null) return withFollowUp(doubt);
  const stated = statedBarrierFollowUp(input, t);
  if (stated !== null) return withFollowUp(stated);
  // "I want to talk to Laura", "can I do them on the bed instead": the therapist is asked, and the patient told so.
  const topic = input.reading.escalate === "none" ? handOffTopic(input.text) : null;
  if (topic !== null) {
    escalations.push({ type: "escalation", level: "therapist", reason: `patient question for the therapist (${topic.replaceAll("_", " ")})` });
    return t.pick(`handoff.${topic}`, values);
  }
  // About the exercises but nothing the engine can answer: an honest hand-off, never "outside what I can help with".
  if (!isAboutTheExercises(input.text, input.program)) return null;
  if (!looksLikeQuestion(input.text)) return t.pick("other.exercises");
  escalations.push({ type: "escalation", level: "therapist", reason: "patient question for the therapist" });
  return t.pick("question.therapist");
}

const QUESTION_START = /^(?:how|what|why|when|which|should|can|could|is|are|do|does|will|como|que|por que|cuando|cual|cuanto|cuanta|debo|puedo|hay)\b/;

export function looksLikeQuestion(text: string): boolean {
  return /[?¿]/.test(text) || QUESTION_START.test(plainWords(text));
}
