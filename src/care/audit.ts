import { recordAudit } from "../audit/audit.repo.js";
import { actorLabel, type Actor } from "./actor.js";
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
