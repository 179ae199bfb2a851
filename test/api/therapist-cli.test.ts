import { afterEach, describe, expect, it } from "vitest";
import { hashToken, verifyPassword } from "../../src/auth/password.js";
import { openDatabase } from "../../src/db/database.js";
import { cli } from "../support/cli.js";
import { createTestDatabaseUrl, TEST_PROVIDERS, type TestDatabaseUrl } from "../support/databases.js";

describe.each(TEST_PROVIDERS)("therapist and token CLI commands on %s", (provider) => {
  let database: TestDatabaseUrl | undefined;
  afterEach(async () => database?.drop());

  const read = async <T>(work: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>) => {
    const opened = await openDatabase(database!.url);
    try {
      return await work(opened.db);
    } finally {
      await opened.close();
    }
  };

  it("creates a therapist with a one-time password, resets it, and creates an API token; bad input exits 2 writing nothing", async () => {
    database = await createTestDatabaseUrl(provider);
    const env = { DATABASE_URL: database.url };
    expect((await cli(["seed"], env)).code).toBe(0);
    expect((await cli(["clinic", "create", "--name", "Lakeside PT", "--tz", "America/Chicago"], env)).code).toBe(0);

    const created = await cli(["therapist", "create", "--name", "Dana Lee", "--email", "Dana@Clinic.example", "--clinic", "first"], env);
    expect(created.code, created.stderr).toBe(0);
    const dana = created.json<{ id: string; email: string; role: string; password: string }>();
    expect(dana).toMatchObject({ email: "dana@clinic.example", role: "therapist" });
    expect(dana.password.length).toBeGreaterThanOrEqual(12);
    const stored = await read((db) => db.therapist.findUniqueOrThrow({ where: { id: dana.id } }));
    expect(stored.passwordHash).not.toContain(dana.password);
    expect(await verifyPassword(stored.passwordHash!, dana.password)).toBe(true);

    const reset = await cli(["therapist", "reset-password", "--email", "dana@clinic.example"], env);
    expect(reset.code).toBe(0);
    const { password } = reset.json<{ password: string }>();
    expect(password).not.toBe(dana.password);
    const after = await read((db) => db.therapist.findUniqueOrThrow({ where: { id: dana.id } }));
    expect(await verifyPassword(after.passwordHash!, password)).toBe(true);

    const token = await cli(["token", "create", "--email", "dana@clinic.example", "--name", "EHR sync"], env);
    expect(token.code).toBe(0);
    const { token: secret, id } = token.json<{ token: string; id: string }>();
    expect(await read((db) => db.apiToken.findUniqueOrThrow({ where: { id } }))).toMatchObject({ tokenHash: hashToken(secret), name: "EHR sync" });
    expect(await read((db) => db.apiToken.findUniqueOrThrow({ where: { id } }))).toMatchObject({ scope: "read-only", revokedAt: null });
    // A password reset takes the therapist's tokens with it.
    expect((await cli(["therapist", "reset-password", "--email", "dana@clinic.example"], env)).code).toBe(0);
    expect((await read((db) => db.apiToken.findUniqueOrThrow({ where: { id } }))).revokedAt).not.toBeNull();
    const writer = await cli(["token", "create", "--email", "dana@clinic.example", "--name", "EHR write", "--scope", "read-write", "--days", "30"], env);
    expect(writer.json<{ scope: string }>().scope).toBe("read-write");

    const count = () => read(async (db) => ({ therapists: await db.therapist.count(), tokens: await db.apiToken.count() }));
    const before = await count();
    for (const args of [
      ["therapist", "create", "--name", "X", "--email", "not-an-email", "--clinic", "first"],
      ["therapist", "create", "--name", "X", "--email", "x@y.org", "--clinic", "no-such-clinic"],
      ["therapist", "create", "--name", "X", "--email", "x@y.org", "--clinic", "first", "--role", "owner"],
      ["therapist", "create", "--name", "Dup", "--email", "dana@clinic.example", "--clinic", "first"],
      ["therapist", "create", "--email", "x@y.org", "--clinic", "first", "--bogus", "1"],
      ["therapist", "reset-password", "--email", "nobody@clinic.example"],
      ["token", "create", "--email", "dana@clinic.example"],
      ["token", "create", "--email", "nobody@clinic.example", "--name", "n"],
      ["token", "create", "--email", "dana@clinic.example", "--name", "n", "--scope", "admin"],
      ["token", "create", "--email", "dana@clinic.example", "--name", "n", "--days", "9999"],
    ]) {
      const run = await cli(args, env);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(JSON.parse(run.stderr).error.code).toMatch(/invalid_input|conflict/);
    }
    expect(await count()).toEqual(before);

    const admin = await cli(["therapist", "create", "--name", "Eve", "--email", "eve@clinic.example", "--clinic", "first", "--role", "admin"], env);
    expect(admin.json<{ role: string }>().role).toBe("admin");
  });
});
