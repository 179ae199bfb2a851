import { z } from "zod";
import type { Db } from "../../db/client.js";
import { AppError, invalidInput, notFound } from "../../core/errors.js";
import { describeIssues } from "../../core/validation.js";
import { exerciseIdsBySlug, insertProgram, insertProgramVersion, newestVersion, programBySlug, programsWithCurrentVersion, type NewItemRow } from "./programs.repo.js";

export const programItemInput = z.object({
  exerciseSlug: z.string().min(1),
  sets: z.int().min(1).max(10),
  reps: z.int().min(1).max(100),
  holdSeconds: z.int().min(0).max(600).default(0),
  timesPerDay: z.int().min(1).max(6).default(1),
  daysPerWeek: z.int().min(1).max(7).default(7),
  notes: z.object({ en: z.string().max(500).default(""), es: z.string().max(500).default("") }).default({ en: "", es: "" }),
});

export const programInput = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case such as knee-rehab"),
  title: z.object({ en: z.string().min(1).max(120), es: z.string().min(1).max(120) }),
  items: z.array(programItemInput).min(1).max(30),
  notes: z.string().max(1000).default(""),
});
export type ProgramInput = z.input<typeof programInput>;

async function itemRows(db: Db, items: z.output<typeof programItemInput>[]): Promise<NewItemRow[]> {
  const slugs = [...new Set(items.map((item) => item.exerciseSlug))];
  const exercises = await exerciseIdsBySlug(db, slugs);
  const idBySlug = new Map(exercises.map((e) => [e.slug, e.id]));
  const unknown = slugs.filter((slug) => !idBySlug.has(slug));
  if (unknown.length > 0) throw invalidInput(`unknown exercise: ${unknown.join(", ")}`, { unknown });
  return items.map((item, position) => ({
    position,
    exerciseId: idBySlug.get(item.exerciseSlug)!,
    sets: item.sets,
    reps: item.reps,
    holdSeconds: item.holdSeconds,
    timesPerDay: item.timesPerDay,
    daysPerWeek: item.daysPerWeek,
    notesEn: item.notes.en,
    notesEs: item.notes.es,
  }));
}

/** Creates a program with its first version. */
export async function createProgram(db: Db, raw: unknown, therapistId: string | null) {
  const parsed = programInput.safeParse(raw);
  if (!parsed.success) throw invalidInput(describeIssues(parsed.error));
  const input = parsed.data;
  if (await programBySlug(db, input.slug)) throw new AppError("conflict", `program slug already used: ${input.slug}`);
  const items = await itemRows(db, input.items);
  return insertProgram(db, { slug: input.slug, titleEn: input.title.en, titleEs: input.title.es, therapistId, notes: input.notes, items });
}

/** An edit is a new version: what patients were already sent keeps pointing at the version they got. */
export async function addProgramVersion(db: Db, programId: string, raw: unknown) {
  const parsed = programInput.pick({ items: true, notes: true }).safeParse(raw);
  if (!parsed.success) throw invalidInput(describeIssues(parsed.error));
  const latest = await newestVersion(db, { programId });
  if (!latest) throw notFound("program", programId);
  const items = await itemRows(db, parsed.data.items);
  return insertProgramVersion(db, { programId, version: latest.version + 1, notes: parsed.data.notes, items });
}

export async function latestVersion(db: Db, programSlug: string) {
  const version = await newestVersion(db, { programSlug });
  if (!version) throw invalidInput(`unknown program: ${programSlug}`, { program: programSlug });
  return version;
}

export async function listPrograms(db: Db) {
  const programs = await programsWithCurrentVersion(db);
  return programs.map((program) => {
    const current = program.versions[0];
    return {
      id: program.id,
      slug: program.slug,
      title: { en: program.titleEn, es: program.titleEs },
      version: current?.version ?? 0,
      versionId: current?.id ?? null,
      exercises: current?.items.map((item) => ({
        exerciseSlug: item.exercise.slug,
        sets: item.sets,
        reps: item.reps,
        holdSeconds: item.holdSeconds,
        timesPerDay: item.timesPerDay,
        daysPerWeek: item.daysPerWeek,
      })) ?? [],
    };
  });
}
