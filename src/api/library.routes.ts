import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { AppError, invalidInput, notFound } from "../core/errors.js";
import { resolveVideoUrl } from "../library/video-url.js";
import { foldAccents } from "../text/fold.js";
import { clinicTherapistIds, type Actor } from "./actor.js";
import { auditOther } from "./api-audit.js";
import type { TherapistApiDeps } from "./deps.js";
import { route, type AnyRoute } from "./route.js";
import { exerciseSearchSchema, exerciseViewSchema, limitQuery } from "./schemas.js";

type ExerciseRow = Awaited<ReturnType<Db["exercise"]["findMany"]>>[number];

/** Lower case without accents, so "cuadriceps" finds "Contracción de cuádriceps". */
const list = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

export function exerciseView(row: ExerciseRow, videoBaseUrl: string) {
  const aliases = JSON.parse(row.aliases) as { en?: string[]; es?: string[] };
  return {
    id: row.id,
    slug: row.slug,
    name: { en: row.nameEn, es: row.nameEs },
    aliases: { en: aliases.en ?? [], es: aliases.es ?? [] },
    bodyRegion: row.bodyRegion,
    instructions: { en: list(row.instructionsEn), es: list(row.instructionsEs) },
    cues: { en: list(row.cuesEn), es: list(row.cuesEs) },
    videoUrl: resolveVideoUrl(row.videoUrl, videoBaseUrl),
    defaultDose: { sets: row.defaultSets, reps: row.defaultReps, holdSeconds: row.defaultHold },
    custom: row.custom,
  };
}
export type ExerciseView = ReturnType<typeof exerciseView>;

/** The shipped library plus custom exercises made by anyone in the caller's clinic. */
export async function visibleExercises(db: Db, actor: Actor): Promise<ExerciseRow[]> {
  const colleagues = await clinicTherapistIds(db, actor.clinicId);
  return db.exercise.findMany({
    where: { OR: [{ custom: false }, { createdByTherapistId: { in: colleagues } }] },
    orderBy: [{ bodyRegion: "asc" }, { nameEn: "asc" }],
  });
}

export function searchExercises(rows: ExerciseRow[], query: { q?: string; region?: string }): ExerciseRow[] {
  const words = foldAccents(query.q ?? "").split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (query.region && row.bodyRegion !== query.region) return false;
    const haystack = foldAccents([row.slug, row.nameEn, row.nameEs, row.aliases].join(" "));
    return words.every((word) => haystack.includes(word));
  });
}

const searchQuery = z
  .object({
    q: z.string().max(100).optional().describe("words in the name or aliases, English or Spanish"),
    region: z.string().max(40).optional().describe("body region such as knee, shoulder, back"),
    limit: limitQuery(500, 100),
  })
  .strict();

const steps = z.array(z.string().trim().min(1).max(300)).min(1).max(12);
export const customExerciseBody = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case such as wall-slide").max(60).optional(),
    name: z.object({ en: z.string().trim().min(1).max(120), es: z.string().trim().max(120).optional() }),
    bodyRegion: z.string().regex(/^[a-z]+(-[a-z]+)*$/, "must be a lower-case region such as knee").max(40),
    instructions: z.object({ en: steps, es: steps.optional() }),
    videoUrl: z.url({ protocol: /^https$/, message: "must be an https link (YouTube, Vimeo or any https page)" }),
    defaultDose: z
      .object({ sets: z.int().min(1).max(10), reps: z.int().min(1).max(100), holdSeconds: z.int().min(0).max(600).default(0) })
      .default({ sets: 2, reps: 10, holdSeconds: 0 }),
  })
  .strict();

const slugify = (text: string) => foldAccents(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "exercise";

export function libraryRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  return [
    route({
      method: "get",
      path: "/exercises",
      tag: "library",
      summary: "Search the exercise library by name and body region",
      query: searchQuery,
      response: exerciseSearchSchema,
      async handler({ actor, query }) {
        const rows = searchExercises(await visibleExercises(db, actor), query);
        return {
          regions: [...new Set(rows.map((r) => r.bodyRegion))].sort(),
          exercises: rows.slice(0, query.limit).map((row) => exerciseView(row, deps.videoBaseUrl)),
        };
      },
    }),
    route({
      method: "get",
      path: "/exercises/:slug",
      tag: "library",
      summary: "One exercise with its steps, cues and video link",
      params: z.object({ slug: z.string().min(1).max(80) }),
      response: exerciseViewSchema,
      async handler({ actor, params }) {
        const row = (await visibleExercises(db, actor)).find((e) => e.slug === params.slug);
        if (!row) throw notFound("exercise", params.slug);
        return exerciseView(row, deps.videoBaseUrl);
      },
    }),
    route({
      method: "post",
      path: "/exercises",
      tag: "library",
      summary: "Add a custom exercise with the therapist's own video link (YouTube, Vimeo or any https URL)",
      body: customExerciseBody,
      status: 201,
      response: exerciseViewSchema,
      errors: ["conflict"],
      async handler({ actor, body }) {
        const slug = body.slug ?? `${slugify(body.name.en)}-${randomBytes(2).toString("hex")}`;
        if (await db.exercise.findUnique({ where: { slug } })) throw new AppError("conflict", `exercise slug already used: ${slug}`);
        if (body.instructions.es && body.instructions.es.length !== body.instructions.en.length) {
          throw invalidInput("instructions.es: must have as many steps as instructions.en");
        }
        const row = await db.exercise.create({
          data: {
            slug,
            nameEn: body.name.en,
            nameEs: body.name.es ?? body.name.en,
            aliases: JSON.stringify({ en: [], es: [] }),
            bodyRegion: body.bodyRegion,
            instructionsEn: JSON.stringify(body.instructions.en),
            instructionsEs: JSON.stringify(body.instructions.es ?? body.instructions.en),
            cuesEn: "[]",
            cuesEs: "[]",
            mistakesEn: "[]",
            mistakesEs: "[]",
            videoUrl: body.videoUrl,
            defaultSets: body.defaultDose.sets,
            defaultReps: body.defaultDose.reps,
            defaultHold: body.defaultDose.holdSeconds,
            custom: true,
            createdByTherapistId: actor.therapistId,
            createdAt: deps.clock(),
          },
        });
        await auditOther(deps, actor, "exercise.create", "exercise", row.id);
        return exerciseView(row, deps.videoBaseUrl);
      },
    }),
  ];
}
