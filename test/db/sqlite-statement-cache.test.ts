import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";

describe("SQLite: each query shape is prepared once", () => {
  let database: TestDatabase | undefined;
  const prototype = Database.prototype as unknown as { prepare: (sql: string) => unknown };
  const originalPrepare = prototype.prepare;
  afterEach(async () => {
    prototype.prepare = originalPrepare;
    await database?.drop();
  });

  it("reuses the prepared statement with each query's own arguments, in and outside transactions", async () => {
    const prepared: string[] = [];
    prototype.prepare = function (this: unknown, sql: string) {
      prepared.push(sql);
      return originalPrepare.call(this, sql);
    };
    database = await createTestDatabase("sqlite");
    const { db } = database;
    prepared.length = 0;
    const names = ["North", "South", "East", "West"];
    for (const name of names) await db.clinic.create({ data: { name, timeZone: "UTC" } });
    await db.$transaction(async (tx) => tx.clinic.create({ data: { name: "Inside", timeZone: "UTC" } }));
    const found = [];
    for (const name of [...names, "Inside"]) found.push((await db.clinic.findFirst({ where: { name }, select: { name: true } }))?.name);

    expect(found).toEqual([...names, "Inside"]);
    const inserts = prepared.filter((sql) => sql.startsWith("INSERT INTO `main`.`Clinic`"));
    const lookups = prepared.filter((sql) => sql.startsWith("SELECT") && sql.includes("`main`.`Clinic`"));
    expect(inserts).toHaveLength(1);
    expect(lookups).toHaveLength(1);
    expect(prepared.filter((sql) => sql === "BEGIN")).toHaveLength(1);
  });
});
