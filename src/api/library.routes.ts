import { randomBytes } from "node:crypto";
import { z } from "zod";
import { AppError, invalidInput, notFound } from "../core/errors.js";
import { foldAccents } from "../text/fold.js";
import { exerciseView, searchExercises, visibleExercises } from "../care/library/library.service.js";
import { auditOther } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { route, type AnyRoute } from "./route.js";
import { exerciseSearchSchema, exerciseViewSchema, limitQuery } from "./schemas.js";

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
