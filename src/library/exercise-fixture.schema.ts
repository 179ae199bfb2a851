import { z } from "zod";

/**
 * Schemas for the seed data in `fixtures/`: the exercise library (`exercises.json`)
 * and the demo clinic (`demo-clinic.json`). Fixtures are hand-edited, so objects are
 * strict: a misspelled key is an error rather than a silently missing field.
 */

export const BODY_REGIONS = ["knee", "hip", "ankle", "back", "neck", "shoulder"] as const;
export const LANGUAGES = ["en", "es"] as const;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (e.g. heel-slides)");
const text = z.string().trim().min(1);
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().regex(HH_MM, "must be a 24-hour time HH:mm");
const e164 = z.string().regex(/^\+[1-9]\d{1,14}$/, "must be an E.164 phone number (+15555550101)");
const timeZone = z.string().refine(isIanaTimeZone, "must be an IANA time zone (America/New_York)");

/** True when the runtime's ICU knows the zone; `Intl.DateTimeFormat` throws a RangeError otherwise. */
function isIanaTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** One value per supported language; every language is required so no patient ever gets a blank. */
const localized = <T extends z.ZodType>(value: T) => z.strictObject({ en: value, es: value });
const steps = (min: number, max: number) => localized(z.array(text).min(min).max(max));

const alias = z
  .string()
  .trim()
  .min(1)
  .refine((a) => a === a.toLowerCase(), "aliases are lowercase");

const dose = {
  sets: z.int().min(1).max(10),
  reps: z.int().min(1).max(50),
  holdSeconds: z.int().min(0).max(300),
};

/** Where the demo video lives: `url` (any link a clinic chooses) wins over `path` under VIDEO_BASE_URL. */
const videoSchema = z
  .strictObject({ path: z.string().min(1).optional(), url: z.url({ protocol: /^https?$/ }).optional() })
  .refine((v) => v.path !== undefined || v.url !== undefined, "video needs a path or a url");

export const exerciseFixtureSchema = z.strictObject({
  slug,
  bodyRegion: z.enum(BODY_REGIONS),
  name: localized(text),
  aliases: localized(z.array(alias)),
  instructions: steps(3, 5),
  cues: steps(2, 3),
  commonMistakes: steps(2, 3),
  defaultDose: z.strictObject(dose),
  video: videoSchema,
});

export const exerciseLibraryFixtureSchema = z
  .array(exerciseFixtureSchema)
  .min(1)
  .superRefine((exercises, ctx) => {
    reportDuplicates(exercises.map((e) => e.slug), "exercise slug", [], ctx);
  });

const programItemSchema = z.strictObject({
  exerciseSlug: slug,
  ...dose,
  timesPerDay: z.int().min(1).max(6),
  daysPerWeek: z.int().min(1).max(7),
  notes: localized(text).optional(),
});

const programSchema = z.strictObject({
  slug,
  title: localized(text),
  items: z.array(programItemSchema).min(1),
});

const patientSchema = z
  .strictObject({
    name: text,
    language: z.enum(LANGUAGES),
    timeZone,
    reminderTimes: z.array(hhmm).min(1),
    quietHours: z.strictObject({ start: hhmm, end: hhmm }),
    phone: e164.optional(),
    telegramChatId: z.string().regex(/^-?\d+$/, "must be a numeric Telegram chat id").optional(),
    program: slug,
    persona: text,
  })
  .superRefine((patient, ctx) => {
    if (patient.phone === undefined && patient.telegramChatId === undefined) {
      ctx.addIssue({ code: "custom", message: "patient needs a phone or a telegramChatId", path: ["phone"] });
    }
    patient.reminderTimes.forEach((time, i) => {
      // A malformed time already has its own issue; comparing it would only add noise.
      if (HH_MM.test(time) && inQuietHours(time, patient.quietHours)) {
        ctx.addIssue({ code: "custom", message: `reminder ${time} falls in quiet hours`, path: ["reminderTimes", i] });
      }
    });
  });

/** Quiet hours usually wrap midnight (21:00–08:00); start is inclusive, end exclusive. */
function inQuietHours(time: string, quiet: { start: string; end: string }): boolean {
  // HH:mm strings compare correctly as text.
  return quiet.start <= quiet.end
    ? time >= quiet.start && time < quiet.end
    : time >= quiet.start || time < quiet.end;
}

export const demoClinicFixtureSchema = z
  .strictObject({
    clinic: z.strictObject({
      name: text,
      emergencyNumber: z.string().regex(/^\+?\d{2,15}$/, "must be a dialable number such as 911"),
      timeZone,
    }),
    therapist: z.strictObject({
      name: text,
      email: z.email(),
      role: z.enum(["admin", "therapist"]),
      digestTime: hhmm,
    }),
    programs: z.array(programSchema).min(1),
    patients: z.array(patientSchema).min(1),
  })
  .superRefine((demo, ctx) => {
    reportDuplicates(demo.programs.map((p) => p.slug), "program slug", ["programs"], ctx);
    const programs = new Set(demo.programs.map((p) => p.slug));
    demo.patients.forEach((patient, i) => {
      if (!programs.has(patient.program)) {
        ctx.addIssue({ code: "custom", message: `unknown program "${patient.program}"`, path: ["patients", i, "program"] });
      }
    });
  });

/** Both files together, so program items can be checked against the library. */
export const fixtureSetSchema = z
  .strictObject({ exercises: exerciseLibraryFixtureSchema, demoClinic: demoClinicFixtureSchema })
  .superRefine(({ exercises, demoClinic }, ctx) => {
    const known = new Set(exercises.map((e) => e.slug));
    demoClinic.programs.forEach((program, p) => {
      program.items.forEach((item, i) => {
        if (!known.has(item.exerciseSlug)) {
          ctx.addIssue({
            code: "custom",
            message: `program "${program.slug}" uses unknown exercise "${item.exerciseSlug}"`,
            path: ["demoClinic", "programs", p, "items", i, "exerciseSlug"],
          });
        }
      });
    });
  });

function reportDuplicates(values: string[], what: string, at: string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) ctx.addIssue({ code: "custom", message: `duplicate ${what} "${value}"`, path: [...at, i, "slug"] });
    seen.add(value);
  });
}

export type BodyRegion = (typeof BODY_REGIONS)[number];
export type Language = (typeof LANGUAGES)[number];
export type ExerciseFixture = z.infer<typeof exerciseFixtureSchema>;
export type ExerciseLibraryFixture = z.infer<typeof exerciseLibraryFixtureSchema>;
export type DemoClinicFixture = z.infer<typeof demoClinicFixtureSchema>;
export type ProgramFixture = DemoClinicFixture["programs"][number];
export type PatientFixture = DemoClinicFixture["patients"][number];
export type FixtureSet = z.infer<typeof fixtureSetSchema>;
