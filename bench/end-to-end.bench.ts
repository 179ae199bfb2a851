import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb } from "../src/db/client.js";
import { parseDatabaseUrl } from "../src/db/database-url.js";
import { addPatient } from "../src/care/patients/patient.service.js";
import { FakeTwilioServer } from "../test/fakes/twilio-server.js";
import { startServiceProcess } from "../test/support/process.js";
import { summarize } from "./stats.js";
import { fireClosedLoop, fireOpenLoop, signedWebhooks, webhookPoster, type Poster } from "./twilio-load.js";

const ACCOUNT_SID = "AC" + "0".repeat(32);
const AUTH_TOKEN = "bench-auth-token";
const PUBLIC_BASE_URL = "https://hepbot.bench.example";
const FROM = "+15550000000";
const PATIENTS = 200;
// Messages every implementation answers, so "every reply is out" is well defined.
const BODIES = ["done", "did 2 of 3", "skipped today", "knee hurts 4/10", "how many reps for the bridges?", "hecho", "me duele 3 de 10"];

interface Target {
  /** Where webhooks go: one URL per process, taken in turn as a load balancer would. */
  urls: string[];
  stop(): Promise<void>;
}

type Implementation = (dir: string, fake: FakeTwilioServer, phones: string[]) => Promise<Target>;

const twilioEnv = (fake: FakeTwilioServer) => ({
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_FROM: FROM,
  TWILIO_API_BASE: fake.url,
  PUBLIC_BASE_URL,
});

/**
 * hepbot as `npm start` runs it (no model), its sender limit set above what the run needs: on SQLite,
 * or on a fresh PostgreSQL schema with `processes` replicas sharing it.
 */
function hepbot(database: { provider: "sqlite" } | { provider: "postgresql"; baseUrl: string; processes: number }): Implementation {
  return async (dir, fake, phones) => {
    const schema = database.provider === "postgresql" ? await createSchema(database.baseUrl) : null;
    const databaseUrl = schema ? schema.url : `file:${join(dir, "hepbot.db")}`;
    const env = { DATABASE_URL: databaseUrl, ...twilioEnv(fake), TWILIO_RATE_PER_SECOND: "10000" };
    // One after the other: the first applies the migrations and creates the demo clinic.
    const services = [await startServiceProcess(env, 120_000)];
    for (let i = 1; i < (database.provider === "postgresql" ? database.processes : 1); i++) services.push(await startServiceProcess(env, 120_000));
    const db = createDb(parseDatabaseUrl(databaseUrl));
    // The bench's patients belong to the demo therapist, named: hepbot puts nobody there by default.
    const therapistId = (await db.therapist.findFirstOrThrow({ orderBy: { createdAt: "asc" } })).id;
    for (const [i, phone] of phones.entries()) {
      await addPatient(db, { name: `Bench ${i}`, phone, language: i % 3 === 0 ? "es" : "en", timeZone: "America/New_York", program: "knee-replacement-early", therapistId }, new Date());
    }
    await db.$disconnect();
    return {
      urls: services.map((service) => service.url),
      stop: async () => {
        for (const service of services) service.child.kill("SIGTERM");
        await Promise.all(services.map((service) => service.exited));
        await schema?.drop();
      },
    };
  };
}

export async function createSchema(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE SCHEMA "${schema}"`);
  return { url: `${baseUrl}${baseUrl.includes("?") ? "&" : "?"}schema=${schema}`, drop: () => admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`) };
}

/** The bare implementation in bench/bare/, in its own process like hepbot. */
const bare: Implementation = async (dir, fake, phones) => {
  const file = join(dir, "bare.db");
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "bare", "bare-service.ts")], {
    env: { ...process.env, ...twilioEnv(fake), DATABASE_FILE: file, PORT: "0" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const ready = chunk.toString().split("\n").find((line) => line.includes("bare service is ready"));
      if (ready) resolve((JSON.parse(ready) as { port: number }).port);
    });
    void exited.then(() => reject(new Error("the bare service exited before it was ready")));
  });
  const db = new Database(file);
  const insert = db.prepare("INSERT INTO patient (phone, lang) VALUES (?, ?)");
  db.transaction(() => phones.forEach((phone, i) => insert.run(phone, i % 3 === 0 ? "es" : "en")))();
  db.close();
  return {
    urls: [`http://127.0.0.1:${port}`],
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
};

function roundRobin(posters: Poster[]): Poster {
  let next = 0;
  return {
    post: (webhook) => posters[next++ % posters.length]!.post(webhook),
    close: () => posters.forEach((poster) => poster.close()),
  };
}

/** Replies the fake Twilio accepted for patients (201), so alerts or anything else sent never count. */
function repliesAccepted(fake: FakeTwilioServer, phones: Set<string>): number {
  return fake.requests.filter((r) => r.kind === "create" && r.outcome === 201 && phones.has(r.form.To ?? "")).length;
}

