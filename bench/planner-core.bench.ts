import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { seededRandom } from "../src/core/seeded-random.js";
import { type PlannerAssignment, planDuePrompts } from "../src/scheduling/planner.js";

const ZONES = [
  "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
  "America/Anchorage", "Pacific/Honolulu", "America/Toronto", "America/Mexico_City", "America/Sao_Paulo",
  "America/Santiago", "America/Bogota", "Europe/London", "Europe/Madrid", "Europe/Paris",
  "Europe/Berlin", "Europe/Athens", "Europe/Istanbul", "Africa/Lagos", "Africa/Johannesburg",
  "Asia/Dubai", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Singapore", "Asia/Shanghai",
  "Asia/Tokyo", "Australia/Adelaide", "Australia/Sydney", "Pacific/Auckland", "Pacific/Chatham",
];

/** Small seeded PRNG (mulberry32) so every run plans the same patients. */
export const prng = seededRandom;

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Streams n synthetic assignments; nothing is held in memory between them. */
export function* syntheticAssignments(n: number, seed = 7): Generator<PlannerAssignment> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (let i = 0; i < n; i++) {
    const times = 1 + Math.floor(rand() * 3);
    const reminderTimes: string[] = [];
    // Most patients pick round times; some pick any minute.
    for (let k = 0; k < times; k++) {
      reminderTimes.push(rand() < 0.7 ? hhmm(pick([6, 7, 8, 9, 12, 17, 18, 19, 20, 21]) * 60 + pick([0, 30])) : hhmm(Math.floor(rand() * 1440)));
    }
    const r = rand();
    yield {
      assignmentId: `asg-${i}`,
      patientId: `pat-${i}`,
      timeZone: pick(ZONES),
      reminderTimes,
      weekdays: rand() < 0.5 ? [] : [1, 3, 5],
      quietHours: rand() < 0.6 ? { start: "21:00", end: "08:00" } : null,
      startDate: rand() < 0.95 ? "2026-01-05" : "2026-03-09",
      endDate: rand() < 0.1 ? "2026-03-01" : null,
      consent: r < 0.03 ? "opted_out" : "opted_in",
      pause: r > 0.97 ? { untilLocalDate: rand() < 0.5 ? null : "2026-03-10" } : null,
    };
  }
}

export interface PlannerBenchResult {
  assignments: number;
  /** Both runs together. */
  seconds: number;
  peakRssMb: number;
  minuteWindow: { seconds: number; prompts: number };
  dayWindow: { seconds: number; prompts: number };
}

/** Plans n patients over a one-minute tick and over a 24 h catch-up window. */
export function benchPlannerCore(n = 100_000): PlannerBenchResult {
  // The New York spring-forward day: the DST path is exercised, not just the fast one.
  const to = new Date("2026-03-08T13:00:00Z");
  const run = (windowMs: number) => {
    const started = performance.now();
    const prompts = planDuePrompts(syntheticAssignments(n), { from: new Date(to.getTime() - windowMs), to }).length;
    return { seconds: (performance.now() - started) / 1000, prompts };
  };
  const minuteWindow = run(60_000);
  const dayWindow = run(24 * 60 * 60_000);
  return {
    assignments: n,
    seconds: minuteWindow.seconds + dayWindow.seconds,
    // maxRSS is the process's peak so far, in KiB.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    minuteWindow,
    dayWindow,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 100_000);
  console.log(JSON.stringify(benchPlannerCore(n), null, 2));
}
