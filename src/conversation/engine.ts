import { alreadyAskedForBarrier, barrierFollowUp, doubtFollowUp, statedBarrierFollowUp, type BarrierFollowUp } from "./barrier-reply.js";
import { findBarrier } from "./barriers.js";
import { answeredPainScore, sessionFeeling } from "./session-feeling.js";
import { answerExerciseQuestion, isAboutTheExercises, renderExerciseAnswer } from "./exercise-answer.js";
import { namedInReport } from "./named-exercises.js";
import { TemplateWriter, bookFor, type ReplyTemplates, type Values } from "./reply-templates.js";
import { completionToClarify } from "./clarify.js";
import { handOffTopic } from "./hand-off.js";
import { answerToScheduleQuestion, parseScheduleRequest } from "./schedule-request.js";
import { decideSchedule, joinAnd } from "./schedule-reply.js";
import { asksToChangeReminders, asksToResume, isAboutReminders, isLimitedPause, namesAReminderTime, rulesOutATime, soundsLikeOptOut } from "./stop-or-pause.js";
import { asSms } from "./sms-length.js";
import { asksForTodaysProgram, renderTodaysProgram } from "./today-program.js";
import { STREAK_MILESTONES, completionStreak, daysSinceLastCompletion } from "./streaks.js";
import { localDateOf } from "../scheduling/local-time.js";
import { plainWords } from "../text/fold.js";
import { detectPainRise, fallActions, isFallReading } from "./trends.js";
import { levelRank, maxLevel } from "../reading/reading.js";
import type { Action, ConversationInput, ConversationOutcome, EscalationAction, EscalationLevel, Reply } from "./types.js";

export { formatLocalDate, formatLocalTime } from "./schedule-reply.js";

export interface EngineDeps {
  templates: ReplyTemplates;
  /** [0, 1): picks among template variants, so wording varies; tests pass a fixed one. */
  random: () => number;
}

export const DEFAULT_EMERGENCY_NUMBER = "911";
export const DEFAULT_CRISIS_LINE = "988";
/** After this many days without a completion, a completion is a comeback. */
const COMEBACK_DAYS = 3;

/** Fear of pain rather than pain felt: "worried I'll hurt my knee" gets the reflection and the therapist's advice offered. */
const WORRIED = /\b(?:worried|worry|afraid|scared|fear|nervous|miedo|preocupad\w*|me preocupa|temo|asustad\w*)\b/;

/**
 * Decides what hepbot says and records for one patient message. Pure: everything it needs
 * is in `input` and `deps`; the pipeline stores the actions and sends the reply.
 */
export function decideResponse(input: ConversationInput, deps: EngineDeps): ConversationOutcome {
  const outcome = decide(input, deps);
  // An SMS drops á, í, ó, ú when that saves a segment, as the day's prompts do.
  if (outcome.reply === null || input.channel !== "sms") return outcome;
  return { ...outcome, reply: { ...outcome.reply, text: asSms(outcome.reply.text) } };
}

