import { invalidInput, notFound } from "../core/errors.js";
import type { Db } from "../db/client.js";
import { toPlannerAssignment } from "../scheduler/planning.js";
import { previewSchedule } from "../scheduling/preview.js";
import { patientWithActiveAssignments } from "../care/patients/patients.repo.js";
import { reminderDaysOff } from "../care/patients/reminder-schedule.repo.js";
import { printJson, type CliIo } from "./cli-io.js";
import { parseCliArgs, withDb } from "./cli-support.js";
import type { Command } from "./command.js";

export const PREVIEW_DAYS = 7;

/** The next `days` days of a patient's prompts, in their local time, by the rules the planner applies. */
export async function schedulePreview(db: Db, patientId: string, now: Date, days = PREVIEW_DAYS) {
  const patient = await patientWithActiveAssignments(db, patientId);
  if (!patient) throw notFound("patient", patientId);
  const daysOff = await reminderDaysOff(db, patientId);
  const prompts = patient.assignments.flatMap((a) =>
    previewSchedule(toPlannerAssignment({ ...a, daysOff: daysOff.join(","), patient }), now, days).map((p) => ({
      assignmentId: a.id,
      localDate: p.localDate,
      localTime: p.localTime,
      weekday: p.weekdayName,
      slot: p.slot,
      dueAt: p.dueAt.toISOString(),
      notAfter: p.notAfter.toISOString(),
    })),
  );
  prompts.sort((x, y) => x.dueAt.localeCompare(y.dueAt) || x.assignmentId.localeCompare(y.assignmentId));
  return {
    patientId: patient.id,
    timeZone: patient.timeZone,
    days,
    consent: patient.consent,
    paused: patient.pausedAt !== null,
    /** The pause's local dates: from (null = from when it was asked) and until (null = until resumed). */
    pause: patient.pausedAt === null ? null : { from: patient.pausedFrom, until: patient.pausedUntil },
    /** ISO weekdays the patient asked, by text, to get no reminders on. */
    daysOff,
    quietHours: patient.quietStart && patient.quietEnd ? { start: patient.quietStart, end: patient.quietEnd } : null,
    prompts,
  };
}

export const SCHEDULE_COMMANDS: Record<string, Command> = {
  "schedule preview": {
    usage: "schedule preview PATIENT_ID   the next 7 days of prompts in the patient's local time",
    async run(args: string[], io: CliIo) {
      const { positionals } = parseCliArgs(args, {}, 1);
      if (positionals.length !== 1) throw invalidInput("schedule preview needs exactly one patient id");
      printJson(io, await withDb(io, (db) => schedulePreview(db, positionals[0]!, io.now())));
      return 0;
    },
  },
};
