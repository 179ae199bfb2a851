import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { loadFixtures } from "../../src/library/library.seed.js";
import { startServiceProcess, type ServiceProcess } from "../support/process.js";
import { createTestDatabaseUrl, TEST_PROVIDERS, type TestDatabaseUrl } from "../support/databases.js";

describe.each(TEST_PROVIDERS)("three service processes started together on an empty %s database", (provider) => {
  let database: TestDatabaseUrl | undefined;
  const services: ServiceProcess[] = [];
  afterEach(async () => {
    for (const service of services.splice(0)) {
      if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill("SIGKILL");
      await service.exited;
    }
    await database?.drop();
  });

  it("all become ready, migrate once, and seed one demo clinic and one library", { timeout: 120_000 }, async () => {
    database = await createTestDatabaseUrl(provider);
    const url = database.url;
    // Started in the same tick; each resolves when it logs that it is ready (or rejects when it exits).
    const started = await Promise.allSettled([1, 2, 3].map(() => startServiceProcess({ DATABASE_URL: url }, 90_000)));
    for (const result of started) if (result.status === "fulfilled") services.push(result.value);
    expect(started.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);

    for (const service of services) {
      const health = await fetch(`${service.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });
    }
    const outputs = services.map((s) => s.output());
    expect(outputs.filter((o) => o.includes("applied database migrations")), "processes that applied the migrations").toHaveLength(1);
    expect(outputs.filter((o) => o.includes("created the demo clinic")), "processes that created the demo clinic").toHaveLength(1);

    const check = await openDatabase(url, { migrate: false, poolSize: 1 });
    try {
      expect(await check.db.clinic.count()).toBe(1);
      expect(await check.db.therapist.count()).toBe(1);
      expect(await check.db.exercise.count()).toBe(loadFixtures().exercises.length);
    } finally {
      await check.close();
    }

    for (const service of services) service.child.kill("SIGTERM");
    expect(await Promise.all(services.map((s) => s.exited))).toEqual([0, 0, 0]);
  });
});
