import { prng } from "../../bench/planner-core.bench.js";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { type DuePrompt, type PlannerAssignment, planDuePrompts } from "../../src/scheduling/planner.js";
import { anAssignment } from "./fixtures.js";

/**
 * Differential test: the planner against a deliberately naive reference that finds each
 * wall-clock time by scanning every minute of the surrounding days with luxon. No offset
 * arithmetic, no caches: "02:30 on the day" is simply the first minute of that local day
 * whose clock reads 02:30 or later.
 */

const MINUTE = 60_000;

/** Per zone and local date: the instants of that day in time order, with their wall minute. */
const scans = new Map<string, Array<{ ms: number; wall: number }>>();

function scanDay(zone: string, date: string): Array<{ ms: number; wall: number }> {
  const key = `${zone}|${date}`;
  let minutes = scans.get(key);
  if (minutes) return minutes;
  minutes = [];
  const midUtc = Date.parse(`${date}T12:00:00Z`);
  for (let ms = midUtc - 27 * 60 * MINUTE; ms <= midUtc + 27 * 60 * MINUTE; ms += MINUTE) {
    const local = DateTime.fromMillis(ms, { zone });
    if (local.toISODate() === date) minutes.push({ ms, wall: local.hour * 60 + local.minute });
  }
  scans.set(key, minutes);
  return minutes;
}

const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

function inQuiet(wall: number, q: { start: number; end: number } | null): boolean {
  if (!q || q.start === q.end) return false;
  return q.start < q.end ? wall >= q.start && wall < q.end : wall >= q.start || wall < q.end;
}

/** Reference rule: move a quiet time to the quiet end when that is the same day, else drop. */
function outOfQuiet(wall: number, q: { start: number; end: number } | null): number | null {
  if (!inQuiet(wall, q)) return wall;
  return q!.start > q!.end && wall >= q!.start ? null : q!.end;
}

function referencePlan(a: PlannerAssignment, fromMs: number, toMs: number): DuePrompt[] {
  const out: DuePrompt[] = [];
  if (a.consent === "opted_out") return out;
  const q = a.quietHours ? { start: toMin(a.quietHours.start), end: toMin(a.quietHours.end) } : null;
  const firstDate = DateTime.fromMillis(fromMs, { zone: a.timeZone }).minus({ days: 1 });
  for (let d = firstDate; d.toMillis() <= toMs + 86_400_000; d = d.plus({ days: 1 })) {
    const date = d.toISODate()!;
    if (date < a.startDate || (a.endDate && date > a.endDate)) continue;
    if (a.pause && (a.pause.untilLocalDate === null || date < a.pause.untilLocalDate)) continue;
    const weekday = DateTime.fromISO(date, { zone: "UTC" }).weekday;
    if (a.weekdays.length > 0 && !a.weekdays.includes(weekday)) continue;
    const day = scanDay(a.timeZone, date);
    const nextDayStart = scanDay(a.timeZone, DateTime.fromISO(date, { zone: "UTC" }).plus({ days: 1 }).toISODate()!)[0]!.ms;
    const firstAtOrAfter = (wall: number) => day.find((m) => m.wall >= wall);
    const chosen = new Map<number, { slot: string; configured: number; wall: number }>();
    for (const slot of a.reminderTimes) {
      let wall = outOfQuiet(toMin(slot), q);
      if (wall === null) continue;
      let hit = firstAtOrAfter(wall);
      if (!hit) continue;
      if (hit.wall !== wall && inQuiet(hit.wall, q)) {
        wall = outOfQuiet(hit.wall, q);
        if (wall === null) continue;
        hit = firstAtOrAfter(wall);
        if (!hit) continue;
      }
      const prev = chosen.get(hit.ms);
      if (!prev || toMin(slot) < prev.configured) chosen.set(hit.ms, { slot, configured: toMin(slot), wall: hit.wall });
    }
    for (const [ms, c] of chosen) {
      if (ms <= fromMs || ms > toMs) continue;
      let limit = nextDayStart;
      if (q && q.start !== q.end && q.start > c.wall) {
        const quietStart = firstAtOrAfter(q.start);
        if (quietStart && quietStart.ms > ms) limit = Math.min(limit, quietStart.ms);
      }
      out.push({
        assignmentId: a.assignmentId,
        patientId: a.patientId,
        localDate: date,
        slot: c.slot,
        dueAt: new Date(ms),
        notAfter: new Date(limit - 1),
        idempotencyKey: `prompt:${a.assignmentId}:${date}:${c.slot}`,
      });
    }
  }
  return out.sort((x, y) => x.dueAt.getTime() - y.dueAt.getTime() || (x.idempotencyKey < y.idempotencyKey ? -1 : 1));
}


