import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { aheadOfQueue } from "../../src/db/sqlite-serialized.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

/** `inside` tells the test the transaction is open; it then holds until `release`. */
function transactionSignals() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let inside!: () => void;
  const started = new Promise<void>((resolve) => (inside = resolve));
  return { gate, release, inside, started };
}

describe("SQLite: one connection shared by interactive transactions and other queries", () => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.drop());

  it("keeps a write made outside a transaction when that transaction rolls back", async () => {
    database = await createTestDatabase("sqlite");
    const { db } = database;
    const { gate, release, inside, started } = transactionSignals();

    const failing = db
      .$transaction(async (tx) => {
        await tx.clinic.create({ data: { name: "rolled back", timeZone: "UTC" } });
        inside();
        await gate;
        throw new Error("processing failed");
      })
      .catch((error: Error) => error.message);

    await started;
    // Meanwhile a webhook stores its message: it must not join the open transaction.
    // (Prisma queries are lazy: `then` starts this one now, while the transaction is open.)
    const outside = db.clinic.create({ data: { name: "kept", timeZone: "UTC" } }).then((clinic) => clinic);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await failing).toBe("processing failed");
    await outside;
    expect((await db.clinic.findMany()).map((c) => c.name)).toEqual(["kept"]);
  });

  it("runs a statement marked ahead of the queue before statements that were waiting longer, after the open transaction", async () => {
    database = await createTestDatabase("sqlite");
    const { db } = database;
    const { gate, release, inside, started } = transactionSignals();
    const finished: string[] = [];
    const turns = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
    };

    const transaction = db.$transaction(async (tx) => {
      await tx.clinic.create({ data: { name: "transaction", timeZone: "UTC" } });
      inside();
      await gate;
    });
    await started;
    const routine = db.clinic.create({ data: { name: "routine", timeZone: "UTC" } }).then(() => finished.push("routine"));
    await turns(5);
    const webhook = aheadOfQueue(() => db.clinic.create({ data: { name: "webhook", timeZone: "UTC" } })).then(() => finished.push("webhook"));
    await turns(5);
    expect(finished).toEqual([]);
    release();
    await Promise.all([transaction, routine, webhook]);

    expect(finished).toEqual(["webhook", "routine"]);
    expect((await db.clinic.findMany()).map((c) => c.name).sort()).toEqual(["routine", "transaction", "webhook"]);
  });

  it("waits off the thread for another connection's write lock when marked ahead of the queue, then writes", async () => {
    database = await createTestDatabase("sqlite");
    const { db, target } = database;
    if (target.provider !== "sqlite") throw new Error("unreachable");
    // Another connection to the file (the background thread's) is in the middle of a write.
    const other = new Database(target.file);
    other.exec("BEGIN IMMEDIATE");
    other.prepare(`INSERT INTO "Clinic" ("id", "name", "timeZone", "createdAt") VALUES ('other', 'other', 'UTC', '2026-01-01T00:00:00.000Z')`).run();

    let outcome: string | null = null;
    const webhook = aheadOfQueue(() => db.clinic.create({ data: { name: "webhook", timeZone: "UTC" } })).then(
      () => (outcome = "stored"),
      (error: Error) => (outcome = `failed: ${error.message}`),
    );
    // SQLite's own wait would hold the thread until its timeout and then fail: these turns would not run.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(outcome).toBeNull();
    other.exec("COMMIT");
    other.close();
    await webhook;

    expect(outcome).toBe("stored");
    expect((await db.clinic.findMany()).map((c) => c.name).sort()).toEqual(["other", "webhook"]);
  });
});
