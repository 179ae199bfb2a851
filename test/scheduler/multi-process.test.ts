import { describe, expect, it } from "vitest";
import { FakeTwilioServer } from "../fakes/twilio-server.js";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "../support/databases.js";
import { ACCOUNT_SID, AUTH_TOKEN, seedDuePatients, sentPerRecipient, startWorker, waitFor, workerCleanups } from "./worker-harness.js";

const { track, later } = workerCleanups();

describe.skipIf(!process.env.TEST_DATABASE_URL)("three worker processes on one PostgreSQL schema", () => {
  it("send every due prompt exactly once", { timeout: 120_000 }, async () => {
    const database: TestDatabase = await createTestDatabase("postgresql");
    later(() => database.drop());
    const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, latencyMs: 5 });
    later(() => fake.close());
    const n = 300;
    const { phones } = await seedDuePatients(database.db, n);

    const env = { DATABASE_URL: database.url, TWILIO_API_BASE: fake.url, RATE: "100" };
    const workers = await Promise.all(["w1", "w2", "w3"].map((id) => startWorker({ ...env, WORKER_ID: id }).then(track)));

    await waitFor(
      async () => (await database.db.outboxMessage.count({ where: { kind: "prompt", status: "sent" } })) >= n,
      90_000,
      () => `only ${fake.sent.length} of ${n} sent:\n${workers.map((w) => w.output().slice(-2000)).join("\n---\n")}`,
    );
    // A worker stops only after its sends in flight are answered: a duplicate would be in by the exit.
    for (const w of workers) w.child.kill("SIGTERM");
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0, 0]);

    const perRecipient = sentPerRecipient(fake);
    expect(fake.sent).toHaveLength(n);
    expect(new Set(perRecipient.keys())).toEqual(new Set(phones));
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
    const rows = await database.db.outboxMessage.findMany({ where: { kind: "prompt" } });
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r.platformMessageId))).toEqual(new Set(fake.sent.map((m) => m.sid)));
    // The work really was shared.
    const senders = new Set(workers.filter((w) => w.output().includes('"msg":"sms sent"')).map((w) => w.child.pid));
    expect(senders.size, workers.map((w) => w.output().split("\n").filter((l) => /"level":(40|50)|round|ready/.test(l)).slice(0, 6).join("\n")).join("\n----\n")).toBeGreaterThan(1);
    expect(await database.db.messageLog.count({ where: { direction: "outbound" } })).toBe(n);
  });
});

describe.each(TEST_PROVIDERS)("a worker killed with SIGKILL mid-dispatch on %s", (provider) => {
  it("loses nothing and sends nothing twice after a restart", { timeout: 120_000 }, async () => {
    const database: TestDatabase = await createTestDatabase(provider);
    later(() => database.drop());
    // Twilio answers slowly, so sends are in flight when the worker dies; and three answers are
    // lost after Twilio stored the message (the caller sees a reset connection).
    const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, latencyMs: 400 });
    later(() => fake.close());
    fake.dropNext(3, { afterCreate: true });
    const n = 60;
    const { phones } = await seedDuePatients(database.db, n);
    const env = { DATABASE_URL: database.url, TWILIO_API_BASE: fake.url, RATE: "20", LEASE_MS: "2000", MAX_PACE_WAIT_MS: "3000", BACKOFF_BASE_MS: "300" };

    const first = track(await startWorker({ ...env, WORKER_ID: "doomed" }));
    await waitFor(
      async () =>
        fake.requests.filter((r) => r.kind === "create").length >= 20 && (await database.db.outboxMessage.count({ where: { status: "sending" } })) > 0,
      60_000,
      () => `no sends:\n${first.output()}`,
    );
    first.child.kill("SIGKILL");
    await first.exited;
    const inFlight = await database.db.outboxMessage.count({ where: { status: "sending" } });
    expect(inFlight, "rows left mid-send by the dead worker").toBeGreaterThan(0);
    // Some of those already reached Twilio: the fake holds answers back, it does not drop the
    // requests. Once it has dealt with every request the dead worker made, its store is complete.
    await waitFor(() => fake.requests.every((r) => r.outcome !== 0), 10_000, () => "the fake still holds requests");
    const storedBeforeRestart = fake.sent.length;

    const second = track(await startWorker({ ...env, WORKER_ID: "survivor" }));
    await waitFor(
      async () => (await database.db.outboxMessage.count({ where: { kind: "prompt", status: "sent" } })) >= n,
      90_000,
      () => `stuck:\n${second.output().slice(-3000)}`,
    );
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);

    const perRecipient = sentPerRecipient(fake);
    expect(new Set(perRecipient.keys())).toEqual(new Set(phones));
    const dupes = [...perRecipient].filter(([, c]) => c !== 1).map(([to]) => to);
    const detail = dupes.slice(0, 3).map((to) => fake.sent.filter((m) => m.to === to).map((m) => `${to} ${m.sid} ${m.dateCreated.toISOString()}`).join(" | "));
    const dupRows = await database.db.outboxMessage.findMany({ where: { address: { in: dupes.slice(0, 3) } } });
    expect(dupes, `${detail.join("\n")}\n${JSON.stringify(dupRows)}\n${first.output().split("\n").filter((l) => dupRows.some((r) => l.includes(r.id) || l.includes(r.idempotencyKey))).join("\n")}\n---\n${second.output().split("\n").filter((l) => dupRows.some((r) => l.includes(r.id) || l.includes(r.idempotencyKey))).join("\n")}`).toEqual([]);
    expect(fake.sent).toHaveLength(n);
    expect(storedBeforeRestart, "messages Twilio stored before the restart").toBeGreaterThan(0);
    // The survivor asked Twilio about rows the dead worker left mid-send, and about the lost answers.
    const asked = fake.requests.filter((r) => r.kind === "list").length;
    expect(asked, "findSent calls").toBeGreaterThan(0);
    expect(second.output() + first.output()).toMatch(/recovered row had been sent|earlier attempt had gone out after all/);
    const rows = await database.db.outboxMessage.findMany({ where: { kind: "prompt" } });
    expect(new Set(rows.map((r) => r.platformMessageId))).toEqual(new Set(fake.sent.map((m) => m.sid)));
  });
});
