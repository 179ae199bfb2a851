import { DateTime } from "luxon";
import { answerExerciseQuestion, findNamedExercises, renderExerciseAnswer } from "./exercise-answer.js";
import { TemplateWriter, type ReplyTemplates, type Values } from "./reply-templates.js";
import { completionToClarify } from "./clarify.js";
import { parseScheduleRequest, type ScheduleRequest } from "./schedule-request.js";
import { STREAK_MILESTONES, completionStreak, daysSinceLastCompletion } from "./streaks.js";
import { localDateOf } from "../scheduling/local-time.js";
import { hasPrefixMention } from "./text-match.js";
import { detectPainRise, fallActions, isFallReading } from "./trends.js";
import { levelRank, maxLevel } from "../reading/reading.js";
import type { Action, ConversationInput, ConversationOutcome, EscalationAction, EscalationLevel, Lang, Reply } from "./types.js";

export interface EngineDeps {
  templates: ReplyTemplates;
  /** [0, 1): picks among template variants, so wording varies; tests pass a fixed one. */
  random: () => number;
}

export const DEFAULT_EMERGENCY_NUMBER = "911";
/** After this many days without a completion, a completion is a comeback. */
const COMEBACK_DAYS = 3;

const FORGOT = ["forgot", "forget*", "slipped my mind", "olvid*", "se me paso"];
const LOW_MOTIVATION = [
  "motivat*", "whats the point", "what s the point", "no point", "cant be bothered", "can t be bothered", "dont feel like",
  "don t feel like", "not feeling it", "give up", "giving up", "sick of", "fed up", "ganas", "para que", "no tiene sentido",
  "harto", "harta", "desanimad*", "no me apetece",
];

/**
 * Decides what hepbot says and records for one patient message. Pure: everything it needs
 * is in `input` and `deps`; the pipeline stores the actions and sends the reply.
 */
export function decideResponse(input: ConversationInput, deps: EngineDeps): ConversationOutcome {
  const t = new TemplateWriter(deps.templates[input.lang], deps.random);
  const { reading } = input;
  const values: Values = {
    emergencyNumber: input.clinic.emergencyNumber ?? DEFAULT_EMERGENCY_NUMBER,
    clinicName: input.clinic.name,
    clinicContact: input.clinic.contact,
  };

  const fall = isFallReading(reading.redFlags);
  const fallen = fall ? fallActions() : [];
  const actions: Action[] = fallen.filter((a) => a.type === "pause_program");
  const escalations = [...triage(input), ...fallen.filter((a): a is EscalationAction => a.type === "escalation")];

  // An emergency stops the normal flow: call now, the therapist is being told.
  if (strongest(escalations) === "emergency") {
    return { reply: t.pick("emergency", values), actions: [...actions, merge(escalations)!] };
  }

  if (reading.pain !== null || reading.kind === "pain") {
    actions.push({ type: "pain_report", score: reading.pain, text: input.text });
  }

  // Not sure what was done: ask once rather than record a guess.
  const clarify = completionToClarify(input);
  if (clarify) {
    const reply = t.pick("clarify.completion", values);
    return { reply, actions: withEscalation([...actions, { type: "await", state: clarify }], escalations) };
  }

  let reply: Reply | null;
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
    case "question": {
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
    case "schedule": {
      const request = parseScheduleRequest(input.text, input.now, input.timeZone);
      if (request.kind !== "unclear") actions.push({ type: "schedule", change: request });
      reply = scheduleReply(request, input.lang, t);
      break;
    }
    case "done":
    case "partial":
      actions.push({
        type: "completion",
        status: reading.kind,
        exercises: findNamedExercises(input.text, reading.exercises, input.program).map((i) => i.slug),
      });
      reply = completionReply(input, reading.kind, t);
      break;
    case "not_done":
      reply = t.pick(notDoneFamily(input.text), values);
      break;
    case "pain":
      reply = t.pick("pain.noted", values);
      break;
    case "chitchat":
      reply = t.pick("chitchat", values);
      break;
    case "other":
      reply = t.pick("other", values);
      break;
  }

  // Someone is being told: the reply says so, and what happens next.
  const level = strongest(escalations);
  if (level === "urgent") reply = t.pick(fall ? "fall" : "urgent", values);
  if (level === "therapist" && reading.kind !== "schedule" && reading.kind !== "question") {
    reply = t.pick(therapistFamily(reading.kind), values);
  }

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

function notDoneFamily(text: string): string {
  if (hasPrefixMention(text, LOW_MOTIVATION)) return "not_done.low_motivation";
  if (hasPrefixMention(text, FORGOT)) return "not_done.forgot";
  return "not_done";
}

/** Affirms the work, noticing streaks, milestones and comebacks; a second report the same day is not a new milestone. */
function completionReply(input: ConversationInput, status: "done" | "partial", t: TemplateWriter): Reply {
  const today = localDateOf(input.now, input.timeZone);
  const already = input.history.completionDates.includes(today);
  const streak = completionStreak([...input.history.completionDates, today], today);
  const gap = daysSinceLastCompletion(input.history.completionDates, today);
  const pain = input.reading.pain;

  if (!already && (STREAK_MILESTONES as readonly number[]).includes(streak)) return t.pick(`milestone.${streak}`, { streak });
  if (pain !== null && pain > 0) return t.pick("done.mild_pain", { score: pain });
  if (!already && gap !== null && gap >= COMEBACK_DAYS) return t.pick("done.return");
  if (streak >= 2) return t.pick(`${status}.streak`, { streak });
  return t.pick(status);
}

function scheduleReply(request: ScheduleRequest, lang: Lang, t: TemplateWriter): Reply {
  switch (request.kind) {
    case "reminder_time":
      return t.pick("schedule.time", { times: joinAnd(request.times.map((time) => formatLocalTime(time, lang)), t) });
    case "pause":
      return request.untilLocalDate === null
        ? t.pick("schedule.pause")
        : t.pick("schedule.pause_until", { date: formatLocalDate(request.untilLocalDate, lang) });
    case "resume":
      return t.pick("schedule.resume");
    case "unclear":
      return t.pick(request.why === "no_time" ? "schedule.ask_time" : `schedule.${request.why}`);
  }
}

/** "19:30" as the patient reads a clock: "7:30 PM" in English, "19:30" in Spanish. */
export function formatLocalTime(hhmm: string, lang: Lang): string {
  const time = DateTime.fromFormat(hhmm, "HH:mm", { zone: "utc" });
  return lang === "en" ? time.toFormat("h:mm a") : time.toFormat("HH:mm");
}

/** "2025-03-10" as "Monday, March 10" / "lunes, 10 de marzo". */
export function formatLocalDate(isoDate: string, lang: Lang): string {
  return DateTime.fromISO(isoDate, { zone: "utc" }).setLocale(lang).toLocaleString({ weekday: "long", month: "long", day: "numeric" });
}

function joinAnd(items: string[], t: TemplateWriter): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t.fixed("list.and")} ${items[items.length - 1]}`;
}
