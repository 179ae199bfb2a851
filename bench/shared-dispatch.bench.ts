import { spawn } from "node:child_process";
import { join } from "node:path";
import { openDatabase } from "../src/db/database.js";
import { FakeTwilioServer } from "../test/fakes/twilio-server.js";
import { createSchema } from "./end-to-end.bench.js";
import { shareOfRollingLimit } from "./stats.js";

export type SharedDispatchResult = {
  processes: number;
  limitPerSecond: number;
  /** Sends per second the fake accepted, first to last. */
  achievedPerSecond: number;
  /** `shareOfRollingLimit` (stats.ts): ≥ 0.95 is the goal. */
  usedOfLimit: number;
  rateLimitErrors: number;
  messages: number;
};

const ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
const AUTH_TOKEN = "bench-auth-token";

/**
 * Several dispatcher processes (test/scheduler/worker.ts: the real Twilio SMS channel) on one
 * PostgreSQL database, sharing one sender whose limit the fake Twilio enforces over a rolling
 * second; every process is configured with the full limit. Reports how much of the limit they
 * used together and the 429s drawn.
 */
export async function benchSharedDispatch(baseUrl: string, options: { processes?: number; limitPerSecond?: number; messages?: number } = {}): Promise<SharedDispatchResult> {
  const processes = options.processes ?? 3;
  const limit = options.limitPerSecond ?? 20;
  const n = options.messages ?? 600;
  const schema = await createSchema(baseUrl);
  const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, rateLimitPerSecond: limit, latencyMs: 5 });
  const database = await openDatabase(schema.url);
  const children: Array<ReturnType<typeof spawn>> = [];
  try {
    const { db } = database;
    const clinic = await db.clinic.create({ data: { name: "Bench", timeZone: "America/New_York" } });
    const therapist = await db.therapist.create({ data: { clinicId: clinic.id, name: "Dr. Bench", email: "bench@example.org", timeZone: "America/New_York" } });
    await db.patient.createMany({ data: Array.from({ length: n }, (_, i) => ({ id: `pat${i}`, clinicId: clinic.id, therapistId: therapist.id, name: `P${i}`, timeZone: "America/New_York" })) });
    // Due a minute from now, so that every process is running before the first is due.
    const due = new Date(Date.now() + 60_000);
    await db.outboxMessage.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        idempotencyKey: `reply:bench:${i}`,
        kind: "reply",
        patientId: `pat${i}`,
        channel: "sms",
        address: `+1415${String(3_000_000 + i)}`,
        body: "Thanks, noted. Keep it up!",
        nextAttemptAt: due,
        createdAt: new Date(),
      })),
    });
    const env = { ...process.env, DATABASE_URL: schema.url, TWILIO_API_BASE: fake.url, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM: "+15005550006", RATE: String(limit), LOG_LEVEL: "warn", CRON: "0 * * * * *" };
    for (let i = 0; i < processes; i++) {
      const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "..", "test", "scheduler", "worker.ts")], { env: { ...env, WORKER_ID: `bench${i + 1}` }, stdio: "ignore" });
      children.push(child);
    }
    // Started processes poll; bring the rows forward once all have had time to start.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await db.outboxMessage.updateMany({ data: { nextAttemptAt: new Date() } });
    const deadline = Date.now() + 120_000;
    while ((await db.outboxMessage.count({ where: { status: "sent" } })) < n && fake.rateLimitedCount === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const accepted = fake.requests.filter((r) => r.kind === "create" && r.outcome === 201).map((r) => r.at.getTime());
    const seconds = (Math.max(...accepted) - Math.min(...accepted)) / 1000;
    return {
      processes,
      limitPerSecond: limit,
      achievedPerSecond: (accepted.length - 1) / seconds,
      usedOfLimit: shareOfRollingLimit(accepted, limit),
      rateLimitErrors: fake.rateLimitedCount,
      messages: accepted.length,
    };
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
    await database.close();
    await fake.close();
    await schema.drop();
  }
}
