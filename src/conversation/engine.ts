import { barrierFollowUp, barrierIn, doubtFollowUp, mentionsSkipping, painScoreFollowUp, reflectionOnly, statedBarrierFollowUp, type BarrierFollowUp } from "./barrier-reply.js";
import { joinReplies, opensWithASession, questionBesides, scheduleBesides } from "./second-intent.js";
import { findBarrier } from "./barriers.js";
import { answeredPainScore, sessionFeeling } from "./session-feeling.js";
import { namedInReport } from "./named-exercises.js";
import { TemplateWriter, bookFor, type ReplyTemplates, type Values } from "./reply-templates.js";
import { completionToClarify } from "./clarify.js";
import { handOffTopic } from "./hand-off.js";
import { answerToScheduleQuestion, daysAwaySaid, namesDaysAway, parseScheduleRequest } from "./schedule-request.js";
import { saysADate } from "./schedule-dates.js";
import { decideSchedule } from "./schedule-reply.js";
import { asksToChangeReminders, asksToResume, isAboutReminders, namesAReminderTime, rulesOutATime, soundsLikeOptOut } from "./stop-or-pause.js";
import { asSms } from "./sms-length.js";
import { asksForTodaysProgram, renderTodaysProgram } from "./today-program.js";
import { completionReply, partialReply, reportsASession, saysAllDone } from "./completion-reply.js";
import { merge, strongest, therapistFamily, triage, withEscalation } from "./escalations.js";
import { otherReply } from "./other-reply.js";
import { questionReply } from "./question-reply.js";
import { plainWords } from "../text/fold.js";
import { fallActions, isFallReading } from "./trends.js";
import type { Action, ConversationInput, ConversationOutcome, EscalationAction, Reply } from "./types.js";

export { formatLocalDate, formatLocalTime } from "./schedule-reply.js";

export interface EngineDeps {
  templates: ReplyTemplates;
  /** [0, 1): picks among template variants, so wording varies; tests pass a fixed one. */
  random: () => number;
}

export const DEFAULT_EMERGENCY_NUMBER = "911";
export const DEFAULT_CRISIS_LINE = "988";

/** A verb or word that reports the exercises done: without one, "every day except Sunday" is no session. */
const SAYS_DONE = /\b(?:did|done|finished|completed|managed|got through|hice|hecho|hechos|hechas|hecha|termine|terminado|complete|listo|lista)\b/;