function decide(input: ConversationInput, deps: EngineDeps): ConversationOutcome {
  // "4" after "how bad was it, from 0 to 10?": the score of the pain they reported, read as a pain report with it.
  const answered = input.awaiting?.awaiting === "pain_score" && input.reading.pain === null ? answeredPainScore(input.text) : null;
  if (answered !== null) return decide({ ...input, awaiting: null, reading: { ...input.reading, kind: "pain", pain: answered } }, deps);
  const t = new TemplateWriter(bookFor(deps.templates, input.lang, input.clinic.spanishRegister), deps.random);
  const { reading } = input;
  const emergencyNumber = input.clinic.emergencyNumber || DEFAULT_EMERGENCY_NUMBER;
  const values: Values = {
    emergencyNumber,
    clinicName: input.clinic.name,
    clinicContact: input.clinic.contact,
    // 988 answers only where 911 does; elsewhere, with no line configured, the sentence is left out rather than a wrong number given.
    crisisLine: input.clinic.crisisLine || (emergencyNumber === DEFAULT_EMERGENCY_NUMBER ? DEFAULT_CRISIS_LINE : ""),
  };

  const fall = isFallReading(reading.redFlags);
  const fallen = fall ? fallActions() : [];
  const actions: Action[] = fallen.filter((a) => a.type === "pause_program");
  const escalations = [...triage(input), ...fallen.filter((a): a is EscalationAction => a.type === "escalation")];

  // An emergency stops the normal flow: call now, the therapist is being told.
  if (strongest(escalations) === "emergency") {
    const family = reading.redFlags.includes("self-harm") ? "emergency.self_harm" : "emergency";
    return { reply: t.pick(family, values), actions: [...actions, merge(escalations)!] };
  }

  // "Done but it hurt" is a pain report without a score too, so the therapist sees it.
  const hurtWhileDone = reading.kind === "done" && reading.pain === null && sessionFeeling(input.text) === "hurt";
  // "9am" after "what time would suit you better?", "June 20" after "what date should they come back?".
  const scheduleAnswer =
    input.awaiting?.awaiting === "schedule" && escalations.length === 0 && !input.history.optedOut
      ? answerToScheduleQuestion(input.awaiting.about, input.text, input.now, input.timeZone)
      : null;
  if (scheduleAnswer !== null) {
    return decideSchedule(scheduleAnswer, { lang: input.lang, timeZone: input.timeZone, now: input.now, currentTimes: input.reminderTimes ?? [] }, t);
  }

  if (reading.pain !== null || reading.kind === "pain" || hurtWhileDone) {
    actions.push({ type: "pain_report", score: reading.pain, text: input.text });
  }

  // Not sure what was done: ask once rather than record a guess.
  const clarify = completionToClarify(input);
  if (clarify) {
    const reply = t.pick("clarify.completion", values);
    return { reply, actions: withEscalation([...actions, { type: "await", state: clarify }], escalations) };
  }
  // A barrier follow-up keeps its own wording even when the therapist is told (the digest carries it).
  let followUp: BarrierFollowUp | null = null;
  const withFollowUp = (found: BarrierFollowUp): Reply => {
    followUp = found;
    if (found.escalation) escalations.push(found.escalation);
    return found.reply;
  };
  const schedule = () => {
    const request = parseScheduleRequest(input.text, input.now, input.timeZone);
    // "Travelling for work this week" says why, it does not ask for a pause: reflect it, and the strategy may offer one.
    const onlyAReason =
      (request.kind === "pause" && (request.fromLocalDate === undefined || request.namedPeriod === true)) ||
      request.kind === "days_off" ||
      (request.kind === "unclear" && request.why !== "event");
    if (onlyAReason && !asksToChangeReminders(input.text)) {
      const stated = statedBarrierFollowUp(input, t);
      if (stated !== null) return withFollowUp(stated);
    }
    const decision = decideSchedule(
      request,
      { lang: input.lang, timeZone: input.timeZone, now: input.now, currentTimes: input.reminderTimes ?? [] },
      t,
    );
    actions.push(...decision.actions);
    return decision.reply;
  };

  let reply: Reply | null;
  switch (reading.kind === "stop" && isLimitedPause(input.text) ? "schedule" : reading.kind) {
    case "stop":
      if (input.history.optedOut) return { reply: null, actions: withEscalation(actions, escalations) };
      actions.push({ type: "consent", state: "opted_out" });
      return { reply: t.pick("stop", values), actions: withEscalation(actions, escalations) };
    case "start":
      actions.push({ type: "consent", state: "opted_in" });
      return { reply: t.pick("start", values), actions: withEscalation(actions, escalations) };
    case "help":
      return { reply: t.pick("help", values), actions: withEscalation(actions, escalations) };
    case "question": {
      if (asksForTodaysProgram(input.text)) {
        reply = renderTodaysProgram(input.program, input.channel, t);
        break;
      }
      const doubt = doubtFollowUp(input, t);
      if (doubt !== null) {
        reply = withFollowUp(doubt);
        break;
      }
      // Medication, pregnancy, heat or ice, creams, equipment swaps, "ask my therapist to call me": an honest hand-off.
      const topic = handOffTopic(input.text);
      if (topic !== null && levelRank(reading.escalate) <= levelRank("therapist")) {
        if (reading.escalate === "none") escalations.push({ type: "escalation", level: "therapist", reason: `patient question for the therapist (${topic.replaceAll("_", " ")})` });
        reply = t.pick(`handoff.${topic}`, values);
        break;
      }
      const answer =
        levelRank(reading.escalate) >= levelRank("therapist")
          ? ({ kind: "therapist", reason: "patient question for the therapist" } as const)
          : answerExerciseQuestion({ text: input.text, program: input.program, lastPromptSlugs: input.lastPromptSlugs, named: reading.exercises });
      // The reader's own escalation is already in `escalations`; add the library's verdict.
      if (reading.escalate === "none" && (answer.kind === "therapist" || answer.kind === "partial")) {
        escalations.push({ type: "escalation", level: "therapist", reason: answer.reason });
      }
      reply = renderExerciseAnswer(answer, input.channel, t);
      break;
    }
    case "schedule":
      // "Remind me what I need to do" is about the program, not the reminders.
      reply = asksForTodaysProgram(input.text) ? renderTodaysProgram(input.program, input.channel, t) : schedule();
      break;
    case "done":
    case "partial":
      actions.push({
        type: "completion",
        status: reading.kind === "partial" ? "partial" : "done",
        // Only what was done: "didn't do the heel slides" names an exercise that was skipped.
        exercises: namedInReport(input).done.map((i) => i.slug),
      });
      if (reading.kind === "partial") reply = partialReply(input, t, withFollowUp);
      else {
        // "Done, but not sure they're doing anything": affirmed, and the doubt reflected and asked about.
        const doubt = doubtFollowUp(input, t, "done");
        reply = doubt === null ? completionReply(input, "done", t) : withFollowUp(doubt);
      }
      break;
    case "not_done":
      // "A las 8 no puedo" is about the reminder's time, not a skipped session.
      reply = namesAReminderTime(input.text) || rulesOutATime(input.text) ? schedule() : withFollowUp(barrierFollowUp(input, "not_done", t));
      break;
    case "pain": {
      // "Still a 4, not sure these are helping": the pain is recorded and the doubt reflected and asked about.
      const doubt = doubtFollowUp(input, t);
      if (doubt !== null) {
        reply = withFollowUp(doubt);
        break;
      }
      // "Estoy muy desanimada" read as pain with no score: the reason is reflected, not logged as a pain report.
      const reason = reading.pain === null ? findBarrier(input.text, input.lang) : null;
      const reflect = reason !== null && (reason.barrier !== "pain" || WORRIED.test(plainWords(input.text)));
      reply = reflect ? withFollowUp(barrierFollowUp(input, "not_done", t)) : t.pick("pain.noted", values);
      break;
    }
    case "chitchat":
    case "other":
      if (soundsLikeOptOut(input.text)) reply = t.pick("stop.confirm");
      else if (asksForTodaysProgram(input.text)) reply = renderTodaysProgram(input.program, input.channel, t);
      else if (isAboutReminders(input.text) || (input.history.paused && asksToResume(input.text))) reply = schedule();
      else reply = otherReply(input, t, withFollowUp, escalations) ?? t.pick(reading.kind, values);
      break;
  }

  // Someone is being told: the reply says so, and what happens next.
  const level = strongest(escalations);
  if (level === "urgent") reply = t.pick(fall ? "fall" : "urgent", values);
  if (level === "therapist" && followUp === null && reading.kind !== "schedule" && reading.kind !== "question") {
    const topic = reading.kind === "other" || reading.kind === "chitchat" ? handOffTopic(input.text) : null;
    reply = t.pick(topic === null ? therapistFamily(reading.kind) : `handoff.${topic}`, values);
  }

  // The 0–10 question was asked: the next bare number answers it.
  if (reply?.template.startsWith("done.hurt#")) actions.push({ type: "await", state: { awaiting: "pain_score" } });

  // Opted out: record what they told us, but send nothing they did not ask for.
  if (input.history.optedOut) reply = null;
  return { reply, actions: withEscalation(actions, escalations) };
}

