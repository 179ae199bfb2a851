import { listAudit, recordAudit } from "../audit/audit.repo.js";
import { actorLabel, clinicTherapistIds, type Actor } from "./actor.js";
import { patientIdsOfClinic } from "./patients/patients.repo.js";
import { tokenIdsOf } from "./therapists/therapists.repo.js";
import type { Db } from "../db/client.js";

/** What an audit entry needs: where to write it and the time. */
type AuditDeps = { db: Db; clock: () => Date };

/** Records that the caller read or changed one patient's data (entity `patient`, the sub-record in detail). */
export function auditPatient(deps: AuditDeps, actor: Actor, action: string, patientId: string | null, detail?: Record<string, unknown>) {
  return recordAudit(deps.db, { actor: actorLabel(actor), action, entity: "patient", entityId: patientId, detail }, deps.clock());
}

export function auditOther(deps: AuditDeps, actor: Actor, action: string, entity: string, entityId: string | null, detail?: Record<string, unknown>) {
  return recordAudit(deps.db, { actor: actorLabel(actor), action, entity, entityId, detail }, deps.clock());
}

/** An admin's view of the clinic's audit trail: filters as the API takes them. */
export interface ClinicAuditQuery {
  actor?: string;
  action?: string;
  entity?: string;
  before?: Date;
  limit: number;
}

/**
 * Everything the clinic's people (therapists and their tokens) did and everything done to its
 * patients and therapists; with an actor named, only what that one of the clinic's people did.
 */
export async function clinicAudit(db: Db, clinicId: string, query: ClinicAuditQuery) {
  const therapists = await clinicTherapistIds(db, clinicId);
  const tokens = await tokenIdsOf(db, therapists);
  const patients = await patientIdsOfClinic(db, clinicId);
  const clinicActors = [...therapists.map((id) => `therapist:${id}`), ...tokens.map((id) => `token:${id}`)];
  return listAudit(db, {
    actors: query.actor ? clinicActors.filter((a) => a === query.actor) : clinicActors,
    ...(query.actor ? {} : { entityIds: [...patients, ...therapists] }),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entity ? { entity: query.entity } : {}),
    ...(query.before ? { before: query.before } : {}),
    limit: query.limit,
  });
}
