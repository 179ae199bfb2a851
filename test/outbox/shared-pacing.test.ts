import { describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.js";
import { FakeTwilioServer } from "../fakes/twilio-server.js";
import { createTestDatabase } from "../support/databases.js";
import { ACCOUNT_SID, AUTH_TOKEN, startWorker, waitFor, workerCleanups } from "../scheduler/worker-harness.js";

const { track, later } = workerCleanups();

/** The sender's limit, enforced by the fake Twilio on its own clock over a rolling second. */
const LIMIT_PER_SECOND = 20;

/** `n` one-segment replies, all due now. */
async function queueReplies(db: Db, n: number): Promise<void> {
  const clinic = await db.clinic.create({ data: { name: "Pacing", timeZone: "America/New_York" } });
  const therapist = await db.therapist.create({ data: { clinicId: clinic.id, name: "Dr. Pace", email: "pace@example.org", timeZone: "America/New_York" } });
  await db.patient.createMany({ data: Array.from({ length: n }, (_, i) => ({ id: `pat${i}`, clinicId: clinic.id, therapistId: therapist.id, name: `P${i}`, timeZone: "America/New_York" })) });
  const now = new Date();
  await db.outboxMessage.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      idempotencyKey: `reply:pacing:${i}`,
      kind: "reply",
      patientId: `pat${i}`,
      channel: "sms",
      address: `+1415${String(3_000_000 + i)}`,
      body: "Thanks, noted. Keep it up!",
      nextAttemptAt: now,
      createdAt: now,
    })),
  });
}

const setups = [
  ...(process.env.TEST_DATABASE_URL ? [{ provider: "postgresql" as const, processes: 3, rows: 240 }] : []),
  // One process: the database round trip per send must not slow it below the limit.
  { provider: "sqlite" as const, processes: 1, rows: 200 },
];

describe.each(setups)("$processes dispatcher process(es) on one $provider database sharing one Twilio sender", ({ provider, processes, rows }) => {
  it(`stay under the sender's limit (${LIMIT_PER_SECOND}/s): no 429, every row sent once`, { timeout: 120_000 }, async () => {
    const database = await createTestDatabase(provider);
    later(() => database.drop());
    const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, rateLimitPerSecond: LIMIT_PER_SECOND, latencyMs: 5 });
    later(() => fake.close());
    await queueReplies(database.db, rows);

    // Each process is configured with the sender's full rate, as an operator would.
    const env = { DATABASE_URL: database.url, TWILIO_API_BASE: fake.url, RATE: String(LIMIT_PER_SECOND), BATCH_SIZE: "25" };
    const workers = await Promise.all(Array.from({ length: processes }, (_, i) => startWorker({ ...env, WORKER_ID: `w${i + 1}` }).then(track)));
    await waitFor(
      async () => (await database.db.outboxMessage.count({ where: { status: "sent" } })) >= rows || fake.rateLimitedCount > 0,
      100_000,
      () => `only ${fake.sent.length} of ${rows} sent:\n${workers.map((w) => w.output().slice(-2000)).join("\n---\n")}`,
    );
    for (const w of workers) w.child.kill("SIGTERM");
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual(workers.map(() => 0));

    // The fake's verdict: no send over the limit, every row sent once.
    expect(fake.rateLimitedCount).toBe(0);
    expect(fake.sent).toHaveLength(rows);
    expect(new Set(fake.sent.map((m) => m.to)).size).toBe(rows);
    // How much of the limit was used (≥ 95 % when the machine is quiet) is measured by the bench,
    // not asserted here: on a loaded 2-core machine, starting the processes alone takes seconds.
    if (processes > 1) {
      const sending = workers.filter((w) => w.output().includes('"msg":"sms sent"'));
      expect(sending.length, "the work was shared").toBeGreaterThan(1);
    }
  });
});
