import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { openDatabase } from "../src/db/database.js";
import { silentLogger } from "../src/logging/logger.js";
import { createScheduler } from "../src/scheduler/scheduler.js";
import { PLANNED_THROUGH_KEY, SILENCE_CHECKED_KEY } from "../src/scheduler/scheduler-state.js";
import { syntheticAssignments } from "./planner-core.bench.js";

export type PlannerTickBenchResult = {
  assignments: number;
  /** The measured tick: plan one minute over every active assignment and queue what is due. */
  seconds: number;
  /** Peak RSS of the process that ran the tick (Node, tsx, Prisma and the tick together). */
  peakRssMb: number;
  /** That process's RSS just before the tick: what Node, tsx and an open Prisma client cost anyway. */
  rssBeforeTickMb: number;
  prompts: number;
  seedSeconds: number;
};

const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

/** 09:00 in New York, 08:00 in Chicago, 06:00 in Los Angeles…: a busy minute for round reminder times. */
const NOW = new Date("2026-03-10T13:00:00.000Z");

/**
 * One scheduler tick over `n` active assignments in a SQLite database: stream them in pages,
 * plan the last minute, render and queue the due prompts. Seeding (migrations, then raw INSERTs
 * in one transaction) runs in one child process and is not measured; the tick runs in another,
 * so its peak RSS is its own and not whatever the benchmark runner measured before.
 */
export async function benchPlanner(n = 100_000): Promise<PlannerTickBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "hepbot-bench-planner-"));
  const file = join(dir, "bench.db");
  try {
    const seedStarted = performance.now();
    execFileSync(TSX, [fileURLToPath(import.meta.url), "--seed", file, String(n)], { stdio: "inherit" });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const out = execFileSync(TSX, [fileURLToPath(import.meta.url), "--measure", file], { encoding: "utf8" });
    const measured = JSON.parse(out.trim().split("\n").pop()!) as Omit<PlannerTickBenchResult, "seedSeconds">;
    return { ...measured, seedSeconds: round(seedSeconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureTick(file: string): Promise<Omit<PlannerTickBenchResult, "seedSeconds">> {
  const { db, close } = await openDatabase(`file:${file}`, { migrate: false });
  await db.schedulerState.createMany({
    data: [
      { key: PLANNED_THROUGH_KEY, value: new Date(NOW.getTime() - 60_000).toISOString() },
      // The hourly 3-day-silence sweep is not part of a planning tick.
      { key: SILENCE_CHECKED_KEY, value: NOW.toISOString() },
    ],
  });
  const scheduler = createScheduler({ db, logger: silentLogger(), clock: () => NOW, videoBaseUrl: "https://videos.example.org/", enabledChannels: ["sms"] });
  const rssBeforeTickMb = round(process.memoryUsage().rss / 1024 / 1024);
  const started = performance.now();
  const result = await scheduler.tick();
  const seconds = (performance.now() - started) / 1000;
  await close();
  return {
    assignments: result.planning?.assignments ?? 0,
    seconds: round(seconds),
    // maxRSS is this process's peak, in KiB.
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    rssBeforeTickMb,
    prompts: result.planning?.enqueued ?? 0,
  };
}

export async function seed(file: string, n: number): Promise<void> {
  const database = await openDatabase(`file:${file}`);
  await database.close();
  const sqlite = new BetterSqlite3(file);
  const at = new Date("2026-01-01T00:00:00.000Z").toISOString();
  sqlite.pragma("journal_mode = WAL");
  sqlite.transaction(() => {
    sqlite.prepare(`INSERT INTO "Clinic" (id, name, timeZone, createdAt) VALUES ('c1', 'Bench clinic', 'America/New_York', ?)`).run(at);
    sqlite
      .prepare(`INSERT INTO "Therapist" (id, clinicId, name, email, timeZone, createdAt) VALUES ('t1', 'c1', 'Dr. Bench', 'bench@example.org', 'America/New_York', ?)`)
      .run(at);
    const exercise = sqlite.prepare(
      `INSERT INTO "Exercise" (id, slug, nameEn, nameEs, bodyRegion, instructionsEn, instructionsEs, cuesEn, cuesEs, mistakesEn, mistakesEs, videoUrl, createdAt)
       VALUES (?, ?, ?, ?, 'knee', '[]', '[]', '[]', '[]', '[]', '[]', ?, ?)`,
    );
    for (const [i, name] of ["Quad sets", "Heel slides", "Straight leg raise"].entries()) exercise.run(`e${i}`, `bench-${i}`, name, name, `knee/${i}.mp4`, at);
    sqlite.prepare(`INSERT INTO "Program" (id, slug, titleEn, titleEs, createdAt) VALUES ('p1', 'bench', 'Bench', 'Bench', ?)`).run(at);
    sqlite.prepare(`INSERT INTO "ProgramVersion" (id, programId, version, createdAt) VALUES ('v1', 'p1', 1, ?)`).run(at);
    const item = sqlite.prepare(`INSERT INTO "ProgramItem" (id, programVersionId, position, exerciseId, sets, reps, holdSeconds) VALUES (?, 'v1', ?, ?, 3, 10, ?)`);
    for (let i = 0; i < 3; i++) item.run(`i${i}`, i + 1, `e${i}`, i === 0 ? 5 : 0);

    const patient = sqlite.prepare(
      `INSERT INTO "Patient" (id, clinicId, therapistId, name, timeZone, reminderTimes, quietStart, quietEnd, consent, consentChangedAt, pausedAt, pausedUntil, createdAt, updatedAt)
       VALUES (?, 'c1', 't1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const address = sqlite.prepare(`INSERT INTO "ChannelAddress" (id, patientId, channel, address, preferred, createdAt) VALUES (?, ?, 'sms', ?, 1, ?)`);
    const assignment = sqlite.prepare(
      `INSERT INTO "Assignment" (id, patientId, programVersionId, startDate, endDate, weekdays, status, createdAt) VALUES (?, ?, 'v1', ?, ?, ?, 'active', ?)`,
    );
    let i = 0;
    for (const a of syntheticAssignments(n)) {
      const id = String(i).padStart(7, "0");
      patient.run(
        `pat${id}`,
        `Patient ${i}`,
        a.timeZone,
        a.reminderTimes.join(","),
        a.quietHours?.start ?? null,
        a.quietHours?.end ?? null,
        a.consent,
        at,
        a.pause ? at : null,
        a.pause?.untilLocalDate ?? null,
        at,
        at,
      );
      address.run(`adr${id}`, `pat${id}`, `+1555${String(i).padStart(7, "0")}`, at);
      assignment.run(`asg${id}`, `pat${id}`, a.startDate, a.endDate, a.weekdays.join(",") || "1,2,3,4,5,6,7", at);
      i++;
    }
  })();
  sqlite.close();
}

const round = (x: number) => Math.round(x * 100) / 100;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv[2] === "--seed") await seed(process.argv[3]!, Number(process.argv[4]));
  else if (process.argv[2] === "--measure") console.log(JSON.stringify(await measureTick(process.argv[3]!)));
  else console.log(JSON.stringify(await benchPlanner(Number(process.argv[2] ?? 100_000))));
}
