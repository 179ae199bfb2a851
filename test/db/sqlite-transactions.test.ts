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
});
