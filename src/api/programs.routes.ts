import { z } from "zod";
import { CHANNEL_NAMES } from "../channels/channel.js";
import { AppError, invalidInput } from "../core/errors.js";
import { addProgramVersion, createProgram, programInput, programItemInput } from "../care/programs/program.service.js";
import { splitMoves } from "../care/programs/program-moves.js";
import { assignmentsOnProgram, moveAssignments } from "../care/programs/programs.repo.js";
import { actorLabel, patientScope, type Actor } from "../care/actor.js";
import { auditOther, auditPatient } from "../care/audit.js";
import type { TherapistApiDeps } from "../http/therapist-deps.js";
import { checkVisibleExercises, exerciseView, visibleExercises } from "../care/library/library.service.js";
import { canEdit, findVisibleProgram, listVisiblePrograms, programVersionDetail, programVersions } from "../care/programs/program-reads.service.js";
import { spanishRegisterOf } from "../care/clinics/clinic.service.js";
import { previewLabel, smsFitNote } from "../care/programs/program-preview.js";
import { loadReminderTemplates, renderPrompt } from "../scheduler/prompt-content.js";
import { route, type AnyRoute } from "./route.js";
import { idParams, programDetailSchema, programSavedSchema, programSummarySchema, programVersionDetailSchema } from "./schemas.js";



const previewBody = z
  .object({
    title: z.string().max(120).default(""),
    language: z.enum(["en", "es"]).default("en"),
    channel: z.enum(CHANNEL_NAMES).default("sms"),
    /** Spanish tú or usted; the clinic's setting when left out. */
    register: z.enum(["tu", "usted"]).optional(),
    items: z.array(programItemInput).min(1).max(30),
  })
  .strict();

const patientOnProgram = z.object({
  assignmentId: z.string(),
  patientId: z.string(),
  name: z.string(),
  version: z.int().meta({ description: "the version the patient's prompts come from" }),
});

const newVersionBody = programInput
  .pick({ items: true, notes: true })
  .extend({
    keep: z
      .array(z.string().min(1))
      .max(1000)
      .default([])
      .meta({ description: "assignment ids to leave on their version; every other active assignment on this program the caller can see moves to the new one" }),
  })
  .strict();

const movedPatient = z.object({ assignmentId: z.string(), patientId: z.string(), fromVersion: z.int() });

export function programRoutes(deps: TherapistApiDeps): AnyRoute[] {
  const { db } = deps;
  const reminderTemplates = loadReminderTemplates();
  const findProgram = (actor: Actor, id: string) => findVisibleProgram(db, actor, id);
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
        await checkVisibleExercises(db, actor, body.items.map((i) => i.exerciseSlug));
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
        const versions = await programVersions(db, program.id);
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
      method: "get",
      path: "/programs/:id/patients",
      tag: "programs",
      summary: "Patients with an active assignment on any version of this program (the caller's own, or the clinic's for an admin)",
      params: idParams,
      response: z.object({ patients: z.array(patientOnProgram) }),
      async handler({ actor, params }) {
        const program = await findProgram(actor, params.id);
        const patients = await assignmentsOnProgram(db, program.id, patientScope(actor));
        return { patients: patients.map(({ assignmentId, patientId, name, version }) => ({ assignmentId, patientId, name, version })) };
      },
    }),
    route({
      method: "post",
      path: "/programs/:id/versions",
      tag: "programs",
      summary:
        "Edit a program: saves a new version and moves the caller's patients on it to that version (except those in `keep`); each moved patient is told what changed in their next prompt",
      params: idParams,
      body: newVersionBody,
      status: 201,
      response: z.object({ id: z.string(), version: z.int(), versionId: z.string(), moved: z.array(movedPatient), kept: z.array(movedPatient) }),
      async handler({ actor, params, body }) {
        const program = await findProgram(actor, params.id);
        if (!canEdit(actor, program)) throw new AppError("forbidden", "only the program's owner (or a clinic admin) may edit it");
        await checkVisibleExercises(db, actor, body.items.map((i) => i.exerciseSlug));
        const onProgram = await assignmentsOnProgram(db, program.id, patientScope(actor));
        splitMoves(onProgram, "", body.keep); // checks `keep` before anything is written
        const version = await addProgramVersion(db, program.id, body);
        const { move, keep } = splitMoves(onProgram, version.id, body.keep);
        await moveAssignments(db, move, version.id, actorLabel(actor), deps.clock());
        await auditOther(deps, actor, "program.version", "program", program.id, { version: version.version, moved: move.length, kept: keep.length });
        for (const a of move) {
          await auditPatient(deps, actor, "assignment.move", a.patientId, { assignmentId: a.assignmentId, programId: program.id, fromVersion: a.version, toVersion: version.version });
        }
        const summary = (a: (typeof move)[number]) => ({ assignmentId: a.assignmentId, patientId: a.patientId, fromVersion: a.version });
        return { id: program.id, version: version.version, versionId: version.id, moved: move.map(summary), kept: keep.map(summary) };
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
      summary: "Preview the prompt a patient receives on a channel in a language for a list of exercises (writes nothing)",
      body: previewBody,
      response: z.object({
        text: z.string(),
        channel: z.enum(CHANNEL_NAMES),
        language: z.enum(["en", "es"]),
        register: z.enum(["tu", "usted"]),
        label: z.string().meta({ description: 'Which preview this is, e.g. "SMS · Spanish (usted)"' }),
        note: z.string().nullable().meta({ description: "SMS only: segments, and which exercises and video links were left out to fit" }),
      }),
      async handler({ actor, body }) {
        const bySlug = new Map((await visibleExercises(db, actor)).map((e) => [e.slug, e]));
        const unknown = body.items.filter((i) => !bySlug.has(i.exerciseSlug)).map((i) => i.exerciseSlug);
        if (unknown.length > 0) throw invalidInput(`unknown exercise: ${unknown.join(", ")}`, { unknown });
        const items = body.items.map((item) => {
          const exercise = exerciseView(bySlug.get(item.exerciseSlug)!, deps.videoBaseUrl);
          return { ...item, name: exercise.name[body.language], videoUrl: exercise.videoUrl };
        });
        const register = body.register ?? (await spanishRegisterOf(db, actor.clinicId));
        // The very renderer the scheduler sends prompts with, so the preview is what the patient gets.
        const prompt = renderPrompt(items, body.language, body.channel, reminderTemplates, register);
        return {
          text: prompt.text,
          channel: body.channel,
          language: body.language,
          register,
          label: previewLabel(body.channel, body.language, register),
          note: prompt.smsFit ? smsFitNote(prompt.smsFit, items.length) : null,
        };
      },
    }),
  ];
}