/** "I skip today, tomorrow double": the day after is when the session is made up, not when the reminders come back. */
const MAKES_UP_FOR_IT = /\b(?:double|twice|two times|make (?:it |them )?up|catch up|doble|el doble|dos veces|recuperar\w*|reponer\w*)\b/;
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
      ? answerToScheduleQuestion(input.awaiting.about, input.text, input.now, input.timeZone, input.awaiting.partOfDay)
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
    // A date said ("back on the 22nd", "OOO Dec 12–19") asks for the pause; "next week" alone may only say why.
    const onlyAReason =
      (request.kind === "pause" && (request.untilLocalDate === null || request.namedPeriod === true || !saysADate(input.text))) ||
      request.kind === "days_off" ||
      (request.kind === "unclear" && request.why !== "event");
    // "Skip Sundays" asks for a day off: a skip word alone is no reason given.
    const reasonGiven = request.kind !== "days_off" || barrierIn(input) !== null;
    if (onlyAReason && reasonGiven && !asksToChangeReminders(input.text)) {
      const stated = statedBarrierFollowUp(input, t);
      if (stated !== null) return withFollowUp(stated);
    }
    const decision = decideSchedule(request, scheduleContext, t);
    actions.push(...decision.actions);
    scheduled = true;
    // "Done, text me at 6pm from now on": the session recorded and affirmed, then the change said.
    if (reading.kind === "schedule" && opensWithASession(input.text)) {
      actions.push({ type: "completion", status: "done", exercises: namedInReport(input).done.map((i) => i.slug) });
      return joinReplies(t.pick("done.short"), decision.reply);
    }
    // "Skipped today, too tired, can you text me at 7 instead": the reason named back, then the change said.
    const why = reflectionOnly(input, t);
    if (why === null) return decision.reply;
    return joinReplies(withFollowUp(why), decision.reply);
  };
  const scheduleContext = { lang: input.lang, timeZone: input.timeZone, now: input.now, currentTimes: input.reminderTimes ?? [] };
  let scheduled = false;
  // A question answered beside a report ("done — can I add a second set?"): the therapist asked is said in it.
  let answeredBesides = false;

  const awayOnDates = () => namesDaysAway(input.text, input.now, input.timeZone);
  const standingDaysOnly = () =>
    !SAYS_DONE.test(plainWords(input.text)) && reading.exercises.length === 0 && daysAwaySaid(input.text, input.now, input.timeZone)?.kind === "days_off";

  let reply: Reply | null;
  // The reader alone tells an opt-out from a pause (LABELS: opt-out and pauses): a limit it read is already "schedule".
  switch (reading.kind) {
    case "stop":
      if (input.history.optedOut) return { reply: null, actions: withEscalation(actions, escalations) };
      actions.push({ type: "consent", state: "opted_out" });
      return { reply: t.pick("stop", values), actions: withEscalation(actions, escalations) };
    case "start":
      actions.push({ type: "consent", state: "opted_in" });
      return { reply: t.pick("start", values), actions: withEscalation(actions, escalations) };
    case "help":
      return { reply: t.pick("help", values), actions: withEscalation(actions, escalations) };
    case "question":
      // "Could you not text me before 9?" asks about the reminders, not the exercises.
      reply = rulesOutATime(input.text) ? schedule() : questionReply(input, t, values, withFollowUp, escalations);
      break;
    case "schedule":
      // "Remind me what I need to do" is about the program, not the reminders.
      reply = asksForTodaysProgram(input.text) ? renderTodaysProgram(input.program, input.channel, t) : schedule();
      break;
    case "done":
    case "partial": {
      // "Part of me wants to quit these" is ambivalence, not a session: reflected and asked about, nothing recorded.
      const doubt = doubtFollowUp(input, t);
      if (doubt !== null && !reportsASession(input.text)) {
        reply = withFollowUp(doubt);
        break;
      }
      // "Todos los días menos el domingo" is about the reminders' days, not a session with one left out.
      if (standingDaysOnly()) {
        reply = schedule();
        break;
      }
      // "All done, but it was a struggle": every exercise, said with how it felt.
      const status = reading.kind === "partial" && !saysAllDone(input.text) ? "partial" : "done";
      actions.push({
        type: "completion",
        status,
        // Only what was done: "didn't do the heel slides" names an exercise that was skipped.
        exercises: namedInReport(input).done.map((i) => i.slug),
      });
      if (status === "partial") reply = partialReply(input, t, withFollowUp);
      // "Done, but not sure they're doing anything": affirmed, and the doubt reflected and asked about.
      else reply = doubt === null ? completionReply(input, "done", t) : withFollowUp(doubtFollowUp(input, t, "done")!);
      // "Done — can I add a second set?": the session affirmed, and the question answered too.
      const asked = doubt === null ? questionBesides(input, t, values, escalations) : null;
      if (asked !== null) {
        reply = joinReplies(status === "done" ? t.pick("done.short") : reply, asked);
        answeredBesides = true;
      }
      break;
    }
    case "not_done":
      // "A las 8 no puedo" is about the reminder's time, not a skipped session.
      reply =
        namesAReminderTime(input.text) || rulesOutATime(input.text) || (awayOnDates() && !MAKES_UP_FOR_IT.test(plainWords(input.text)))
          ? schedule()
          : withFollowUp(barrierFollowUp(input, "not_done", t));
      break;
    case "pain": {
      // "Still a 4, not sure these are helping": the pain is recorded and the doubt reflected and asked about.
      const doubt = doubtFollowUp(input, t);
      if (doubt !== null) {
        reply = withFollowUp(doubt);
        break;
      }
      // "Estoy muy desanimada" read as pain with no score: the reason is reflected, not logged as a pain report.
      // "Skipped, knee was a 6": the pain that stopped them named back (the score is recorded all the same).
      const stoppedBy = reading.pain === null ? null : painScoreFollowUp(input, t);
      if (stoppedBy !== null) {
        reply = withFollowUp(stoppedBy);
        break;
      }
      const reason = reading.pain === null ? findBarrier(input.text, input.lang) : null;
      // "Didn't do them, hurts too much": the pain that stopped them is named back, as any reason for a skip.
      const reflect = reason !== null && (reason.barrier !== "pain" || WORRIED.test(plainWords(input.text)) || mentionsSkipping(input.text));
      reply = reflect ? withFollowUp(barrierFollowUp(input, "not_done", t)) : t.pick("pain.noted", values);
      break;
    }
    case "chitchat":
    case "other":
      if (soundsLikeOptOut(input.text)) reply = t.pick("stop.confirm");
      else if (asksForTodaysProgram(input.text)) reply = renderTodaysProgram(input.program, input.channel, t);
      else if (isAboutReminders(input.text) || awayOnDates() || (input.history.paused && asksToResume(input.text))) reply = schedule();
      else reply = otherReply(input, t, values, withFollowUp, escalations) ?? t.pick(reading.kind, values);
      break;
  }

  // Someone is being told: the reply says so, and what happens next.
  const level = strongest(escalations);
  if (level === "urgent") reply = t.pick(fall ? "fall" : "urgent", values);
  if (level === "therapist" && followUp === null && !answeredBesides && reading.kind !== "schedule" && reading.kind !== "question") {
    const topic = reading.kind === "other" || reading.kind === "chitchat" ? handOffTopic(input.text) : null;
    reply = t.pick(topic === null ? therapistFamily(reading.kind) : `handoff.${topic}`, values);
  }

  // "Knee hurts 6/10 and I'm away next week", "did them, text me at 7 from now on": the change made too, and said.
  const besides = !scheduled && level !== "urgent" && reply !== null && ["done", "partial", "pain"].includes(reading.kind) ? scheduleBesides(input) : null;
  if (besides !== null && reply !== null) {
    const decision = decideSchedule(besides, scheduleContext, t);
    actions.push(...decision.actions);
    reply = joinReplies(reply, decision.reply);
  }

  // The 0–10 question was asked: the next bare number answers it.
  if (reply?.template.startsWith("done.hurt#")) actions.push({ type: "await", state: { awaiting: "pain_score" } });

  // Opted out: record what they told us, but send nothing they did not ask for.
  if (input.history.optedOut) reply = null;
  return { reply, actions: withEscalation(actions, escalations) };
}

