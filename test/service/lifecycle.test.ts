import { spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { createServer, Socket, type AddressInfo } from "node:net";
import { dirname } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { startServiceProcess, type ServiceProcess } from "../support/process.js";
import { createTestDatabaseUrl, type TestDatabaseUrl } from "../support/databases.js";

/** Resolves with everything the socket has sent once `done` says it is complete. */
function readUntil(socket: Socket, done: (text: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (done(text)) {
        socket.off("data", onData);
        resolve(text);
      }
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.once("close", () => (done(text) ? resolve(text) : reject(new Error(`connection closed after: ${text}`))));
  });
}

/** Resolves when the service process writes a line containing `text`. */
function outputLine(service: ServiceProcess, text: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (service.output().includes(text)) {
        service.child.stdout!.off("data", check);
        resolve();
      }
    };
    service.child.stdout!.on("data", check);
    check();
  });
}

const canRunAsNobody = spawnSync("runuser", ["-u", "nobody", "--", "true"]).status === 0;

// Each test starts a real process that migrates a new database: slow on a busy machine.
const PROCESS_TEST_MS = 180_000;

describe("starting and stopping the service process", () => {
  let database: TestDatabaseUrl | undefined;
  let service: ServiceProcess | undefined;
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill("SIGKILL");
      await service.exited;
    }
    service = undefined;
    await database?.drop();
  }, PROCESS_TEST_MS);

  it("exits 1 naming PORT when the port is taken, and never says it is ready", async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const port = (squatter.address() as AddressInfo).port;
    try {
      database = await createTestDatabaseUrl("sqlite");
      const failed = await startServiceProcess({ DATABASE_URL: database.url, PORT: String(port) }, 150_000).catch((error: Error) => error.message);
      expect(failed).toMatch(/exited with 1 before it was ready/);
      expect(failed).toContain(`PORT/HOST: cannot listen on 127.0.0.1:${port}: the port is already in use`);
      expect(failed).not.toContain("hepbot is ready");
    } finally {
      squatter.close();
    }
  }, PROCESS_TEST_MS);

  it("exits 2 naming DATABASE_URL when the PostgreSQL URL is malformed, without echoing its password", async () => {
    const failed = await startServiceProcess({ DATABASE_URL: "postgres://hepbot:s3cret@db.example:54x32/hepbot" }, 150_000).catch((error: Error) => error.message);
    expect(failed).toMatch(/exited with 2/);
    expect(failed).toMatch(/DATABASE_URL: is not a valid URL/);
    expect(failed).not.toContain("s3cret");
  }, PROCESS_TEST_MS);

  it.skipIf(!canRunAsNobody)("exits 1 naming the file when the SQLite database cannot be written", async () => {
    database = await createTestDatabaseUrl("sqlite");
    const opened = await openDatabase(database.url);
    await opened.close();
    const file = database.url.slice("file:".length);
    chmodSync(dirname(file), 0o755);
    // The service runs as a user who may read the file but not write it: a wrong owner after a restore.
    const failed = await startServiceProcess({ DATABASE_URL: database.url }, 150_000, { runAs: "nobody" }).catch((error: Error) => error.message);
    expect(failed).toMatch(/exited with 1 before it was ready/);
    expect(failed).toContain(`DATABASE_URL: the SQLite database ${file} cannot be written`);
  }, PROCESS_TEST_MS);

  it("on SIGTERM finishes the request in flight, closes its connection and exits 0 within 10 s", async () => {
    database = await createTestDatabaseUrl("sqlite");
    service = await startServiceProcess({ DATABASE_URL: database.url, DEMO_PASSWORD: "demo" }, 150_000);
    const { port } = new URL(service.url);
    const socket = new Socket();
    await new Promise<void>((resolve) => socket.connect(Number(port), "127.0.0.1", resolve));
    // A request answered first, so the connection is surely the server's before the signal.
    socket.write("GET /chat/api/patients HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const patients = await readUntil(socket, (text) => text.includes("]"));
    const patientId = /"id":"([^"]+)"/.exec(patients)![1]!;

    const body = JSON.stringify({ patientId, text: "done" });
    socket.write(`POST /chat/api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body.slice(0, 10));
    const signalledAt = Date.now();
    service.child.kill("SIGTERM");
    await outputLine(service, "stopping: finishing work in flight");
    const answer = readUntil(socket, (text) => /\r\n\r\n\{.*\}$/s.test(text.split("HTTP/1.1 202")[1] ?? ""));
    socket.write(body.slice(10));
    const response = await answer;
    expect(response).toContain("HTTP/1.1 202");
    await new Promise((resolve) => (socket.readyState === "closed" ? resolve(null) : socket.once("close", resolve)));

    expect(await service.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(service.output()).toContain('"msg":"stopped"');
  });
});