/** Escalations from the reading, the stated pain and the pain trend. */
function triage(input: ConversationInput): EscalationAction[] {
  const { reading } = input;
  const found: EscalationAction[] = [];
  if (reading.escalate !== "none") {
    const flags = reading.redFlags.length > 0 ? `red flags: ${reading.redFlags.join(", ")}` : `triaged ${reading.escalate}`;
    found.push({ type: "escalation", level: reading.escalate, reason: flags });
  }
  if (reading.pain !== null && reading.pain >= 5) {
    found.push({ type: "escalation", level: reading.pain >= 8 ? "urgent" : "therapist", reason: `pain ${reading.pain}/10` });
  }
  if (reading.pain !== null) {
    const rise = detectPainRise(reading.pain, input.history.recentPain, input.now);
    if (rise !== null) found.push(rise);
  }
  return found;
}

function strongest(escalations: EscalationAction[]): EscalationLevel {
  return maxLevel(...escalations.map((e) => e.level));
}

/** One escalation per message: the strongest level, every reason. */
function merge(escalations: EscalationAction[]): EscalationAction | null {
  if (escalations.length === 0) return null;
  const reasons = [...new Set(escalations.map((e) => e.reason))];
  return { type: "escalation", level: strongest(escalations) as EscalationAction["level"], reason: reasons.join("; ") };
}

function withEscalation(actions: Action[], escalations: EscalationAction[]): Action[] {
  const merged = merge(escalations);
  return merged === null ? actions : [...actions, merged];
}

function therapistFamily(kind: ConversationInput["reading"]["kind"]): string {
  switch (kind) {
    case "done":
    case "partial":
      return "completion.therapist";
    case "not_done":
      return "not_done.therapist";
    case "pain":
      return "pain.therapist";
    default:
      return "escalation.therapist";
  }
}

