import { z } from "zod";
import { notFound } from "../core/errors.js";
import { addCustomExercise, exerciseView, searchExercises, visibleExercises } from "../care/library/library.service.js";
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
        const row = await addCustomExercise(db, actor.therapistId, body, deps.clock());
        await auditOther(deps, actor, "exercise.create", "exercise", row.id);
        return exerciseView(row, deps.videoBaseUrl);
      },
    }),
  ];
}
