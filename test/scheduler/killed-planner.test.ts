import pg from "pg";
import { describe, expect, it } from "vitest";
import { PLANNER_LOCK_KEY } from "../../src/scheduler/scheduler-state.js";
import { FakeTwilioServer } from "../fakes/twilio-server.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { ACCOUNT_SID, AUTH_TOKEN, seedDuePatients, sentPerRecipient, startWorker, waitFor, workerCleanups } from "./worker-harness.js";

const { track, later } = workerCleanups();

/** The instants at which a worker's ticks began, in order, and how many prompts each queued. */
function ticks(output: string): { at: number; prompts: number }[] {
  return output
    .split("\n")
    .filter((line) => line.includes('"msg":"scheduler tick"') || line.includes("tick skipped"))
    .map((line) => JSON.parse(line) as { at: string; prompts?: number })
    .map((tick) => ({ at: Date.parse(tick.at), prompts: tick.prompts ?? 0 }));
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("a replica killed inside a planning tick on PostgreSQL", () => {
  it("holds planning no longer than its lease: another replica plans the window within two ticks", { timeout: 120_000 }, async () => {
    const database: TestDatabase = await createTestDatabase("postgresql");
    later(() => database.drop());
    const target = database.target;
    if (target.provider !== "postgresql") throw new Error("unreachable");
    const fake = await FakeTwilioServer.start({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    later(() => fake.close());
    const n = 20;
    const { phones } = await seedDuePatients(database.db, n);

    // The test holds the assignments table: whichever replica takes the lease stops inside its
    // tick, at the first page of assignments, until the test lets go.
    const blocker = new pg.Client({ connectionString: target.connectionString });
    await blocker.connect();
    later(() => blocker.end());
    await blocker.query("BEGIN");
    await blocker.query(`LOCK TABLE "${target.schema}"."Assignment" IN ACCESS EXCLUSIVE MODE`);
    const blockedReaders = async () =>
      Number(
        (
          await blocker.query(
            `SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace s ON s.oid = c.relnamespace
             WHERE s.nspname = $1 AND c.relname = 'Assignment' AND NOT l.granted`,
            [target.schema],
          )
        ).rows[0].n,
      );
    const lease = async () => (await database.db.schedulerState.findUnique({ where: { key: PLANNER_LOCK_KEY } }))?.value ?? "";

    // A tick every second, a lease shorter than that, renewed while the tick runs.
    const env = { DATABASE_URL: database.url, TWILIO_API_BASE: fake.url, RATE: "100", PLANNER_LEASE_MS: "800", LOG_LEVEL: "debug" };
    const doomed = track(await startWorker({ ...env, WORKER_ID: "doomed" }));
    await waitFor(async () => (await lease()).startsWith("doomed|") && (await blockedReaders()) > 0, 60_000, () => `no blocked tick:\n${doomed.output()}`);

    // Seconds later (longer than the lease), the doomed replica still holds it: it renews.
    const survivor = track(await startWorker({ ...env, WORKER_ID: "survivor" }));
    await waitFor(() => survivor.output().includes("tick skipped"), 30_000, () => `survivor never saw the lease held:\n${survivor.output()}`);
    expect(await lease()).toMatch(/^doomed\|/);

    const killedAt = Date.now();
    doomed.child.kill("SIGKILL");
    await doomed.exited;
    await blocker.query("COMMIT");

    await waitFor(
      async () => (await database.db.outboxMessage.count({ where: { kind: "prompt", status: "sent" } })) >= n,
      60_000,
      () => `prompts not sent:\n${survivor.output().slice(-3000)}`,
    );
    const after = ticks(survivor.output()).filter((tick) => tick.at >= killedAt);
    const planningTick = after.findIndex((tick) => tick.prompts > 0);
    expect(planningTick, `${killedAt} ${JSON.stringify(after.slice(0, 5))}\n${survivor.output().split("\n").filter((l) => l.includes("tick")).slice(-8).join("\n")}`).toBeGreaterThanOrEqual(0);
    expect(planningTick + 1, "survivor ticks after the kill until the prompts were queued").toBeLessThanOrEqual(2);
    expect(after[planningTick]!.prompts).toBe(n);

    survivor.child.kill("SIGTERM");
    expect(await survivor.exited).toBe(0);
    const perRecipient = sentPerRecipient(fake);
    expect(new Set(perRecipient.keys())).toEqual(new Set(phones));
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
    // Released on shutdown: nobody holds planning now.
    expect(await lease()).toMatch(/^\|/);
  });
});
