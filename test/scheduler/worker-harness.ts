import { spawn, type ChildProcess } from "node:child_process";
import { afterEach } from "vitest";
import { join } from "node:path";
import type { Db } from "../../src/db/client.js";
import { PLANNED_THROUGH_KEY } from "../../src/scheduler/scheduler-state.js";
import { localDateOf, localMinutesOf, formatLocalTime } from "../../src/scheduling/local-time.js";
import type { FakeTwilioServer } from "../fakes/twilio-server.js";
import { aClinic } from "./fixtures.js";

const ROOT = join(import.meta.dirname, "..", "..");
export const ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
export const AUTH_TOKEN = "worker-auth-token-0123456789";
export const SENDER = "+15005550006";

export interface Worker {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

export async function startWorker(env: Record<string, string>, timeoutMs = 30_000): Promise<Worker> {
  // node with tsx's loader, not the tsx wrapper: a SIGKILL must hit the worker itself, not a parent
  // that would leave the real process running.
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM: SENDER, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  await waitFor(() => output.includes('"msg":"worker ready"'), timeoutMs, () => `worker did not start:\n${output}`);
  return { child, output: () => output, exited };
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, message: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A zone where it is daytime now, so prompts due a few minutes ago are still on today. */
function daytimeZone(now: Date): string {
  for (const zone of ["America/New_York", "Europe/Madrid", "Asia/Tokyo", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "UTC"]) {
    const minutes = localMinutesOf(now, zone);
    if (minutes > 60 && minutes < 20 * 60) return zone;
  }
  return "UTC";
}

/** `n` patients whose reminder time was two minutes ago, and a planner that last planned five minutes ago. */
export async function seedDuePatients(db: Db, n: number): Promise<{ phones: string[] }> {
  const now = new Date();
  const zone = daytimeZone(now);
  const reminder = formatLocalTime(localMinutesOf(new Date(now.getTime() - 120_000), zone));
  const clinic = await aClinic(db);
  const phones = Array.from({ length: n }, (_, i) => `+1415${String(2_000_000 + i).padStart(7, "0")}`);
  await db.patient.createMany({
    data: phones.map((_, i) => ({
      id: `pat-${String(i).padStart(4, "0")}`,
      clinicId: clinic.clinic.id,
      therapistId: clinic.therapist.id,
      name: `Patient ${i}`,
      timeZone: zone,
      reminderTimes: reminder,
    })),
  });
  await db.channelAddress.createMany({ data: phones.map((phone, i) => ({ patientId: `pat-${String(i).padStart(4, "0")}`, channel: "sms", address: phone, preferred: true })) });
  await db.assignment.createMany({
    data: phones.map((_, i) => ({ patientId: `pat-${String(i).padStart(4, "0")}`, programVersionId: clinic.programVersion.id, startDate: localDateOf(now, zone) })),
  });
  const plannedThrough = new Date(now.getTime() - 300_000).toISOString();
  await db.schedulerState.upsert({ where: { key: PLANNED_THROUGH_KEY }, create: { key: PLANNED_THROUGH_KEY, value: plannedThrough }, update: { value: plannedThrough } });
  return { phones };
}

/** How many messages the fake Twilio stored per recipient. */
export function sentPerRecipient(fake: FakeTwilioServer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of fake.sent) counts.set(m.to, (counts.get(m.to) ?? 0) + 1);
  return counts;
}

/**
 * Clean-ups for tests that start worker processes, run after each test, newest first: `track` a worker
 * (continued and killed if still running), `later` anything else. Call once per test file, at its top level.
 */
export function workerCleanups(): { track(worker: Worker): Worker; later(cleanup: () => Promise<unknown>): void } {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
  });
  return {
    track(worker) {
      cleanups.push(async () => {
        if (worker.child.exitCode === null && worker.child.signalCode === null) {
          worker.child.kill("SIGCONT"); // a worker a test froze with SIGSTOP
          worker.child.kill("SIGKILL");
        }
        await worker.exited;
      });
      return worker;
    },
    later(cleanup) {
      cleanups.push(cleanup);
    },
  };
}
