import { afterEach, describe, expect, it } from "vitest";
import { startServiceProcess, type ServiceProcess } from "../support/process.js";
import { createTestDatabaseUrl, TEST_PROVIDERS, type TestDatabaseUrl } from "../support/databases.js";

// Starting processes waits on their readiness line; the timeout only bounds a start that hangs.
describe.each(TEST_PROVIDERS)("the service process on %s", { timeout: 400_000 }, (provider) => {
  let database: TestDatabaseUrl | undefined;
  let service: ServiceProcess | undefined;
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill("SIGKILL");
      await service.exited;
    }
    await database?.drop();
  });

  it("migrates and seeds an empty database, serves /healthz, stops cleanly on SIGTERM, and restarts without re-seeding", async () => {
    database = await createTestDatabaseUrl(provider);
    service = await startServiceProcess({ DATABASE_URL: database.url });
    const health = await fetch(`${service.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect(service.output()).toContain("created the demo clinic");

    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
    expect(service.output()).toContain('"msg":"stopped"');

    service = await startServiceProcess({ DATABASE_URL: database.url });
    expect(await (await fetch(`${service.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(service.output()).not.toContain("created the demo clinic");
    service.child.kill("SIGTERM");
    expect(await service.exited).toBe(0);
  });

  it("refuses to start on a bad setting, naming the variable", async () => {
    database = await createTestDatabaseUrl(provider);
    await expect(startServiceProcess({ DATABASE_URL: database.url, PORT: "not-a-port" })).rejects.toThrow(/PORT:/);
  });
});
