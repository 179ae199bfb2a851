import http from "node:http";
import pg from "pg";
import twilio from "twilio";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { addPatient } from "../../src/care/patients/patient.service.js";
import { FakeTwilioServer, inboundSmsParams, newMessageSid } from "../fakes/twilio-server.js";
import { startServiceProcess, type ServiceProcess } from "../support/process.js";
import { createTestDatabaseUrl, type TestDatabaseUrl } from "../support/databases.js";
import { postgresBinDir, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres.js";

const ACCOUNT_SID = "AC" + "7".repeat(32);
const AUTH_TOKEN = "fault-auth-token";
const FROM = "+15550007000";
const PUBLIC_BASE_URL = "https://hepbot.faults.example";
const BODIES = ["done", "did 2 of 3", "skipped today", "knee hurts 4/10", "thanks!", "hecho", "I have chest pain and can't breathe"];
const PATIENTS = 20;
const MESSAGES = 240;
// Real processes, a real database that goes away: slow on a shared machine, bounded by these.
const FAULT_TEST_MS = 600_000;
const START_MS = 240_000;

/** Waits a little between a platform's retries; it is the fake platform's pace, not an assertion. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Load {
  /** Platform message ids hepbot answered 200 for: it promised to process each exactly once. */
  acknowledged: Set<string>;
  /** Answers other than 200 (and refused connections) while the fault lasted: each was retried. */
  refused: number;
}

/**
 * Posts signed Twilio webhooks a few at a time, each retried until hepbot answers 200, as Twilio
 * does with a 5xx or a refused connection. `url()` is asked at every try (a restarted service moves).
 * `onProgress` hears each acknowledgement, so a fault can be injected part-way.
 */