/** Affirms the work, noticing streaks, milestones and comebacks; a second report the same day is not a new milestone. */
function completionReply(input: ConversationInput, status: "done" | "partial", t: TemplateWriter): Reply {
  const today = localDateOf(input.now, input.timeZone);
  const already = input.history.completionDates.includes(today);
  const streak = completionStreak([...input.history.completionDates, today], today);
  const gap = daysSinceLastCompletion(input.history.completionDates, today);
  const pain = input.reading.pain;

  // Pain said without a score: the work affirmed, the pain taken seriously (no cheering next to it).
  const feeling = status === "done" ? sessionFeeling(input.text) : null;
  if (feeling === "hurt" && pain === null) return t.pick("done.hurt");
  if (feeling === "disliked") return t.pick("done.disliked");
  if (feeling === "hard") return t.pick("done.hard");
  if (feeling === "good") return t.pick("done.felt_good");
  if (!already && (STREAK_MILESTONES as readonly number[]).includes(streak)) return t.pick(`milestone.${streak}`, { streak });
  if (pain !== null && pain > 0) return t.pick("done.mild_pain", { score: pain });
  if (!already && gap !== null && gap >= COMEBACK_DAYS) return t.pick("done.return");
  // The exercises the patient named come back to them: variety from what they said, not a random pick.
  const names = status === "done" ? namedInMessage(input, t) : null;
  if (names !== null) return t.pick("done.named", { names });
  if (streak >= 2) return t.pick(`${status}.streak`, { streak });
  return t.pick(status);
}

/** The exercises the patient named, when they named some of the program, joined for a sentence; else null. */
function namedInMessage(input: ConversationInput, t: TemplateWriter): string | null {
  const named = namedInReport(input).done;
  return named.length > 0 && named.length < input.program.length ? joinAnd(named.map((i) => i.name), t) : null;
}

/** Partial: affirmed, and the reason for the rest reflected with a strategy, or asked for once. */
function partialReply(input: ConversationInput, t: TemplateWriter, withFollowUp: (f: BarrierFollowUp) => Reply): Reply {
  const followUp = barrierFollowUp(input, "partial", t);
  if (followUp.barrier !== null) return withFollowUp(followUp);
  const affirmed = completionReply(input, "partial", t);
  // A milestone is worth saying on its own; otherwise ask once what stopped the rest.
  const names = namedInMessage(input, t);
  // "Hice casi todos menos los puentes": the one left out is named, and what stopped it asked.
  const skipped = names === null ? namedInReport(input).skipped : [];
  const skippedNames = skipped.length > 0 ? joinAnd(skipped.map((i) => i.name), t) : null;
  const asks = [
    ...t.all("partial.ask_barrier"),
    ...(names === null ? [] : t.all("partial.named_ask_barrier", { names })),
    ...(skippedNames === null ? [] : t.all("partial.skipped_ask_barrier", { names: skippedNames })),
  ].map((r) => r.text);
  if (affirmed.template.startsWith("milestone.") || alreadyAskedForBarrier(input.history.recentReplies ?? [], input.now, asks)) return affirmed;
  if (names !== null) return t.pick("partial.named_ask_barrier", { names });
  return skippedNames === null ? followUp.reply : t.pick("partial.skipped_ask_barrier", { names: skippedNames });
}

/**
 * Chit-chat and "other" that are really something the engine can answer: today's program, doubt
 * about the exercises, a skipped session with its reason, a reminder request the reader missed.
 */
function otherReply(input: ConversationInput, t: TemplateWriter, withFollowUp: (f: BarrierFollowUp) => Reply, escalations: EscalationAction[]): Reply | null {
  if (asksForTodaysProgram(input.text)) return renderTodaysProgram(input.program, input.channel, t);
  const doubt = doubtFollowUp(input, t);
  if (doubt !== null) return withFollowUp(doubt);
  const stated = statedBarrierFollowUp(input, t);
  if (stated !== null) return withFollowUp(stated);
  // About the exercises but nothing the engine can answer: an honest hand-off, never "outside what I can help with".
  if (!isAboutTheExercises(input.text, input.program)) return null;
  if (!looksLikeQuestion(input.text)) return t.pick("other.exercises");
  escalations.push({ type: "escalation", level: "therapist", reason: "patient question for the therapist" });
  return t.pick("question.therapist");
}

const QUESTION_START = /^(?:how|what|why|when|which|should|can|could|is|are|do|does|will|como|que|por que|cuando|cual|cuanto|cuanta|debo|puedo|hay)\b/;

function looksLikeQuestion(text: string): boolean {
  return /[?¿]/.test(text) || QUESTION_START.test(plainWords(text));
}
