import { statSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/logging/logger.js";
import { startWalCheckpointer, type WalCheckpointer } from "../../src/db/wal-checkpointer.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { captureLogger } from "../support/logging.js";

const autocheckpointPages = async (database: TestDatabase) =>
  Number((await database.db.$queryRawUnsafe<Array<{ wal_autocheckpoint: bigint | number }>>("PRAGMA wal_autocheckpoint"))[0]!.wal_autocheckpoint);

describe("SQLite checkpoints on a worker thread", () => {
  let database: TestDatabase | undefined;
  let checkpointer: WalCheckpointer | undefined;
  afterEach(async () => {
    await checkpointer?.stop();
    await database?.drop();
    checkpointer = database = undefined;
  });

  it("keeps the log short while the service writes without pause, and the service's connection does not checkpoint", async () => {
    database = await createTestDatabase("sqlite");
    if (database.target.provider !== "sqlite") throw new Error("unreachable");
    const walFile = `${database.target.file}-wal`;
    checkpointer = await startWalCheckpointer(database.db, database.target.file, silentLogger(), { intervalMs: 10 });
    expect(await autocheckpointPages(database)).toBe(10_000);

    // ~6 MB in 300 commits, a few milliseconds apart: never a quiet moment for the log to be copied by accident.
    const name = "x".repeat(2000);
    for (let commit = 0; commit < 300; commit++) {
      await database.db.clinic.createMany({ data: Array.from({ length: 10 }, () => ({ name, timeZone: "UTC" })) });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const written = 300 * 10 * name.length;
    // Without the checkpointer the log would hold everything written (the fallback is 40 MB).
    expect(statSync(walFile).size).toBeLessThan(written / 3);
    expect(await database.db.clinic.count()).toBe(3000);
  });

  it("stops cleanly, and the database stays usable", async () => {
    database = await createTestDatabase("sqlite");
    if (database.target.provider !== "sqlite") throw new Error("unreachable");
    checkpointer = await startWalCheckpointer(database.db, database.target.file, silentLogger(), { intervalMs: 10 });
    await checkpointer.stop();
    checkpointer = undefined;
    await database.db.clinic.create({ data: { name: "after", timeZone: "UTC" } });
    expect(await database.db.clinic.count()).toBe(1);
  });

  it("hands checkpoints back to the service's connection when the worker cannot start, and says so", async () => {
    database = await createTestDatabase("sqlite");
    const { logger, lines } = captureLogger();
    checkpointer = await startWalCheckpointer(database.db, "/nonexistent/hepbot.db", logger, { intervalMs: 10 });
    await checkpointer.stop();
    await expect.poll(() => autocheckpointPages(database!)).toBe(1000);
    expect(lines.some((line) => line.level === 50 && String(line.msg).includes("checkpointer stopped"))).toBe(true);
  });
});
