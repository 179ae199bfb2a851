import { doseText } from "../conversation/exercise-answer.js";
import { loadReplyTemplates, TemplateWriter } from "../conversation/reply-templates.js";
import type { Db } from "../db/client.js";
import { resolveVideoUrl } from "../library/video-url.js";
import { localDateOf } from "../scheduling/local-time.js";
import type { BundleInput } from "./patient-bundle.js";
import { listOutcomeAnswers } from "../outcomes/outcomes.repo.js";

const strings = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

/** Loads what the bundle needs. The caller has already checked the patient is theirs. */
export async function loadBundleInput(db: Db, patientId: string, videoBaseUrl: string, now: Date): Promise<BundleInput> {
  const patient = await db.patient.findUniqueOrThrow({
    where: { id: patientId },
    include: {
      clinic: { select: { mrnSystem: true } },
      assignments: {
        orderBy: { createdAt: "asc" },
        include: { programVersion: { include: { program: true, items: { orderBy: { position: "asc" }, include: { exercise: true } } } } },
      },
      painReports: { where: { score: { not: null } }, orderBy: { createdAt: "asc" } },
      completions: { orderBy: { createdAt: "asc" } },
    },
  });
  const outcomes = await listOutcomeAnswers(db, patientId);
  // A pain answer is exported once, as the outcome Observation, not again as its pain report.
  const answeredPain = new Set((await db.outcomeAnswer.findMany({ where: { patientId, kind: "nprs" }, select: { messageId: true } })).map((a) => a.messageId));
  const language = patient.language === "es" ? "es" : "en";
  const es = language === "es";
  // Fixed fragments only (TemplateWriter.fixed), so the random source is never used.
  const words = new TemplateWriter(loadReplyTemplates()[language], () => 0);
  return {
    patient: {
      id: patient.id,
      name: patient.name,
      language,
      clinicId: patient.clinicId,
      mrnSystem: patient.clinic.mrnSystem,
      mrn: patient.mrn,
      paused: patient.pausedAt !== null,
    },
    plans: patient.assignments.map((a) => ({
      assignmentId: a.id,
      status: a.status === "ended" ? "ended" : "active",
      startDate: a.startDate,
      endDate: a.endDate ?? (a.endedAt ? localDateOf(a.endedAt, patient.timeZone) : null),
      weekdays: a.weekdays.split(",").map(Number),
      title: es ? a.programVersion.program.titleEs : a.programVersion.program.titleEn,
      programSlug: a.programVersion.program.slug,
      version: a.programVersion.version,
      items: a.programVersion.items.map((item) => ({
        slug: item.exercise.slug,
        name: es ? item.exercise.nameEs : item.exercise.nameEn,
        sets: item.sets,
        reps: item.reps,
        holdSeconds: item.holdSeconds,
        timesPerDay: item.timesPerDay,
        daysPerWeek: item.daysPerWeek,
        doseText: doseText(item, words),
        instructions: strings(es ? item.exercise.instructionsEs : item.exercise.instructionsEn),
        videoUrl: resolveVideoUrl(item.exercise.videoUrl, videoBaseUrl),
        notes: es ? item.notesEs : item.notesEn,
      })),
    })),
    pain: patient.painReports.filter((p) => p.messageId === null || !answeredPain.has(p.messageId)).map((p) => ({ id: p.id, score: p.score!, at: p.createdAt })),
    outcomes: outcomes.map(({ answeredAt, ...answer }) => ({ ...answer, at: answeredAt })),
    completions: patient.completions.map((c) => ({
      id: c.id,
      status: c.status,
      localDate: c.localDate,
      at: c.createdAt,
      assignmentId: c.assignmentId,
      exercises: strings(c.exercises),
    })),
    generatedAt: now,
  };
}
