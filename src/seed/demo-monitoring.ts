import { backdateAssignment } from "../care/assignments/assignments.repo.js";
import type { Db } from "../db/client.js";
import { addLocalDays, DAY_MS, localDateOf } from "../scheduling/local-time.js";
import { localMonthBounds } from "../monitoring/monitoring-time.js";

const MINUTE = 60_000;

/**
 * How each demo patient's RTM episode looks on a first login, relative to today: days since the
 * first monitoring day, the clinician's time this month (days ago, minutes) and any live contact.
 * Harold is 2 minutes short of 20 with no call yet; Rosa has a call; Dana had a video visit.
 */
const DEMO_EPISODES = [
  { startedDaysAgo: 16, time: [{ daysAgo: 6, minutes: 7, source: "auto" }, { daysAgo: 2, minutes: 11, source: "manual" }], contact: null },
  { startedDaysAgo: 9, time: [{ daysAgo: 3, minutes: 12, source: "auto" }], contact: { daysAgo: 1, minutes: 10, mode: "phone" } },
  { startedDaysAgo: 24, time: [{ daysAgo: 5, minutes: 8, source: "manual" }], contact: { daysAgo: 4, minutes: 15, mode: "video" } },
] as const;

/**
 * Seeds the demo clinic's RTM ledger: each demo patient's episode starts some days back (their
 * first program's start date), with monitoring time and a contact in this calendar month.
 */
export async function seedDemoMonitoring(db: Db, input: { therapistId: string; patientIds: string[]; now: Date }): Promise<void> {
  for (const [index, patientId] of input.patientIds.entries()) {
    const episode = DEMO_EPISODES[index % DEMO_EPISODES.length]!;
    const patient = await db.patient.findUniqueOrThrow({ where: { id: patientId }, select: { timeZone: true } });
    const today = localDateOf(input.now, patient.timeZone);
    const first = await db.assignment.findFirst({ where: { patientId }, orderBy: { startDate: "asc" } });
    // Back to the episode's first day, unless the demo's history already started the program earlier.
    const episodeStart = addLocalDays(today, -episode.startedDaysAgo);
    if (first && first.startDate > episodeStart) await backdateAssignment(db, first.id, { startDate: episodeStart });
    const monthStart = localMonthBounds(today.slice(0, 7), patient.timeZone).start;
    const entries = [...episode.time, ...(episode.contact ? [episode.contact] : [])];
    // Early in a month, "days ago" falls in the month before: those entries go one after another
    // from the month's first instant instead, spaced so they do not overlap.
    const spacing = Math.min(60 * MINUTE, (input.now.getTime() - monthStart) / (entries.length + 1));
    const place = (index: number, daysAgo: number, minutes: number) => {
      const wanted = input.now.getTime() - daysAgo * DAY_MS - 2 * 60 * MINUTE;
      const start = wanted >= monthStart ? wanted : monthStart + index * spacing;
      return { start: new Date(start), end: new Date(Math.min(start + minutes * MINUTE, input.now.getTime())) };
    };
    for (const [index, entry] of episode.time.entries()) {
      const { start, end } = place(index, entry.daysAgo, entry.minutes);
      await db.monitoringTime.create({ data: { patientId, therapistId: input.therapistId, source: entry.source, startedAt: start, endedAt: end, note: entry.source === "manual" ? "Reviewed replies and pain trend" : "" } });
    }
    if (episode.contact) {
      const { start } = place(episode.time.length, episode.contact.daysAgo, episode.contact.minutes);
      await db.interactiveContact.create({
        data: { patientId, therapistId: input.therapistId, mode: episode.contact.mode, at: start, minutes: episode.contact.minutes, note: "Checked progress and adjusted the dose" },
      });
    }
  }
}
