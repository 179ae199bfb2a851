import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BODY_REGIONS,
  demoClinicFixtureSchema,
  exerciseFixtureSchema,
  exerciseLibraryFixtureSchema,
  fixtureSetSchema,
  type DemoClinicFixture,
  type ExerciseFixture,
} from "../../src/library/exercise-fixture.schema.js";

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"));
}

const rawExercises = readFixture("exercises.json");
const rawDemoClinic = readFixture("demo-clinic.json");

/** Deep copy of the shipped data, so a negative test can break one thing and leave the rest valid. */
function copyOf<T>(value: T): T {
  return structuredClone(value);
}

function issueMessages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe("fixtures/exercises.json", () => {
  const exercises = exerciseLibraryFixtureSchema.parse(rawExercises);

  it("has at least 60 exercises and at least 10 for every body region", () => {
    expect(exercises.length).toBeGreaterThanOrEqual(60);
    for (const region of BODY_REGIONS) {
      const count = exercises.filter((e) => e.bodyRegion === region).length;
      expect(count, region).toBeGreaterThanOrEqual(10);
    }
  });

  it("points each video at its own slug unless a clinic link is given", () => {
    for (const e of exercises) expect(e.video.url ?? e.video.path, e.slug).toBe(e.slug);
  });

  it("has no alias that names two different exercises", () => {
    const owner = new Map<string, string>();
    for (const e of exercises) {
      for (const alias of [...e.aliases.en, ...e.aliases.es]) {
        const other = owner.get(alias);
        if (other !== undefined && other !== e.slug) expect.fail(`"${alias}" is an alias of ${other} and ${e.slug}`);
        owner.set(alias, e.slug);
      }
    }
  });
});

describe("fixtures/demo-clinic.json", () => {
  const fixtures = fixtureSetSchema.parse({ exercises: rawExercises, demoClinic: rawDemoClinic });
  const demo = fixtures.demoClinic;

  it("has the three demo personas, each on an existing program", () => {
    expect(demo.patients.map((p) => p.persona)).toEqual([
      "knee replacement rehab",
      "low back pain",
      "shoulder impingement",
    ]);
    const programs = new Set(demo.programs.map((p) => p.slug));
    for (const patient of demo.patients) expect(programs.has(patient.program), patient.name).toBe(true);
  });

  it("uses only exercises that exist in the library", () => {
    const known = new Set(fixtures.exercises.map((e) => e.slug));
    const items = demo.programs.flatMap((p) => p.items);
    expect(demo.programs.length).toBeGreaterThanOrEqual(5);
    for (const item of items) expect(known.has(item.exerciseSlug), item.exerciseSlug).toBe(true);
  });
});

describe("exercise fixture schema rejects bad data", () => {
  const valid = exerciseLibraryFixtureSchema.parse(rawExercises);
  const first = (): ExerciseFixture => copyOf(valid[0]!);

  it("rejects a duplicate slug", () => {
    const result = exerciseLibraryFixtureSchema.safeParse([...valid, first()]);
    expect(result.success).toBe(false);
    expect(issueMessages(result)).toContain(`duplicate exercise slug "${valid[0]!.slug}"`);
  });

  it("rejects a missing or empty Spanish text", () => {
    const noSpanishName = first() as unknown as { name: { es?: string } };
    delete noSpanishName.name.es;
    expect(exerciseFixtureSchema.safeParse(noSpanishName).success).toBe(false);

    const emptySpanishCue = first();
    emptySpanishCue.cues.es = ["  ", ...emptySpanishCue.cues.es.slice(1)];
    expect(exerciseFixtureSchema.safeParse(emptySpanishCue).success).toBe(false);
  });

  it.each([
    ["a slug that is not kebab-case", (e: ExerciseFixture) => void (e.slug = "Heel_Slides")],
    ["an unknown body region", (e: ExerciseFixture) => void ((e as { bodyRegion: string }).bodyRegion = "elbow")],
    ["an uppercase alias", (e: ExerciseFixture) => void (e.aliases.en = ["Heel Slide"])],
    ["too few instruction steps", (e: ExerciseFixture) => void (e.instructions.en = ["Do it."])],
    ["a misspelled key", (e: ExerciseFixture) => void Object.assign(e, { cue: e.cues })],
  ])("rejects %s", (_, breakIt) => {
    const exercise = first();
    breakIt(exercise);
    expect(exerciseFixtureSchema.safeParse(exercise).success).toBe(false);
  });
});

describe("demo clinic fixture schema rejects bad data", () => {
  const valid = demoClinicFixtureSchema.parse(rawDemoClinic);
  const demo = (): DemoClinicFixture => copyOf(valid);

  it("rejects a program item naming an unknown exercise", () => {
    const broken = demo();
    broken.programs[0]!.items[0]!.exerciseSlug = "moonwalk-lunges";
    const result = fixtureSetSchema.safeParse({ exercises: rawExercises, demoClinic: broken });
    expect(result.success).toBe(false);
    expect(issueMessages(result)[0]).toMatch(/unknown exercise "moonwalk-lunges"/);
  });

  it.each([
    ["a patient on an unknown program", (d: DemoClinicFixture) => void (d.patients[0]!.program = "no-such-program")],
    ["a reminder time that is not HH:mm", (d: DemoClinicFixture) => void (d.patients[0]!.reminderTimes = ["8am"])],
    ["a reminder inside quiet hours", (d: DemoClinicFixture) => void (d.patients[0]!.reminderTimes = ["22:30"])],
    ["a time zone that does not exist", (d: DemoClinicFixture) => void (d.patients[0]!.timeZone = "America/Atlantis")],
    ["a phone number that is not E.164", (d: DemoClinicFixture) => void (d.patients[0]!.phone = "555-0101")],
    ["a patient with no way to reach them", (d: DemoClinicFixture) => void delete d.patients[0]!.phone],
    ["a duplicate program slug", (d: DemoClinicFixture) => void d.programs.push(copyOf(d.programs[0]!))],
  ])("rejects %s", (_, breakIt) => {
    const broken = demo();
    breakIt(broken);
    expect(demoClinicFixtureSchema.safeParse(broken).success).toBe(false);
  });
});
