import type { Db, Prisma } from "../../db/client.js";
import type { Actor } from "../actor.js";
import { patientScope } from "../actor.js";
import { writeUnlessDuplicate } from "../../db/unique-violation.js";

export const ESCALATION_INCLUDE = { patient: { select: { name: true } }, notes: { orderBy: { createdAt: "asc" as const } } };
export type EscalationRow = Awaited<ReturnType<Db["escalation"]["findFirstOrThrow"]>> & {
  patient: { name: string };
  notes: Awaited<ReturnType<Db["escalationNote"]["findFirstOrThrow"]>>[];
};

export interface EscalationRowFilter {
  status: readonly string[];
  level?: readonly string[];
  patientId?: string;
  limit: number;
}

/** The caller's patients' escalations matching the filter, newest first. */
export function findEscalationRows(db: Db, actor: Actor, filter: EscalationRowFilter): Promise<EscalationRow[]> {
  return db.escalation.findMany({
    where: {
      patient: patientScope(actor),
      status: { in: [...filter.status] },
      ...(filter.level ? { level: { in: [...filter.level] } } : {}),
      ...(filter.patientId ? { patientId: filter.patientId } : {}),
    },
    include: ESCALATION_INCLUDE,
    orderBy: { createdAt: "desc" },
    take: filter.limit,
  });
}

/** One escalation of the caller's patients; null when it is not theirs. */
export function findEscalationRow(db: Db, actor: Actor, id: string): Promise<EscalationRow | null> {
  return db.escalation.findFirst({ where: { id, patient: patientScope(actor) }, include: ESCALATION_INCLUDE });
}

/** "therapist:<id>" → the therapist's name, "token:<id>" → the token's name. */
export async function actorNames(db: Db, labels: (string | null)[]): Promise<Map<string, string>> {
  const ids = (kind: string) => [...new Set(labels.filter((l): l is string => l?.startsWith(`${kind}:`) ?? false).map((l) => l.slice(kind.length + 1)))];
  const [therapists, tokens] = await Promise.all([
    db.therapist.findMany({ where: { id: { in: ids("therapist") } }, select: { id: true, name: true } }),
    db.apiToken.findMany({ where: { id: { in: ids("token") } }, select: { id: true, name: true } }),
  ]);
  return new Map([...therapists.map((t) => [`therapist:${t.id}`, t.name] as const), ...tokens.map((t) => [`token:${t.id}`, `API token "${t.name}"`] as const)]);
}

/** The bare escalation row, if it belongs to one of the caller's patients. */
export function ownEscalationRow(db: Db, actor: Actor, id: string) {
  return db.escalation.findFirst({ where: { id, patient: patientScope(actor) } });
}

export function markAcknowledged(db: Db, id: string, by: string, now: Date) {
  return db.escalation.update({ where: { id }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedBy: by } });
}

export function markResolved(db: Db, id: string, resolution: { by: string; note: string; alsoAcknowledge: boolean }, now: Date) {
  return db.escalation.update({
    where: { id },
    data: {
      status: "resolved",
      resolvedAt: now,
      resolvedBy: resolution.by,
      resolutionNote: resolution.note,
      ...(resolution.alsoAcknowledge ? { acknowledgedAt: now, acknowledgedBy: resolution.by } : {}),
    },
  });
}

/** Adds a note and, in the same transaction, acknowledges the escalation when asked. */
export async function insertNote(db: Db, escalationId: string, note: { kind: string; text: string; author: string }, acknowledge: boolean, now: Date) {
  await db.$transaction([
    db.escalationNote.create({ data: { escalationId, ...note, createdAt: now } }),
    ...(acknowledge ? [db.escalation.update({ where: { id: escalationId }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedBy: note.author } })] : []),
  ]);
}

/** Unresolved escalations of the caller's patients at the given levels raised at or after `since`, oldest first. */
export function unresolvedEscalationsSince(db: Db, actor: Actor, levels: readonly string[], since: Date) {
  return db.escalation.findMany({
    where: { patient: patientScope(actor), level: { in: [...levels] }, status: { not: "resolved" }, createdAt: { gte: since } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, level: true, reason: true, card: true, createdAt: true, patient: { select: { name: true } } },
  });
}

/** What the pipeline and the scheduler raise; `dedupeKey` makes it once per key. */
export interface NewEscalation {
  patientId: string;
  level: string;
  reason: string;
  summary: string;
  card?: string | null;
  messageId?: string | null;
  dedupeKey?: string;
  createdAt: Date;
}

/** Raises an escalation in the caller's transaction (a message's red flag, with the message's other writes). */
export async function insertEscalation(tx: Pick<Prisma.TransactionClient, "escalation">, escalation: NewEscalation): Promise<{ id: string; level: string }> {
  const { id, level } = await tx.escalation.create({ data: escalation });
  return { id, level };
}

/** Raises the escalation its dedupe key names, or returns the one already raised. */
export function openEscalationOnce(db: Db, escalation: NewEscalation & { dedupeKey: string }) {
  return db.escalation.upsert({ where: { dedupeKey: escalation.dedupeKey }, create: escalation, update: {} });
}

/** Raises the escalation unless one with its dedupe key exists; returns whether it did. */
export function insertEscalationIfNew(db: Db, escalation: NewEscalation & { dedupeKey: string }): Promise<boolean> {
  return writeUnlessDuplicate(() => db.escalation.create({ data: escalation }));
}

/** An escalation with what alerting its therapist needs: the patient, their therapist and clinic time zone. */
export function escalationForAlert(db: Db, id: string) {
  return db.escalation.findUniqueOrThrow({
    where: { id },
    include: { patient: { include: { therapist: true, clinic: { select: { timeZone: true } } } } },
  });
}

export async function markNotified(db: Db, id: string, now: Date): Promise<void> {
  await db.escalation.update({ where: { id }, data: { notifiedAt: now } });
}

/** Escalations written in bulk, as a demo history records them. */
export async function insertEscalations(tx: Pick<Prisma.TransactionClient, "escalation">, rows: readonly Prisma.EscalationCreateManyInput[]): Promise<void> {
  if (rows.length > 0) await tx.escalation.createMany({ data: [...rows] });
}