async function untilReplies(fake: FakeTwilioServer, phones: Set<string>, count: number, limitMs: number): Promise<boolean> {
  const started = performance.now();
  while (repliesAccepted(fake, phones) < count) {
    if (performance.now() - started > limitMs) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

interface Run {
  ackPerSecond: number;
  endToEndPerSecond: number;
  steadyAckP99Ms: number;
  steadySecondsUntilAllReplied: number;
  lost: number;
  duplicated: number;
}

async function measure(implementation: Implementation, o: { messages: number; senders: number; steadyRate: number; steadyMessages: number }): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "hepbot-bench-e2e-"));
  const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const phones = Array.from({ length: PATIENTS }, (_, i) => `+1555800${String(i).padStart(4, "0")}`);
  const phoneSet = new Set(phones);
  const target = await implementation(dir, fake, phones);
  const poster = roundRobin(target.urls.map((url) => webhookPoster(`${url}/webhooks/twilio`)));
  const webhooks = (count: number) =>
    signedWebhooks({ count, phones, bodies: BODIES, accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, webhookUrl: `${PUBLIC_BASE_URL}/webhooks/twilio`, to: FROM });
  let failed = 0;
  try {
    // Warm-up (JIT, first query plans), then wait for its replies so the timed part starts from idle.
    await fireClosedLoop(webhooks(200), 8, (w) => poster.post(w));
    await untilReplies(fake, phoneSet, 200, 60_000);

    // Saturation: `senders` concurrent senders, each sending the next as soon as the last is acknowledged.
    const burst = webhooks(o.messages);
    const before = repliesAccepted(fake, phoneSet);
    const started = performance.now();
    await fireClosedLoop(burst, o.senders, async (w) => {
      if ((await poster.post(w)) === null) failed++;
    });
    const acked = (performance.now() - started) / 1000;
    await untilReplies(fake, phoneSet, before + o.messages, 600_000);
    const endToEnd = (performance.now() - started) / 1000;

    // Steady load below saturation: acknowledgement latency, and how long until every reply is out.
    const steady = webhooks(o.steadyMessages);
    const latencies: number[] = [];
    const beforeSteady = repliesAccepted(fake, phoneSet);
    const steadyStarted = performance.now();
    await fireOpenLoop(steady, o.steadyRate, async (w) => {
      const ms = await poster.post(w);
      if (ms === null) failed++;
      else latencies.push(ms);
    });
    await untilReplies(fake, phoneSet, beforeSteady + o.steadyMessages, 600_000);
    const steadySeconds = (performance.now() - steadyStarted) / 1000;
    // A moment for any duplicate reply still on its way to show up.
    await new Promise((r) => setTimeout(r, 500));
    const total = 200 + o.messages + o.steadyMessages;
    const replies = repliesAccepted(fake, phoneSet);
    return {
      ackPerSecond: o.messages / acked,
      endToEndPerSecond: o.messages / endToEnd,
      steadyAckP99Ms: summarize(latencies).p99Ms,
      steadySecondsUntilAllReplied: steadySeconds,
      lost: Math.max(0, total - replies) + failed,
      duplicated: Math.max(0, replies - total),
    };
  } finally {
    poster.close();
    await target.stop();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * hepbot against the bare implementation of the same job, on the same signed webhooks, in the same run
 * (no model): acknowledgements and replies out per second from 32 concurrent senders, and at a
 * steady 300/s the acknowledgement p99 and the time until every reply is out. Ratios are hepbot ÷ bare
 * (for the p99, hepbot's is divided by bare's: lower is better). On SQLite always; with
 * TEST_DATABASE_URL also on PostgreSQL with one and with two hepbot processes sharing the database.
 */
export async function benchEndToEnd(options: { messages?: number; senders?: number; steadyRate?: number; steadyMessages?: number } = {}): Promise<Record<string, number>> {
  const o = { messages: options.messages ?? 6_000, senders: options.senders ?? 32, steadyRate: options.steadyRate ?? 300, steadyMessages: options.steadyMessages ?? 3_000 };
  const b = await measure(bare, o);
  const h = await measure(hepbot({ provider: "sqlite" }), o);
  const results: Record<string, number> = {
    hepbotAckPerSecond: h.ackPerSecond,
    bareAckPerSecond: b.ackPerSecond,
    ackRatio: h.ackPerSecond / b.ackPerSecond,
    hepbotEndToEndPerSecond: h.endToEndPerSecond,
    bareEndToEndPerSecond: b.endToEndPerSecond,
    endToEndRatio: h.endToEndPerSecond / b.endToEndPerSecond,
    hepbotSteadyAckP99Ms: h.steadyAckP99Ms,
    bareSteadyAckP99Ms: b.steadyAckP99Ms,
    steadyAckP99Factor: h.steadyAckP99Ms / b.steadyAckP99Ms,
    hepbotSecondsUntilAllReplied: h.steadySecondsUntilAllReplied,
    bareSecondsUntilAllReplied: b.steadySecondsUntilAllReplied,
    hepbotLost: h.lost,
    hepbotDuplicated: h.duplicated,
    bareLost: b.lost,
    bareDuplicated: b.duplicated,
  };
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) return results;
  const one = await measure(hepbot({ provider: "postgresql", baseUrl, processes: 1 }), o);
  const two = await measure(hepbot({ provider: "postgresql", baseUrl, processes: 2 }), o);
  return {
    ...results,
    postgresOneProcessEndToEndPerSecond: one.endToEndPerSecond,
    postgresTwoProcessesEndToEndPerSecond: two.endToEndPerSecond,
    postgresScaleOutFactor: two.endToEndPerSecond / one.endToEndPerSecond,
    postgresOneProcessEndToEndRatio: one.endToEndPerSecond / b.endToEndPerSecond,
    postgresOneProcessSteadyAckP99Ms: one.steadyAckP99Ms,
    postgresTwoProcessesSteadyAckP99Ms: two.steadyAckP99Ms,
    postgresLost: one.lost + two.lost,
    postgresDuplicated: one.duplicated + two.duplicated,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(await benchEndToEnd({ messages: Number(process.argv[2] ?? 6_000), steadyMessages: Number(process.argv[3] ?? 3_000) }));
}
