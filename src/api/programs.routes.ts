import { z } from "zod";
import { CHANNEL_NAMES } from "../channels/channel.js";
import type { Db } from "../db/client.js";
import { AppError, invalidInput, notFound } from "../core/errors.js";
import { addProgramVersion, createProgram, programInput, programItemInput } from "../programs/program.service.js";
import type { Actor } from "./actor.js";
import { auditOther } from "./api-audit.js";
import type { TherapistApiDeps } from "./deps.js";
import { exerciseView, visibleExercises } from "./library.routes.js";
import { doseLine } from "./program-preview.js";
import { loadReminderTemplates, renderPrompt } from "../scheduler/prompt-content.js";
import { route, type AnyRoute } from "./route.js";
import { idParams, programDetailSchema, programSavedSchema, programSummarySchema, programVersionDetailSchema } from "./schemas.js";

/** Shared programs (no owner) and those of the caller's clinic. */
export const programVisibleTo = (actor: Actor) => ({ OR: [{ therapistId: null }, { therapist: { clinicId: actor.clinicId } }] });

/** A therapist edits their own programs; an admin also the clinic's and the shared ones. */
function canEdit(actor: Actor, program: { therapistId: string | null; therapist: { clinicId: string } | null }): boolean {
  if (program.therapistId === actor.therapistId) return true;
  return actor.role === "admin" && (program.therapistId === null || program.therapist?.clinicId === actor.clinicId);
}

async function checkExercises(db: Db, actor: Actor, slugs: string[]) {
  const visible = new Set((await visibleExercises(db, actor)).map((e) => e.slug));
  const unknown = [...new Set(slugs)].filter((slug) => !visible.has(slug));
  if (unknown.length > 0) throw invalidInput(`unknown exercise: ${unknown.join(", ")}`, { unknown });
}

export async function listVisiblePrograms(db: Db, actor: Actor) {
  const programs = await db.program.findMany({
    where: programVisibleTo(actor),
    orderBy: { slug: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1, include: { items: { orderBy: { position: "asc" }, include: { exercise: true } } } } },
  });
  return programs.map((p) => ({
    id: p.id,
    slug: p.slug,
    title: { en: p.titleEn, es: p.titleEs },
    owner: p.therapistId,
    version: p.versions[0]?.version ?? 0,
    versionId: p.versions[0]?.id ?? null,
    exercises: (p.versions[0]?.items ?? []).map((i) => ({ slug: i.exercise.slug, name: i.exercise.nameEn, dose: doseLine(i) })),
  }));
}

/** One version with its exercises in full, for the patient page, the handout and the FHIR CarePlan. */
export async function programVersionDetail(db: Db, actor: Actor, versionId: string, videoBaseUrl: string) {
  const version = await db.programVersion.findFirst({
    where: { id: versionId, program: programVisibleTo(actor) },
    include: { program: true, items: { orderBy: { position: "asc" }, include: { exercise: true } } },
  });
  if (!version) throw notFound("program version", versionId);
  return {
    id: version.id,
    version: version.version,
    notes: version.notes,
    createdAt: version.createdAt,
    program: { id: version.program.id, slug: version.program.slug, title: { en: version.program.titleEn, es: version.program.titleEs } },
    items: version.items.map((item) => ({
      position: item.position,
      sets: item.sets,
      reps: item.reps,
      holdSeconds: item.holdSeconds,
      timesPerDay: item.timesPerDay,
      daysPerWeek: item.daysPerWeek,
      notes: { en: item.notesEn, es: item.notesEs },
      exercise: exerciseView(item.exercise, videoBaseUrl),
    })),
  };
}
export type ProgramVersionDetail = Awaited<ReturnType<typeof programVersionDetail>>;

const previewBody = z
  .object({
    title: z.string().max(120).default(""),
    language: z.enum(["en", "es"]).default("en"),
    channel: z.enum(CHANNEL_NAMES).default("sms"),
    items: z.array(programItemInput).min(1).max(30),
  })
  .strict();

