import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../support/cli.js";
import { createTestDatabaseUrl, TEST_PROVIDERS, type TestDatabaseUrl } from "../support/databases.js";

interface PatientJson {
  id: string;
  name: string;
  consent: { state: string };
  assignments: Array<{ program: string; weekdays: number[] }>;
  completions: unknown[];
  painReports: unknown[];
  escalations: unknown[];
}

describe.each(TEST_PROVIDERS)("admin CLI on %s", (provider) => {
  let database: TestDatabaseUrl;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    database = await createTestDatabaseUrl(provider);
    env = { DATABASE_URL: database.url, DEMO_PASSWORD: "demo-pass" };
  });
  afterAll(async () => database.drop());

  it("migrates, seeds the demo clinic once, and lists programs with slugs", async () => {
    const migrate = await cli(["migrate"], env);
    expect(migrate.code).toBe(0);
    expect(migrate.json<{ applied: string[] }>().applied.length).toBeGreaterThan(0);

    const first = await cli(["seed"], env);
    expect(first.code).toBe(0);
    expect(first.json<{ demo: { patientIds: string[] } }>().demo?.patientIds).toHaveLength(3);
    expect(first.stdout, "a password the operator set is never printed").not.toContain("demo-pass");
    const again = await cli(["seed"], env);
    expect(again.json<{ demo: unknown; library: { created: number } }>()).toMatchObject({ demo: null, library: { created: 0 } });

    const programs = (await cli(["program", "list"], env)).json<Array<{ slug: string }>>();
    expect(programs.map((p) => p.slug)).toEqual(expect.arrayContaining([expect.stringMatching(/knee/), expect.stringMatching(/back/), expect.stringMatching(/shoulder/)]));
    expect((await cli(["patient", "list"], env)).json<unknown[]>()).toHaveLength(3);
  });

  it("creates no demo clinic in production unless SEED_DEMO asks for one", async () => {
    const production = await createTestDatabaseUrl(provider);
    try {
      const seeded = await cli(["seed"], { DATABASE_URL: production.url, NODE_ENV: "production", SEED_DEMO: "" });
      expect(seeded.json<{ demo: unknown }>().demo).toBeNull();
      expect((await cli(["clinic", "list"], { DATABASE_URL: production.url })).json<unknown[]>()).toHaveLength(0);
    } finally {
      await production.drop();
    }
  });

  it("never puts a real patient or therapist into the demo clinic by default", async () => {
    const program = (await cli(["program", "list"], env)).json<Array<{ slug: string }>>()[0]!.slug;
    const patientArgs = ["patient", "add", "--name", "Real Patient", "--phone", "+15555550998", "--lang", "en", "--tz", "America/Chicago", "--program", program];
    const orphan = await cli(patientArgs, env);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toMatch(/no therapist outside the demo clinic/);
    const intoDemo = await cli(["therapist", "create", "--name", "Real PT", "--email", "real@clinic.example", "--clinic", "first"], env);
    expect(intoDemo.code).toBe(2);
    expect(intoDemo.stderr).toMatch(/clinic create/);
    expect((await cli(["patient", "list"], env)).json<unknown[]>()).toHaveLength(3);

    const clinic = await cli(["clinic", "create", "--name", "Lakeside PT", "--tz", "America/Chicago"], env);
    expect(clinic.code, clinic.stderr).toBe(0);
    const therapist = await cli(["therapist", "create", "--name", "Real PT", "--email", "real@clinic.example", "--clinic", "first"], env);
    expect(therapist.json<{ clinicId: string }>().clinicId).toBe(clinic.json<{ id: string }>().id);
    const added = await cli(patientArgs, env);
    expect(added.json<{ therapistId: string }>().therapistId).toBe(therapist.json<{ id: string }>().id);
  });

  it("adds a patient and shows them with consent, assignments and (empty) history", async () => {
    const program = (await cli(["program", "list"], env)).json<Array<{ slug: string }>>()[0]!.slug;
    const added = await cli(
      ["patient", "add", "--name", "Test Patient", "--phone", "+15555550999", "--lang", "es", "--tz", "Europe/Madrid", "--program", program, "--reminder", "09:15"],
      env,
    );
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    const patient = added.json<PatientJson>();
    expect(patient.id).toEqual(expect.any(String));

    const shown = (await cli(["patient", "show", patient.id], env)).json<PatientJson>();
    expect(shown).toMatchObject({ name: "Test Patient", consent: { state: "opted_in" }, completions: [], painReports: [], escalations: [] });
    expect(shown.assignments[0]?.program).toBe(program);
  });

  it.each([
    [["--program", "no-such-program"], /unknown program/],
    [["--phone", "555-0100"], /phone: must be an E\.164/],
    [["--tz", "Mars/Olympus"], /timeZone: must be an IANA time zone/],
    [["--lang", "fr"], /must be en or es/],
    [["--reminder", "25:00"], /HH:mm/],
    [["--bogus", "x"], /Unknown option/],
    [["--whatsapp", "+34600111999"], /whatsappOptIn: must be true: record that the patient agreed to WhatsApp/],
    [["--whatsapp", "whatsapp:+34600111999"], /whatsapp: must be an E\.164/],
  ])("rejects bad input %j with exit code 2 and writes nothing", async (override, message) => {
    const before = (await cli(["patient", "list"], env)).json<unknown[]>().length;
    const base: Record<string, string> = { "--name": "Bad Input", "--phone": "+15555550888", "--lang": "en", "--tz": "America/Chicago", "--program": "knee-replacement-early" };
    const args = Object.entries({ ...base, [override[0]!]: override[1]! }).flat();
    const result = await cli(["patient", "add", ...args], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
    expect((await cli(["patient", "list"], env)).json<unknown[]>()).toHaveLength(before);
  });

  it("enrols a WhatsApp number with the patient's opt-in on record", async () => {
    const args = ["patient", "add", "--name", "Lucía", "--whatsapp", "+34600111999", "--whatsapp-opt-in", "--lang", "es", "--tz", "Europe/Madrid", "--program", "low-back-pain-gentle"];
    const added = await cli(args, env);
    expect(added.code, added.stderr).toBe(0);
    const patient = added.json<PatientJson & { channels: unknown[]; consent: { history: { source: string }[] } }>();
    expect(patient.channels).toEqual([{ channel: "whatsapp", address: "whatsapp:+34600111999", preferred: true }]);
    expect(patient.consent.history.map((e) => e.source)).toContain("enrollment:whatsapp");
  });

  it("refuses a phone number that already belongs to a patient", async () => {
    const args = ["patient", "add", "--name", "Dup", "--phone", "+15555550999", "--lang", "en", "--tz", "UTC", "--program", "knee-replacement-early"];
    const result = await cli(args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/already in use/);
  });

  it("answers an unknown patient id and an unknown command with exit code 2", async () => {
    expect((await cli(["patient", "show", "nope"], env)).code).toBe(2);
    expect((await cli(["frobnicate"], env)).code).toBe(2);
  });
});

