import { doubtFollowUp, statedBarrierFollowUp, type BarrierFollowUp } from "./barrier-reply.js";
import { answerExerciseQuestion, renderExerciseAnswer } from "./exercise-answer.js";
import { handOffTopic } from "./hand-off.js";
import { looksLikeQuestion } from "./other-reply.js";
import type { TemplateWriter, Values } from "./reply-templates.js";
import { asksForTodaysProgram, renderTodaysProgram } from "./today-program.js";
import { levelRank } from "../reading/reading.js";
import type { ConversationInput, EscalationAction, Reply } from "./types.js";

/**
 * The answer to a question: today's program, doubt reflected and asked about, an honest hand-off
 * for what only the therapist can answer (medication, pregnancy, heat or ice, creams, equipment or
 * surface swaps, a call), or the exercise library's answer. Pure; a therapist being asked is
 * pushed onto `escalations`.
 */
export function questionReply(
  input: ConversationInput,
  t: TemplateWriter,
  values: Values,
  withFollowUp: (f: BarrierFollowUp) => Reply,
  escalations: EscalationAction[],
): Reply {
  const { reading } = input;
  if (asksForTodaysProgram(input.text)) return renderTodaysProgram(input.program, input.channel, t);
  const doubt = doubtFollowUp(input, t);
  if (doubt !== null) return withFollowUp(doubt);
  // "I know I should but I'm exhausted" was taken for a question: it gives a reason, reflected like any other.
  const stated = looksLikeQuestion(input.text) ? null : statedBarrierFollowUp(input, t);
  if (stated !== null) return withFollowUp(stated);
  const topic = handOffTopic(input.text);
  if (topic !== null && levelRank(reading.escalate) <= levelRank("therapist")) {
    if (reading.escalate === "none") escalations.push({ type: "escalation", level: "therapist", reason: `patient question for the therapist (${topic.replaceAll("_", " ")})` });
    return t.pick(`handoff.${topic}`, values);
  }
  const answer =
    levelRank(reading.escalate) >= levelRank("therapist")
      ? ({ kind: "therapist", reason: "patient question for the therapist" } as const)
      : answerExerciseQuestion({ text: input.text, program: input.program, lastPromptSlugs: input.lastPromptSlugs, named: reading.exercises });
  // The reader's own escalation is already in `escalations`; add the library's verdict.
  if (reading.escalate === "none" && (answer.kind === "therapist" || answer.kind === "partial")) {
    escalations.push({ type: "escalation", level: "therapist", reason: answer.reason });
  }
  return renderExerciseAnswer(answer, input.channel, t);
}