/** Zones and the UTC instant of one of their 2026 DST changes (or any day, for zones without DST). */
const ZONES: Array<[string, string]> = [
  ["America/New_York", "2026-03-08T07:00:00Z"],
  ["America/New_York", "2026-11-01T06:00:00Z"],
  ["Europe/Madrid", "2026-03-29T01:00:00Z"],
  ["Europe/Madrid", "2026-10-25T01:00:00Z"],
  ["Australia/Sydney", "2026-04-04T16:00:00Z"],
  ["Australia/Sydney", "2026-10-03T16:00:00Z"],
  ["Australia/Lord_Howe", "2026-10-03T15:30:00Z"], // a 30-minute DST change
  ["America/Santiago", "2026-09-06T04:00:00Z"], // DST starts at midnight
  ["America/Havana", "2026-03-08T05:00:00Z"],
  ["Pacific/Chatham", "2026-04-04T14:00:00Z"],
  ["Asia/Kathmandu", "2026-06-10T00:00:00Z"],
];

describe("planner matches a brute-force reference around DST changes", () => {
  const rand = prng(20260308);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const QUIETS = [null, { start: "21:00", end: "08:00" }, { start: "00:00", end: "03:00" }, { start: "02:00", end: "03:30" }, { start: "13:00", end: "15:00" }, { start: "22:00", end: "02:45" }];
  const TIMES = ["00:00", "00:30", "01:00", "01:30", "01:59", "02:00", "02:15", "02:30", "02:45", "03:00", "03:30", "08:00", "21:00", "23:59"];

  const cases = Array.from({ length: 200 }, (_, i) => {
    const [timeZone, changeIso] = pick(ZONES);
    const change = Date.parse(changeIso);
    const reminderTimes = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => (rand() < 0.7 ? pick(TIMES) : hhmm(Math.floor(rand() * 1440))));
    const assignment = anAssignment({
      assignmentId: `asg-${i}`,
      timeZone,
      reminderTimes,
      quietHours: pick(QUIETS),
      weekdays: rand() < 0.7 ? [] : [1, 2, 3, 4, 5],
      startDate: rand() < 0.8 ? "2026-01-01" : DateTime.fromMillis(change, { zone: timeZone }).toISODate()!,
      pause: rand() < 0.1 ? { untilLocalDate: DateTime.fromMillis(change + 86_400_000, { zone: timeZone }).toISODate()! } : null,
    });
    const windowMs = pick([MINUTE, 17 * MINUTE, 60 * MINUTE, 6 * 60 * MINUTE, 24 * 60 * MINUTE, 24 * 60 * MINUTE, 24 * 60 * MINUTE]);
    const from = change - 30 * 60 * MINUTE + Math.floor(rand() * 60 * 60) * MINUTE;
    return { label: `${i} ${timeZone} ${reminderTimes.join(",")} quiet=${JSON.stringify(assignment.quietHours)} window=${windowMs / MINUTE}min`, assignment, from, to: from + windowMs };
  });

  it.each(cases)("$label", ({ assignment, from, to }) => {
    const actual = planDuePrompts([assignment], { from: new Date(from), to: new Date(to) });
    expect(actual).toEqual(referencePlan(assignment, from, to));
  });

  it("the sample actually exercises prompts (not just empty windows)", () => {
    const total = cases.reduce((n, c) => n + referencePlan(c.assignment, c.from, c.to).length, 0);
    expect(total).toBeGreaterThan(100);
  });
});