export function programRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const reminderTemplates = loadReminderTemplates();
  const findProgram = async (actor: Actor, id: string) => {
    const program = await db.program.findFirst({ where: { id, ...programVisibleTo(actor) }, include: { therapist: { select: { clinicId: true } } } });
    if (!program) throw notFound("program", id);
    return program;
  };
  return [
    route({
      method: "get",
      path: "/programs",
      tag: "programs",
      summary: "Programs the caller can assign, with their current version",
      response: z.object({ programs: z.array(programSummarySchema) }),
      async handler({ actor }) {
        return { programs: await listVisiblePrograms(db, actor) };
      },
    }),
    route({
      method: "post",
      path: "/programs",
      tag: "programs",
      summary: "Create a program (version 1) owned by the caller",
      body: programInput,
      status: 201,
      response: programSavedSchema,
      errors: ["conflict"],
      async handler({ actor, body }) {
        await checkExercises(db, actor, body.items.map((i) => i.exerciseSlug));
        const program = await createProgram(db, body, actor.therapistId);
        await auditOther(deps, actor, "program.create", "program", program.id);
        return { id: program.id, slug: program.slug, version: 1, versionId: program.versions[0]!.id };
      },
    }),
    route({
      method: "get",
      path: "/programs/:id",
      tag: "programs",
      summary: "A program's versions and its current version in full",
      params: idParams,
      response: programDetailSchema,
      async handler({ actor, params }) {
        const program = await findProgram(actor, params.id);
        const versions = await db.programVersion.findMany({ where: { programId: program.id }, orderBy: { version: "desc" } });
        return {
          id: program.id,
          slug: program.slug,
          title: { en: program.titleEn, es: program.titleEs },
          editable: canEdit(actor, program),
          versions: versions.map((v) => ({ id: v.id, version: v.version, notes: v.notes, createdAt: v.createdAt })),
          current: versions[0] ? await programVersionDetail(db, actor, versions[0].id, deps.videoBaseUrl) : null,
        };
      },
    }),
    route({
      method: "post",
      path: "/programs/:id/versions",
      tag: "programs",
      summary: "Edit a program: saves a new version; patients keep what they were already sent",
      params: idParams,
      body: programInput.pick({ items: true, notes: true }).strict(),
      status: 201,
      response: programSavedSchema,
      async handler({ actor, params, body }) {
        const program = await findProgram(actor, params.id);
        if (!canEdit(actor, program)) throw new AppError("forbidden", "only the program's owner (or a clinic admin) may edit it");
        await checkExercises(db, actor, body.items.map((i) => i.exerciseSlug));
        const version = await addProgramVersion(db, program.id, body);
        await auditOther(deps, actor, "program.version", "program", program.id, { version: version.version });
        return { id: program.id, version: version.version, versionId: version.id };
      },
    }),
    route({
      method: "get",
      path: "/program-versions/:id",
      tag: "programs",
      summary: "One program version with each exercise's steps, dose and video link",
      params: idParams,
      response: programVersionDetailSchema,
      async handler({ actor, params }) {
        return programVersionDetail(db, actor, params.id, deps.videoBaseUrl);
      },
    }),
    route({
      method: "post",
      path: "/programs/preview",
      tag: "programs",
      summary: "Preview the prompt a patient receives on a channel for a list of exercises (writes nothing)",
      body: previewBody,
      response: z.object({ text: z.string(), channel: z.string() }),
      async handler({ actor, body }) {
        const bySlug = new Map((await visibleExercises(db, actor)).map((e) => [e.slug, e]));
        const unknown = body.items.filter((i) => !bySlug.has(i.exerciseSlug)).map((i) => i.exerciseSlug);
        if (unknown.length > 0) throw invalidInput(`unknown exercise: ${unknown.join(", ")}`, { unknown });
        const items = body.items.map((item) => {
          const exercise = exerciseView(bySlug.get(item.exerciseSlug)!, deps.videoBaseUrl);
          return { ...item, name: exercise.name[body.language], videoUrl: exercise.videoUrl };
        });
        // The very renderer the scheduler sends prompts with, so the preview is what the patient gets.
        return { text: renderPrompt(items, body.language, body.channel, reminderTemplates).text, channel: body.channel };
      },
    }),
  ];
}