async function sendLoad(phones: string[], url: () => string, onProgress: (acked: number) => Promise<void>): Promise<Load> {
  const load: Load = { acknowledged: new Set(), refused: 0 };
  const messages = Array.from({ length: MESSAGES }, (_, i) =>
    inboundSmsParams({ accountSid: ACCOUNT_SID, from: phones[i % phones.length]!, to: FROM, body: BODIES[i % BODIES.length]!, messageSid: newMessageSid() }),
  );
  const signature = (params: Record<string, string>) => twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/webhooks/twilio`, params);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const params = messages[next++];
      if (!params) return;
      for (;;) {
        const status = await post(`${url()}/webhooks/twilio`, new URLSearchParams(params).toString(), signature(params));
        if (status === 200) break;
        load.refused++;
        await pause(100);
      }
      load.acknowledged.add(params.MessageSid!);
      await onProgress(load.acknowledged.size);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return load;
}

function post(url: string, body: string, signature: string): Promise<number> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature, "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

/** A migrated database with one real clinic, its therapist and `PATIENTS` patients on SMS. */
async function prepare(databaseUrl: string): Promise<string[]> {
  const database = await openDatabase(databaseUrl);
  try {
    const clinic = await database.db.clinic.create({ data: { name: "Fault PT", timeZone: "America/New_York" } });
    const therapist = await database.db.therapist.create({ data: { clinicId: clinic.id, name: "Fault PT", email: "pt@faults.example", timeZone: "America/New_York" } });
    const { syncExerciseLibrary, loadFixtures } = await import("../../src/library/library.seed.js");
    const { createProgram } = await import("../../src/care/programs/program.service.js");
    const fixtures = loadFixtures();
    await syncExerciseLibrary(database.db, fixtures.exercises);
    await createProgram(database.db, fixtures.demoClinic.programs[0]!, null);
    const phones: string[] = [];
    for (let i = 0; i < PATIENTS; i++) {
      const phone = `+1555800${String(i).padStart(4, "0")}`;
      await addPatient(database.db, { name: `Fault ${i}`, phone, language: "en", timeZone: "America/New_York", program: fixtures.demoClinic.programs[0]!.slug, therapistId: therapist.id }, new Date());
      phones.push(phone);
    }
    return phones;
  } finally {
    await database.close();
  }
}

function startHepbot(databaseUrl: string, twilioUrl: string): Promise<ServiceProcess> {
  return startServiceProcess(
    {
      DATABASE_URL: databaseUrl,
      SEED_DEMO: "false",
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM: FROM,
      TWILIO_API_BASE: twilioUrl,
      TWILIO_RATE_PER_SECOND: "200",
      PUBLIC_BASE_URL,
    },
    START_MS,
  );
}

/** Resolves once every acknowledged message is processed and no reply waits to be sent. */
async function drained(db: Database["db"], load: Load): Promise<void> {
  const ids = [...load.acknowledged];
  for (;;) {
    const processed = await db.messageLog.count({ where: { platformMessageId: { in: ids }, state: "processed" } }).catch(() => -1);
    const waiting = await db.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } }).catch(() => -1);
    if (processed === ids.length && waiting === 0) return;
    await pause(500);
  }
}

/** Exactly once for every acknowledged message; at most once for every reply. */
async function expectExactlyOnce(db: Database["db"], load: Load, twilioFake: FakeTwilioServer): Promise<void> {
  const ids = [...load.acknowledged];
  expect(ids).toHaveLength(MESSAGES);
  const stored = await db.messageLog.findMany({ where: { direction: "inbound", channel: "sms" }, select: { platformMessageId: true, state: true, id: true } });
  expect(stored).toHaveLength(MESSAGES);
  expect(new Set(stored.map((m) => m.platformMessageId))).toEqual(new Set(ids));
  expect(stored.every((m) => m.state === "processed")).toBe(true);
  expect(await db.reading.count()).toBe(MESSAGES);
  const replies = await db.outboxMessage.findMany({ where: { kind: "reply" }, select: { address: true, body: true, status: true, platformMessageId: true } });
  expect(replies.length).toBeGreaterThan(0);
  // At most once per reply: Twilio never got more copies of a text for a number than hepbot had replies with it.
  const key = (to: string, body: string) => `${to}\u0000${body}`;
  const rows = new Map<string, number>();
  for (const r of replies) rows.set(key(r.address, r.body), (rows.get(key(r.address, r.body)) ?? 0) + 1);
  const sends = new Map<string, number>();
  for (const m of twilioFake.sent) sends.set(key(m.to, m.body), (sends.get(key(m.to, m.body)) ?? 0) + 1);
  for (const [k, count] of sends) expect(count, "a reply went out twice").toBeLessThanOrEqual(rows.get(k) ?? 0);
  const sids = replies.map((r) => r.platformMessageId).filter((sid): sid is string => sid !== null);
  expect(new Set(sids).size, "one platform message claimed by two rows").toBe(sids.length);
}

const bin = postgresBinDir();

describe("database faults under load", () => {
  let service: ServiceProcess | undefined;
  let twilioFake: FakeTwilioServer | undefined;
  let cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill("SIGKILL");
      await service.exited;
    }
    service = undefined;
    for (const step of cleanup.reverse()) await step();
    cleanup = [];
    await twilioFake?.close();
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "keeps running when PostgreSQL ends its connections mid-load, and processes every acknowledged message once",
    async () => {
      const database: TestDatabaseUrl = await createTestDatabaseUrl("postgresql");
      cleanup.push(() => database.drop());
      // Only this test's connections carry this name, so only they are ended.
      const appName = `hepbot_fault_${process.pid}_${Date.now()}`;
      const url = `${database.url}&application_name=${appName}`;
      const phones = await prepare(url);
      twilioFake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
      const running = (service = await startHepbot(url, twilioFake.url));
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      cleanup.push(() => admin.end());
      let killed = 0;
      const load = await sendLoad(phones, () => running.url, async (acked) => {
        if (acked % 60 === 0) {
          const ended = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [appName]);
          killed += ended.rowCount ?? 0;
        }
      });
      expect(killed).toBeGreaterThan(0);
      const check = await openDatabase(database.url, { migrate: false });
      cleanup.push(() => check.close());
      await drained(check.db, load);
      expect(running.child.exitCode, running.output()).toBeNull();
      expect(running.output()).toContain("a database connection was lost");
      await expectExactlyOnce(check.db, load, twilioFake);
    },
    FAULT_TEST_MS,
  );

  it.skipIf(!bin)(
    "answers webhooks 5xx while PostgreSQL restarts, recovers on its own, and processes every acknowledged message once",
    async () => {
      const server: PrivatePostgres = await startPrivatePostgres(bin!);
      cleanup.push(() => server.destroy());
      const url = server.url;
      const phones = await prepare(url);
      twilioFake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
      const running = (service = await startHepbot(url, twilioFake.url));
      let healthWhileDown = 0;
      const load = await sendLoad(phones, () => running.url, async (acked) => {
        if (acked !== 80) return;
        server.stop("fast");
        healthWhileDown = (await fetch(`${running.url}/healthz`)).status;
        // A webhook now cannot be stored: hepbot must say so (5xx), so the platform retries.
        const params = inboundSmsParams({ accountSid: ACCOUNT_SID, from: phones[0]!, to: FROM, body: "done", messageSid: newMessageSid() });
        const status = await post(`${running.url}/webhooks/twilio`, new URLSearchParams(params).toString(), twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/webhooks/twilio`, params));
        expect(status).toBeGreaterThanOrEqual(500);
        server.start();
      });
      expect(healthWhileDown).toBe(503);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
      const check = await openDatabase(url, { migrate: false });
      cleanup.push(() => check.close());
      await drained(check.db, load);
      expect(running.child.exitCode, running.output()).toBeNull();
      await expectExactlyOnce(check.db, load, twilioFake);
    },
    FAULT_TEST_MS,
  );

  it.each(process.env.TEST_DATABASE_URL ? (["sqlite", "postgresql"] as const) : (["sqlite"] as const))(
    "loses nothing acknowledged and sends no reply twice when the service is SIGKILLed mid-load (%s)",
    async (provider) => {
      const database = await createTestDatabaseUrl(provider);
      cleanup.push(() => database.drop());
      const phones = await prepare(database.url);
      twilioFake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
      let current = (service = await startHepbot(database.url, twilioFake.url));
      const load = await sendLoad(phones, () => current.url, async (acked) => {
        if (acked !== 100) return;
        current.child.kill("SIGKILL");
        await current.exited;
        current = service = await startHepbot(database.url, twilioFake!.url);
      });
      const check = await openDatabase(database.url, { migrate: false });
      cleanup.push(() => check.close());
      await drained(check.db, load);
      await expectExactlyOnce(check.db, load, twilioFake);
    },
    FAULT_TEST_MS,
  );
});
