import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createDb } from "../src/db/client.js";
import { addPatient } from "../src/care/patients/patient.service.js";
import { FakeTwilioServer } from "../test/fakes/twilio-server.js";
import { startServiceProcess } from "../test/support/process.js";
import { summarize } from "./stats.js";
import { fireOpenLoop, signedWebhooks, webhookPoster, type SignedWebhook } from "./twilio-load.js";

const ACCOUNT_SID = "AC" + "0".repeat(32);
const AUTH_TOKEN = "bench-auth-token";
const PUBLIC_BASE_URL = "https://hepbot.bench.example";
const WARM_UP_SECONDS = 2;
const BODIES = ["done", "did 2 of 3", "skipped today", "knee hurts 4/10", "how many reps for the bridges?", "thanks!", "hecho", "me duele 3 de 10"];

export type InboundResult = {
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  lost: number;
  errors: number;
  duplicated: number;
  sent: number;
  warmUpMessages: number;
  redelivered: number;
  processedWithinSeconds: number;
};

/**
 * Drives signed Twilio webhooks at a running hepbot (its own process, SQLite, no model) at a fixed
 * rate for a fixed time after a short warm-up, redelivering some of them as Twilio would, then checks
 * what was stored. Latencies are those of the timed part; lost and duplicated cover every message.
 */
export async function benchInbound(options: { ratePerSecond?: number; seconds?: number; patients?: number } = {}): Promise<InboundResult> {
  const rate = options.ratePerSecond ?? 500;
  const seconds = options.seconds ?? 30;
  const dir = mkdtempSync(join(tmpdir(), "hepbot-bench-"));
  const databaseUrl = `file:${join(dir, "hepbot.db")}`;
  const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const service = await startServiceProcess({
    DATABASE_URL: databaseUrl,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM: "+15550000000",
    TWILIO_API_BASE: fake.url,
    TWILIO_RATE_PER_SECOND: "1000",
    PUBLIC_BASE_URL,
  });
  const db = createDb(parseDatabaseUrl(databaseUrl));
  try {
    const phones: string[] = [];
    // The bench's patients belong to the demo therapist, named: hepbot puts nobody there by default.
    const therapistId = (await db.therapist.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id;
    for (let i = 0; i < (options.patients ?? 200); i++) {
      const phone = `+1555700${String(i).padStart(4, "0")}`;
      await addPatient(db, { name: `Bench ${i}`, phone, language: i % 3 === 0 ? "es" : "en", timeZone: "America/New_York", program: "knee-replacement-early", therapistId }, new Date());
      phones.push(phone);
    }

    const total = rate * (seconds + WARM_UP_SECONDS);
    const requests = signedWebhooks({ count: total, phones, bodies: BODIES, accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, webhookUrl: `${PUBLIC_BASE_URL}/webhooks/twilio`, to: "+15550000000" });
    const poster = webhookPoster(`${service.url}/webhooks/twilio`);
    const latencies: number[] = [];
    let errors = 0;
    const post = async (request: SignedWebhook) => {
      const ms = await poster.post(request);
      if (ms === null) errors++;
      else latencies.push(ms);
    };

    // Warm-up, not timed: the first requests of a fresh process pay for JIT compilation and
    // Prisma's first plan of each query. Its messages still count for lost and duplicated.
    const warmUp = requests.splice(0, Math.min(requests.length, rate * WARM_UP_SECONDS));
    await fireOpenLoop(warmUp, rate, post);
    latencies.length = 0;
    // Twilio redelivers a webhook once on a connection failure: 2% come again a few messages later.
    const redeliveries = requests.filter((_, i) => i % 50 === 7);
    const timed = requests.flatMap((request, i) => (i % 50 === 17 ? [request, requests[i - 10]!] : [request]));
    const startedAt = performance.now();
    await fireOpenLoop(timed, rate, post);
    const elapsed = (performance.now() - startedAt) / 1000;
    poster.close();

    const drainStarted = performance.now();
    while ((await db.messageLog.count({ where: { direction: "inbound", state: "received" } })) > 0 && performance.now() - drainStarted < 180_000) {
      await new Promise((r) => setTimeout(r, 250));
    }
    const processedWithinSeconds = Math.round((elapsed + (performance.now() - drainStarted) / 1000) * 10) / 10;
    // Only the bench's own patients: the demo clinic's seeded conversations are not this run's messages.
    const benchPatients = { patient: { addresses: { some: { channel: "sms", address: { in: phones } } } } };
    const stored = await db.messageLog.count({ where: { direction: "inbound", channel: "sms", ...benchPatients } });
    const replies = await db.outboxMessage.count({ where: { kind: "reply", ...benchPatients } });
    const processed = await db.messageLog.count({ where: { direction: "inbound", state: "processed", ...benchPatients } });
    const stats = summarize(latencies);
    return {
      messagesPerSecond: Math.round(timed.length / elapsed),
      p50Ms: stats.medianMs,
      p99Ms: stats.p99Ms,
      // Lost: sent but never stored. Errors: answers other than 200, or a dropped connection (Twilio retries those).
      lost: Math.max(0, total - stored),
      errors,
      duplicated: Math.max(0, stored - total) + Math.max(0, replies - processed),
      sent: total,
      warmUpMessages: warmUp.length,
      redelivered: redeliveries.length,
      processedWithinSeconds,
    };
  } finally {
    await db.$disconnect();
    service.child.kill("SIGTERM");
    await service.exited;
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchInbound({ seconds: Number(process.argv[2] ?? 30) }));
