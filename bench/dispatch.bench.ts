import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createTwilioSmsChannel } from "../src/channels/sms/twilio-sms.channel.js";
import { openDatabase } from "../src/db/database.js";
import { silentLogger } from "../src/logging/logger.js";
import { createDispatcher } from "../src/outbox/dispatcher.js";
import { FakeTwilioServer } from "../test/fakes/twilio-server.js";
import { shareOfRollingLimit } from "./stats.js";

export type DispatchBenchResult = {
  /** The sender's limit, configured on both sides: the dispatcher's rate and the fake's rolling-second limit. */
  limitPerSecond: number;
  /** Sends per second the fake accepted, first to last. */
  achievedPerSecond: number;
  /** `shareOfRollingLimit` (stats.ts): sends in bursts of the limit look faster than it first to last. */
  usedOfLimit: number;
  /** 429s the fake answered: must be 0. */
  rateLimitErrors: number;
  messages: number;
  seconds: number;
};

const ACCOUNT_SID = "AC" + "0123456789abcdef".repeat(2);
const AUTH_TOKEN = "bench-auth-token";

/**
 * Dispatches `messages` one-segment prompts through the real Twilio SMS channel (twilio SDK)
 * against the fake Twilio with a per-second limit, from a SQLite outbox, with the dispatcher's
 * background loop as the service runs it. Each request takes `latencyMs` at the fake.
 */
export async function benchDispatch(options: { limitPerSecond?: number; messages?: number; latencyMs?: number } = {}): Promise<DispatchBenchResult> {
  const limit = options.limitPerSecond ?? 50;
  const n = options.messages ?? 200;
  const dir = mkdtempSync(join(tmpdir(), "hepbot-bench-dispatch-"));
  const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, rateLimitPerSecond: limit, latencyMs: options.latencyMs ?? 40 });
  const database = await openDatabase(`file:${join(dir, "bench.db")}`);
  const { db } = database;
  try {
    const clinic = await db.clinic.create({ data: { name: "Bench", timeZone: "America/New_York" } });
    const therapist = await db.therapist.create({ data: { clinicId: clinic.id, name: "Dr. Bench", email: "bench@example.org", timeZone: "America/New_York" } });
    const now = new Date();
    await db.patient.createMany({
      data: Array.from({ length: n }, (_, i) => ({ id: `pat${i}`, clinicId: clinic.id, therapistId: therapist.id, name: `P${i}`, timeZone: "America/New_York" })),
    });
    await db.outboxMessage.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        idempotencyKey: `prompt:bench:${i}`,
        kind: "prompt",
        patientId: `pat${i}`,
        channel: "sms",
        address: `+1555${String(i).padStart(7, "0")}`,
        body: `Time for today's exercises: quad sets 3x10, heel slides 2x15. Reply DONE, SOME, NOT TODAY or PAIN 0-10`,
        nextAttemptAt: now,
        createdAt: now,
      })),
    });

    const sms = createTwilioSmsChannel({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: "+15005550006", publicBaseUrl: "https://hepbot.example.org", apiBase: fake.url, logger: silentLogger() });
    const dispatcher = createDispatcher({ db, provider: "sqlite", channels: { sms }, logger: silentLogger(), workerId: "bench", rates: { sms: limit } });
    const started = Date.now();
    dispatcher.start();
    while ((await db.outboxMessage.count({ where: { status: "sent" } })) < n && Date.now() - started < 120_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await dispatcher.stop();

    const accepted = fake.requests.filter((r) => r.kind === "create" && r.outcome === 201).map((r) => r.at.getTime());
    const span = (Math.max(...accepted) - Math.min(...accepted)) / 1000;
    return {
      limitPerSecond: limit,
      achievedPerSecond: Math.round(((accepted.length - 1) / span) * 100) / 100,
      usedOfLimit: shareOfRollingLimit(accepted, limit),
      rateLimitErrors: fake.rateLimitedCount,
      messages: accepted.length,
      seconds: Math.round(((Date.now() - started) / 1000) * 100) / 100,
    };
  } finally {
    await database.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(JSON.stringify(await benchDispatch({ limitPerSecond: Number(process.argv[2] ?? 50), messages: Number(process.argv[3] ?? 200), ...(process.argv[4] ? { latencyMs: Number(process.argv[4]) } : {}) })));
}
