import type { Server } from "node:http";
import { createHttpApp } from "../../src/http/app.js";
import { silentLogger } from "../../src/logging/logger.js";
import { hashPassword } from "../../src/auth/password.js";
import { seed, type SeedOptions } from "../../src/seed/demo-clinic.seed.js";
import { createTherapistRouters } from "../../src/http/therapist-routers.js";
import type { TherapistApiDeps } from "../../src/http/therapist-deps.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

export const DEMO_PASSWORD = "demo-password-for-tests";
export const OTHER_PASSWORD = "other-password-for-tests";
export const ALICE = "alice@demo.hepbot.local";
export const BOB = "bob@demo.hepbot.local";
export const CAROL = "carol@elsewhere.example";

/** A settable clock: tests move time forward to expire rate-limit windows and sessions. */
export class TestClock {
  constructor(public at: Date) {}
  now = () => this.at;
  advance(ms: number) {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface Harness {
  url: string;
  database: TestDatabase;
  db: TestDatabase["db"];
  clock: TestClock;
  wakes: number;
  alice: { id: string; cookie: string; patientIds: string[]; clinicId: string };
  /** A plain therapist in Alice's clinic, with one patient of his own. */
  bob: { id: string; cookie: string; patientId: string };
  /** An admin of a different clinic. */
  carol: { id: string; cookie: string; clinicId: string };
  request<T = any>(method: string, path: string, options?: { body?: unknown; cookie?: string; token?: string; contentType?: string; raw?: string }): Promise<ApiResponse<T>>;
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(
  provider: "sqlite" | "postgresql",
  options: Partial<TherapistApiDeps> = {},
  seeding: { history?: SeedOptions["history"]; now?: Date } = {},
): Promise<Harness> {
  const database = await createTestDatabase(provider);
  const { db } = database;
  const clock = new TestClock(seeding.now ?? new Date("2025-03-12T15:00:00Z"));
  const seeded = await seed(db, { now: clock.now(), demo: true, demoPassword: DEMO_PASSWORD, ...(seeding.history ? { history: seeding.history } : {}) });
  const demo = seeded.demo!;
  const otherHash = await hashPassword(OTHER_PASSWORD);
  const bob = await db.therapist.create({ data: { clinicId: demo.clinicId, name: "Bob Ng", email: BOB, role: "therapist", timeZone: "America/New_York", passwordHash: otherHash } });
  const otherClinic = await db.clinic.create({ data: { name: "Elsewhere PT", timeZone: "Europe/Madrid" } });
  const carol = await db.therapist.create({ data: { clinicId: otherClinic.id, name: "Carol Ruiz", email: CAROL, role: "admin", timeZone: "Europe/Madrid", passwordHash: otherHash } });

  let wakes = 0;
  const app = createHttpApp({
    logger: silentLogger(),
    ready: () => true,
    healthCheck: async () => {},
    routers: createTherapistRouters({
      db,
      logger: silentLogger(),
      clock: clock.now,
      videoBaseUrl: "https://videos.example/ex/",
      wakeDispatcher: () => {
        wakes++;
        harness.wakes = wakes;
      },
      telegramBotUsername: "hepbot_demo_bot",
      ...options,
    }),
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  const request: Harness["request"] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = {};
    if (opts.cookie) headers.cookie = opts.cookie;
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const hasBody = method !== "GET" && method !== "HEAD";
    if (hasBody) headers["content-type"] = opts.contentType ?? "application/json";
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      redirect: "manual",
      body: hasBody ? (opts.raw ?? JSON.stringify(opts.body ?? {})) : undefined,
    });
    const text = await response.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: response.status, headers: response.headers, body: body as any, text };
  };
  const login = async (email: string, password: string) => {
    const response = await request("POST", "/api/auth/login", { body: { email, password } });
    if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${response.text}`);
    return response.headers.get("set-cookie")!.split(";")[0]!;
  };

  const bobPatient = await db.patient.create({
    data: { clinicId: demo.clinicId, therapistId: bob.id, name: "Bobs Patient", timeZone: "America/New_York", addresses: { create: { channel: "sms", address: "+15550009999", preferred: true } } },
  });
  const harness: Harness = {
    url,
    database,
    db,
    clock,
    wakes: 0,
    alice: { id: (await db.therapist.findUniqueOrThrow({ where: { email: ALICE } })).id, cookie: await login(ALICE, DEMO_PASSWORD), patientIds: demo.patientIds, clinicId: demo.clinicId },
    bob: { id: bob.id, cookie: await login(BOB, OTHER_PASSWORD), patientId: bobPatient.id },
    carol: { id: carol.id, cookie: await login(CAROL, OTHER_PASSWORD), clinicId: otherClinic.id },
    request,
    login,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await database.drop();
    },
  };
  return harness;
}

/** Row counts of every table an API call could write to, to prove a rejected request wrote nothing. */
export async function tableCounts(db: Harness["db"]) {
  const [patients, addresses, assignments, programs, versions, exercises, outbox, codes, escalations, sessions, tokens] = await Promise.all([
    db.patient.count(),
    db.channelAddress.count(),
    db.assignment.count(),
    db.program.count(),
    db.programVersion.count(),
    db.exercise.count(),
    db.outboxMessage.count(),
    db.enrollmentCode.count(),
    db.escalation.count({ where: { status: { not: "open" } } }),
    db.therapistSession.count(),
    db.apiToken.count(),
  ]);
  return { patients, addresses, assignments, programs, versions, exercises, outbox, codes, escalations, sessions, tokens };
}