describe("clinic settings from the CLI", () => {
  it("sets the emergency number patients are told to call, and rejects a bad one writing nothing", async () => {
    const database = await createTestDatabaseUrl("sqlite");
    try {
      const env = { DATABASE_URL: database.url, DEMO_PASSWORD: "x" };
      await cli(["seed"], env);
      const set = await cli(["clinic", "set", "first", "--emergency-number", "112", "--contact", "call 555-0100"], env);
      expect(set.code).toBe(0);
      expect(set.json<{ emergencyNumber: string; contactLine: string }>()).toMatchObject({ emergencyNumber: "112", contactLine: "call 555-0100" });
      const bad = await cli(["clinic", "set", "first", "--emergency-number", "call me"], env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/emergencyNumber/);
      expect((await cli(["clinic", "list"], env)).json<Array<{ emergencyNumber: string }>>()[0]?.emergencyNumber).toBe("112");

      const badSystem = await cli(["clinic", "set", "first", "--mrn-system", "our mrns"], env);
      expect(badSystem.code).toBe(2);
      expect(badSystem.stderr).toMatch(/mrnSystem/);
      const system = await cli(["clinic", "set", "first", "--mrn-system", "urn:oid:2.16.840.1.113883.3.999"], env);
      expect(system.json<{ mrnSystem: string }>().mrnSystem).toBe("urn:oid:2.16.840.1.113883.3.999");
      // Spain: the crisis line is 024 and the clinic says tú to its patients.
      const spain = await cli(["clinic", "set", "first", "--crisis-line", "024", "--register", "tu"], env);
      expect(spain.json<{ crisisLine: string; spanishRegister: string }>()).toMatchObject({ crisisLine: "024", spanishRegister: "tu" });
      const badRegister = await cli(["clinic", "set", "first", "--register", "vos"], env);
      expect(badRegister.code).toBe(2);
      expect(badRegister.stderr).toMatch(/spanishRegister/);
    } finally {
      await database.drop();
    }
  });
});
