import type { Db } from "../db/client.js";

/** Who did something: `therapist:<id>`, `token:<id>`, `system`, `patient:<id>`. */
export type AuditActor = string;

export interface AuditEntry {
  actor: AuditActor;
  /** A dotted verb such as `patient.view`, `escalation.acknowledge`, `message.reply`. */
  action: string;
  /**
   * What it concerned. Reads and changes of one patient's data use entity `patient` with the patient's id,
   * whatever the sub-record, so a patient's whole access history is one indexed query; the sub-record's id
   * goes in `detail`.
   */
  entity: string;
  entityId?: string | null;
  detail?: Record<string, unknown>;
}

export async function recordAudit(db: Db, entry: AuditEntry, now: Date): Promise<void> {
  await db.auditEvent.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : "",
      createdAt: now,
    },
  });
}

export interface AuditQuery {
  actors?: string[];
  entity?: string;
  entityIds?: string[];
  action?: string;
  before?: Date;
  limit: number;
}

/** Newest first. `actors` and `entityIds` together mean "either": what these people did, or what was done to these records. */
export async function listAudit(db: Db, query: AuditQuery) {
  const scope = [
    ...(query.actors ? [{ actor: { in: query.actors } }] : []),
    ...(query.entityIds ? [{ entityId: { in: query.entityIds } }] : []),
  ];
  const rows = await db.auditEvent.findMany({
    where: {
      ...(scope.length > 0 ? { OR: scope } : {}),
      ...(query.entity ? { entity: query.entity } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.before ? { createdAt: { lt: query.before } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit,
  });
  return rows.map((row) => ({
    id: row.id,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : {},
    at: row.createdAt,
  }));
}
