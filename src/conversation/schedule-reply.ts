import { DateTime } from "luxon";
import type { TemplateWriter } from "./reply-templates.js";
import type { ScheduleRequest } from "./schedule-request.js";
import type { Action, Lang, Reply } from "./types.js";

/**
 * What a schedule request changes and the reply that says exactly that: a replaced time is named
 * as gone, an added one as added; a ruled-out time or a pause "until my surgery" changes nothing
 * and asks; a one-off leaves the standing times alone.
 */
export interface ScheduleDecision {
  actions: Action[];
  reply: Reply;
}

export interface ScheduleContext {
  lang: Lang;
  timeZone: string;
  now: Date;
  /** The patient's standing reminder times (HH:mm, local). */
  currentTimes: string[];
}

/** A question asked about the reminders: the patient's next message is read as its answer. */
const ASK_TIME: Action = { type: "await", state: { awaiting: "schedule", about: "time" } };

export function decideSchedule(request: ScheduleRequest, ctx: ScheduleContext, t: TemplateWriter): ScheduleDecision {
  const time = (hhmm: string) => formatLocalTime(hhmm, ctx.lang);
  const list = (times: string[]) => joinAnd(times.map(time), t);
  switch (request.kind) {
    case "reminder_time": {
      if (request.mode === "add") {
        const times = [...new Set([...ctx.currentTimes, ...request.times])].sort();
        return { actions: [{ type: "schedule", change: { kind: "reminder_time", times } }], reply: t.pick("schedule.time_added", { added: list(request.times), times: list(times) }) };
      }
      const removed = request.replaces.length > 0 ? request.replaces : ctx.currentTimes.filter((c) => !request.times.includes(c));
      const kept = request.replaces.length > 0 ? ctx.currentTimes.filter((c) => !request.replaces.includes(c)) : [];
      const times = [...new Set([...kept, ...request.times])].sort();
      const action: Action = { type: "schedule", change: { kind: "reminder_time", times } };
      if (removed.length === 0) return { actions: [action], reply: t.pick("schedule.time", { times: list(times) }) };
      return { actions: [action], reply: t.pick("schedule.time_replaced", { removed: list(removed), times: list(times) }) };
    }
    case "pause": {
      const action: Action = { type: "schedule", change: { kind: "pause", untilLocalDate: request.untilLocalDate, ...(request.fromLocalDate ? { fromLocalDate: request.fromLocalDate } : {}) } };
      if (request.fromLocalDate !== undefined && request.untilLocalDate !== null) {
        return { actions: [action], reply: t.pick("schedule.pause_window", { from: formatLocalDate(request.fromLocalDate, ctx.lang), date: formatLocalDate(request.untilLocalDate, ctx.lang) }) };
      }
      return {
        actions: [action],
        reply: request.untilLocalDate === null ? t.pick("schedule.pause") : t.pick("schedule.pause_until", { date: formatLocalDate(request.untilLocalDate, ctx.lang) }),
      };
    }
    case "resume":
      return { actions: [{ type: "schedule", change: { kind: "resume" } }], reply: t.pick("schedule.resume") };
    case "days_off": {
      if (request.weekdays.length === 0) return { actions: [{ type: "schedule", change: { kind: "days_off", weekdays: [] } }], reply: t.pick("schedule.days_back") };
      const days = joinAnd(request.weekdays.map((day) => t.fixed(`weekday.${day}`)), t);
      return { actions: [{ type: "schedule", change: { kind: "days_off", weekdays: request.weekdays } }], reply: t.pick("schedule.days_off", { days }) };
    }
    case "ruled_out":
      return { actions: [ASK_TIME], reply: ruledOutReply(request, ctx, t) };
    case "one_off": {
      const [hour, minute] = request.time.split(":").map(Number) as [number, number];
      const at = DateTime.fromISO(request.localDate, { zone: ctx.timeZone }).set({ hour, minute }).toJSDate();
      const today = DateTime.fromJSDate(ctx.now, { zone: ctx.timeZone }).toISODate();
      return {
        actions: [{ type: "one_off_reminder", at, text: t.fixed("one_off.reminder") }],
        reply: t.pick("schedule.one_off_set", { time: time(request.time), day: t.fixed(request.localDate === today ? "day.today" : "day.tomorrow") }),
      };
    }
    case "part_of_day":
      // "Evenings": which evening time is the patient's to say; nothing is set on a guess.
      return {
        actions: [{ type: "await", state: { awaiting: "schedule", about: "time", partOfDay: request.when } }],
        reply: t.pick("schedule.ask_time_in", { when: t.fixed(`part.${request.when}`) }),
      };
    case "unclear":
      if (request.why === "event") return { actions: [{ type: "await", state: { awaiting: "schedule", about: "resume_date" } }], reply: t.pick("schedule.ask_event_date") };
      if (request.why === "no_time") return { actions: [ASK_TIME], reply: t.pick("schedule.ask_time") };
      return { actions: [], reply: t.pick(`schedule.${request.why}`) };
  }
}

/** What was ruled out, said back in the patient's terms ("not before work", "8:00 AM doesn't work"), and a better time asked for. */
function ruledOutReply(request: Extract<ScheduleRequest, { kind: "ruled_out" }>, ctx: ScheduleContext, t: TemplateWriter): Reply {
  const when = request.when ?? null;
  // "Too early" with one reminder time: that time is the one ruled out.
  const current = ctx.currentTimes.length === 1 && (when === "early" || when === "late" || when === "that_time") ? ctx.currentTimes[0]! : null;
  const clock = request.time ?? current;
  if (when === "before" || when === "after") {
    return clock === null ? t.pick("schedule.ask_time") : t.pick("schedule.ruled_out_when", { when: t.fixed(`when.${when}`, { time: formatLocalTime(clock, ctx.lang) }) });
  }
  if (clock !== null && (when === null || current !== null)) return t.pick("schedule.ruled_out", { time: formatLocalTime(clock, ctx.lang) });
  return when === null ? t.pick("schedule.ask_time") : t.pick("schedule.ruled_out_when", { when: t.fixed(`when.${when}`) });
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

/** "a, b and c" in the reply's language. */
export function joinAnd(items: string[], t: TemplateWriter): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t.fixed("list.and")} ${items[items.length - 1]}`;
}
