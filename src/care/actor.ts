import type { Db } from "../db/client.js";
import { AppError, notFound } from "../core/errors.js";
import { patientInScope } from "./patients/patients.repo.js";
import { clinicTherapists } from "./therapists/therapists.repo.js";

/** Who is calling: a therapist logged in to the dashboard, or an integration's API token acting for a therapist. */
export interface Actor {
  kind: "therapist" | "token";
  /** The therapist's id for a session, the token's id for a token. */
  id: string;
  therapistId: string;
  clinicId: string;
  role: "admin" | "therapist";
  name: string;
  email: string;
  sessionId?: string;
  /** A token's scope; a logged-in therapist may read and write. */
  scope: "read-only" | "read-write";
}

/** The audit trail's name for the caller. */
export const actorLabel = (actor: Actor): string => `${actor.kind}:${actor.id}`;

/** Which patients the caller may see: their own, or the whole clinic for an admin. */
export function patientScope(actor: Actor): { clinicId: string } | { therapistId: string } {
  return actor.role === "admin" ? { clinicId: actor.clinicId } : { therapistId: actor.therapistId };
}

/**
 * The patient, if the caller may see them. Anyone else's patient is "not found", worded exactly as
 * a patient that does not exist, so the answer leaks nothing.
 */
export async function findOwnPatient(db: Db, actor: Actor, patientId: string) {
  const patient = await patientInScope(db, patientId, patientScope(actor));
  if (!patient) throw notFound("patient", patientId);
  return patient;
}

export function requireAdmin(actor: Actor): void {
  if (actor.role !== "admin") throw new AppError("forbidden", "only a clinic admin may do that");
}

/** Therapists of the caller's clinic (ids), for clinic-wide admin views. */
export async function clinicTherapistIds(db: Db, clinicId: string): Promise<string[]> {
  return (await clinicTherapists(db, clinicId)).map((t) => t.id);
}
