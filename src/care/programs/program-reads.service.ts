import type { Db } from "../../db/client.js";
import { notFound } from "../../core/errors.js";
import type { Actor } from "../actor.js";
import { exerciseView } from "../library/library.service.js";
import { doseLine } from "./program-preview.js";
import { programsWithCurrentVersion, programWithOwner, visibleVersionWithItems } from "./programs.repo.js";

/** Shared programs (no owner) and those of the caller's clinic. */
export const programVisibleTo = (actor: Actor) => ({ OR: [{ therapistId: null }, { therapist: { clinicId: actor.clinicId } }] });

/** A therapist edits their own programs; an admin also the clinic's and the shared ones. */
export function canEdit(actor: Actor, program: { therapistId: string | null; therapist: { clinicId: string } | null }): boolean {
  if (program.therapistId === actor.therapistId) return true;
  return actor.role === "admin" && (program.therapistId === null || program.therapist?.clinicId === actor.clinicId);
}

/** A program the caller may see, with its owner's clinic (for `canEdit`) and its newest version; not found otherwise. */
export async function findVisibleProgram(db: Db, actor: Actor, id: string) {
  const program = await programWithOwner(db, id, programVisibleTo(actor));
  if (!program) throw notFound("program", id);
  return program;
}

export async function listVisiblePrograms(db: Db, actor: Actor) {
  const programs = await programsWithCurrentVersion(db, programVisibleTo(actor));
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
  const version = await visibleVersionWithItems(db, versionId, programVisibleTo(actor));
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

/** Every version of a program, newest first. */
export { versionsOf as programVersions } from "./programs.repo.js";
