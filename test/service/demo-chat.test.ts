import { networkInterfaces } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/logging/logger.js";
import { addPatient } from "../../src/care/patients/patient.service.js";
import { startService, type RunningService } from "../../src/service.js";
import { createTestDatabaseUrl, TEST_PROVIDERS, type TestDatabaseUrl } from "../support/databases.js";
import { captureLogger } from "../support/logging.js";

/** This machine's address on its network, if it has one: a request from it is not a loopback request. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

async function start(databaseUrl: string, env: Record<string, string> = {}, logger = silentLogger()): Promise<RunningService> {
  const config = loadConfig({ NODE_ENV: "development", PORT: "0", DATABASE_URL: databaseUrl, DEMO_PASSWORD: "demo", SCHEDULER_ENABLED: "false", ...env });
  return startService(config, logger, { background: false });
}

/** A real clinic beside the demo: its patient must not exist for the demo chat. */
async function addRealPatient(service: RunningService): Promise<string> {
  const db = service.db;
  const clinic = await db.clinic.create({ data: { name: "Lakeside PT", timeZone: "America/Chicago" } });
  const therapist = await db.therapist.create({ data: { clinicId: clinic.id, name: "Real PT", email: "real@lakeside.example", timeZone: "America/Chicago" } });
  const program = await db.program.findFirstOrThrow();
  const patient = await addPatient(db, { name: "Real Person", language: "en", timeZone: "America/Chicago", phone: "+15555550777", program: program.slug, therapistId: therapist.id }, new Date());
  return patient.id;
}

const postMessage = (url: string, patientId: string, text: string) =>
  fetch(`${url}/chat/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ patientId, text }) });

describe.each(TEST_PROVIDERS)("the demo chat on %s", (provider) => {
  let database: TestDatabaseUrl | undefined;
  let service: RunningService | undefined;
  afterEach(async () => {
    await service?.stop();
    service = undefined;
    await database?.drop();
  });

  it("serves only the demo clinic's patients, and refuses any other patient even by id", async () => {
    database = await createTestDatabaseUrl(provider);
    service = await start(database.url);
    const realId = await addRealPatient(service);

    const listed = (await (await fetch(`${service.url}/chat/api/patients`)).json()) as Array<{ id: string; name: string }>;
    expect(listed.map((p) => p.name).sort()).toEqual(["Dana", "Harold", "Rosa"]);
    expect(listed.map((p) => p.id)).not.toContain(realId);

    expect((await fetch(`${service.url}/chat/api/conversation/${realId}`)).status).toBe(404);
    expect((await postMessage(service.url, realId, "STOP")).status).toBe(404);
    expect((await postMessage(service.url, realId, "chest pain, can't breathe")).status).toBe(404);
    await service.settle();
    expect(await service.db.messageLog.count({ where: { patientId: realId } })).toBe(0);
    expect(await service.db.escalation.count({ where: { patientId: realId } })).toBe(0);
    expect((await service.db.patient.findUniqueOrThrow({ where: { id: realId } })).consent).toBe("opted_in");

    expect((await postMessage(service.url, listed[0]!.id, "done")).status).toBe(202);
    expect((await fetch(`${service.url}/chat/api/conversation/${listed[0]!.id}`)).status).toBe(200);
  });

  it("never prints a demo password it did not generate, and creates no demo clinic in production unless asked", async () => {
    database = await createTestDatabaseUrl(provider);
    const chosen = captureLogger();
    service = await start(database.url, { DEMO_PASSWORD: "a-password-we-chose" }, chosen.logger);
    const created = chosen.lines.find((line) => String(line.msg).includes("created the demo clinic"));
    expect(created).toBeDefined();
    expect(JSON.stringify(chosen.lines)).not.toContain("a-password-we-chose");
    await service.stop();
    await database.drop();

    database = await createTestDatabaseUrl(provider);
    service = await start(database.url, { NODE_ENV: "production", DEMO_PASSWORD: "" });
    expect(await service.db.clinic.count()).toBe(0);
    expect(service.server.address()).toMatchObject({ address: "0.0.0.0" });
  });

  it("listens on loopback by default and refuses a request relayed by a proxy", async () => {
    database = await createTestDatabaseUrl(provider);
    service = await start(database.url);
    expect(service.server.address()).toMatchObject({ address: "127.0.0.1" });
    expect((await fetch(`${service.url}/chat/api/patients`, { headers: { "x-forwarded-for": "203.0.113.9" } })).status).toBe(403);
  });

  it.skipIf(!networkAddress)("refuses other machines unless LOCAL_CHAT_NETWORK is set", async () => {
    database = await createTestDatabaseUrl(provider);
    service = await start(database.url, { HOST: "0.0.0.0" });
    const port = (service.server.address() as { port: number }).port;
    expect((await fetch(`http://${networkAddress}:${port}/chat/api/patients`)).status).toBe(403);
    expect((await fetch(`http://${networkAddress}:${port}/chat`)).status).toBe(403);
    await service.stop();

    service = await start(database.url, { HOST: "0.0.0.0", LOCAL_CHAT_NETWORK: "true" });
    const open = (service.server.address() as { port: number }).port;
    expect((await fetch(`http://${networkAddress}:${open}/chat/api/patients`)).status).toBe(200);
  });
});
