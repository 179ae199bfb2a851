import type { ScheduleChange } from "../../conversation/types.js";

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** A change the patient made by text, in the therapist's words: what the history on the patient page says. */
export function describeReminderChange(change: ScheduleChange, before: { reminderTimes: string[]; daysOff: number[] }): string {
  switch (change.kind) {
    case "reminder_time":
      return `reminder times ${before.reminderTimes.join(", ") || "none"} → ${change.times.join(", ")}`;
    case "pause":
      if (change.untilLocalDate === null) return "reminders paused until the patient resumes";
      return `reminders paused${change.fromLocalDate ? ` from ${change.fromLocalDate}` : ""}, back on ${change.untilLocalDate}`;
    case "resume":
      return "reminders resumed";
    case "days_off": {
      const names = (days: number[]) => days.map((d) => DAY_NAMES[d - 1]).join(", ") || "none";
      if (change.weekdays.length === 0) return `reminders on every program day again (before: none on ${names(before.daysOff)})`;
      return `no reminders on ${names(change.weekdays)} (before: ${names(before.daysOff)})`;
    }
  }
}
