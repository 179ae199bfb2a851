import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import twilio from "twilio";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { createDb } from "../src/db/client.js";
import { addPatient } from "../src/patients/patient.service.js";
import { FakeTwilioServer, inboundSmsParams, newMessageSid } from "../test/fakes/twilio-server.js";
import { startServiceProcess } from "../test/support/process.js";
import { summarize } from "./stats.js";

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
    const requests = Array.from({ length: total }, (_, i) => {
      const params = inboundSmsParams({ accountSid: ACCOUNT_SID, from: phones[i % phones.length]!, to: "+15550000000", body: BODIES[i % BODIES.length]!, messageSid: newMessageSid() });
      return { params, body: new URLSearchParams(params).toString(), signature: twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/webhooks/twilio`, params) };
    });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const target = new URL(`${service.url}/webhooks/twilio`);
    const latencies: number[] = [];
    let errors = 0;
    const post = (request: (typeof requests)[number]) =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        const req = http.request(
          { host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": request.signature, "content-length": Buffer.byteLength(request.body) } },
          (res) => {
            res.resume();
            res.on("end", () => {
              latencies.push(performance.now() - started);
              if (res.statusCode !== 200) errors++;
              resolve();
            });
          },
        );
        req.on("error", () => {
          errors++;
          resolve();
        });
        req.end(request.body);
      });

    // Fire `list` at `rate` per second, open loop (a slow answer does not slow the sender down).
    const fire = async (list: typeof requests) => {
      const inFlight: Promise<void>[] = [];
      const began = performance.now();
      let next = 0;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          const due = Math.min(list.length, Math.floor(((performance.now() - began) / 1000) * rate));
          while (next < due) inFlight.push(post(list[next++]!));
          if (next >= list.length) {
            clearInterval(timer);
            resolve();
          }
        }, 1);
      });
      await Promise.all(inFlight);
    };
    // Warm-up, not timed: the first requests of a fresh process pay for JIT compilation and
    // Prisma's first plan of each query. Its messages still count for lost and duplicated.
    const warmUp = requests.splice(0, Math.min(requests.length, rate * WARM_UP_SECONDS));
    await fire(warmUp);
    latencies.length = 0;
    // Twilio redelivers a webhook once on a connection failure: 2% come again a few messages later.
    const redeliveries = requests.filter((_, i) => i % 50 === 7);
    const timed = requests.flatMap((request, i) => (i % 50 === 17 ? [request, requests[i - 10]!] : [request]));
    const startedAt = performance.now();
    await fire(timed);
    const elapsed = (performance.now() - startedAt) / 1000;
    agent.destroy();

    const drainStarted = performance.now();
    while ((await db.messageLog.count({ where: { direction: "inbound", state: "received" } })) > 0 && performance.now() - drainStarted < 180_000) {
      await new Promise((r) => setTimeout(r, 250));
    }
    const processedWithinSeconds = Math.round((elapsed + (performance.now() - drainStarted) / 1000) * 10) / 10;
    const stored = await db.messageLog.count({ where: { direction: "inbound", channel: "sms" } });
    const replies = await db.outboxMessage.count({ where: { kind: "reply" } });
    const processed = await db.messageLog.count({ where: { direction: "inbound", state: "processed" } });
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
