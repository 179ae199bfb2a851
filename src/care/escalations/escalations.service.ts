import type { Db } from "../../db/client.js";
import { parseStoredCard } from "../../conversation/escalation-card.js";
import { AppError, notFound } from "../../core/errors.js";
import { actorLabel, type Actor } from "../actor.js";
import {
  actorNames,
  findEscalationRow,
  findEscalationRows,
  insertNote,
  markAcknowledged,
  markResolved,
  ownEscalationRow,
  unresolvedEscalationsSince,
  type EscalationRow,
} from "./escalations.repo.js";

export const ESCALATION_LEVELS = ["emergency", "urgent", "therapist"] as const;
export const ESCALATION_STATUSES = ["open", "acknowledged", "resolved"] as const;

export interface EscalationFilter {
  /** Default: open and acknowledged. */
  status?: (typeof ESCALATION_STATUSES)[number][];
  level?: (typeof ESCALATION_LEVELS)[number][];
  patientId?: string;
  limit: number;
}

/** Unhandled first, then the most urgent, then the newest. */
export async function listEscalations(db: Db, actor: Actor, filter: EscalationFilter) {
  const rows = await findEscalationRows(db, actor, { ...filter, status: filter.status ?? ["open", "acknowledged"] });
  const rank = (values: readonly string[], value: string) => (values.indexOf(value) + values.length + 1) % (values.length + 1);
  const sorted = rows.sort(
    (a, b) =>
      rank(ESCALATION_STATUSES, a.status) - rank(ESCALATION_STATUSES, b.status) ||
      rank(ESCALATION_LEVELS, a.level) - rank(ESCALATION_LEVELS, b.level) ||
      b.createdAt.getTime() - a.createdAt.getTime(),
  );
  return escalationViews(db, sorted);
}

/** One escalation of the caller's patients, as the list shows it; null when it is not theirs. */
export async function findEscalation(db: Db, actor: Actor, id: string) {
  const row = await findEscalationRow(db, actor, id);
  return row ? (await escalationViews(db, [row]))[0]! : null;
}

export type EscalationView = Awaited<ReturnType<typeof escalationViews>>[number];

/** Rows as the API and the dashboard show them: the card parsed, who acted by name. */
async function escalationViews(db: Db, rows: EscalationRow[]) {
  const names = await actorNames(db, rows.flatMap((e) => [e.acknowledgedBy, e.resolvedBy, ...e.notes.map((n) => n.author)]));
  const nameOf = (label: string | null) => (label === null ? null : (names.get(label) ?? null));
  return rows.map(({ patient, dedupeKey: _key, messageId: _message, notifiedAt: _notified, card, notes, ...e }) => ({
    ...e,
    patientName: patient.name,
    acknowledgedByName: nameOf(e.acknowledgedBy),
    resolvedByName: nameOf(e.resolvedBy),
    card: parseStoredCard(card),
    notes: notes.map((n) => ({ id: n.id, kind: n.kind as "call" | "note", text: n.text, author: n.author, authorName: nameOf(n.author), createdAt: n.createdAt })),
  }));
}

async function ownEscalation(db: Db, actor: Actor, id: string) {
  const escalation = await ownEscalationRow(db, actor, id);
  if (!escalation) throw notFound("escalation", id);
  return escalation;
}

/** Seen and being handled. Repeating it changes nothing (`changed: false`); a resolved one is a conflict. */
export async function acknowledgeEscalation(db: Db, actor: Actor, id: string, now: Date) {
  const escalation = await ownEscalation(db, actor, id);
  if (escalation.status === "resolved") throw new AppError("conflict", "that escalation is already resolved");
  if (escalation.status !== "open") return { patientId: escalation.patientId, changed: false };
  await markAcknowledged(db, escalation.id, actorLabel(actor), now);
  return { patientId: escalation.patientId, changed: true };
}

/** Closes an escalation with what was done; acknowledges it too when nobody had. */
export async function resolveEscalation(db: Db, actor: Actor, id: string, note: string, now: Date) {
  const escalation = await ownEscalation(db, actor, id);
  if (escalation.status === "resolved") throw new AppError("conflict", "that escalation is already resolved");
  await markResolved(db, escalation.id, { by: actorLabel(actor), note, alsoAcknowledge: !escalation.acknowledgedAt }, now);
  return { patientId: escalation.patientId };
}

/** A call note (or another note) without resolving; an open escalation becomes acknowledged. */
export async function addEscalationNote(db: Db, actor: Actor, id: string, note: { kind: "call" | "note"; text: string }, now: Date) {
  const escalation = await ownEscalation(db, actor, id);
  await insertNote(db, escalation.id, { ...note, author: actorLabel(actor) }, escalation.status === "open", now);
  return { patientId: escalation.patientId };
}

/** Levels that interrupt the therapist: these arrive in an open inbox without a reload. */
export const LIVE_LEVELS = ["emergency", "urgent"] as const;

export interface LiveEscalation {
  id: string;
  level: string;
  patientName: string;
  headline: string;
  createdAt: Date;
}

/**
 * Emergencies and urgent escalations of the caller's patients raised at or after `since`, oldest
 * first, leaving out ids already sent. Read from the database, so every replica sees every row.
 */
export async function liveEscalationsSince(db: Db, actor: Actor, since: Date, sent: ReadonlySet<string>): Promise<LiveEscalation[]> {
  const rows = await unresolvedEscalationsSince(db, actor, LIVE_LEVELS, since);
  return rows
    .filter((r) => !sent.has(r.id))
    .map((r) => ({ id: r.id, level: r.level, patientName: r.patient.name, headline: parseStoredCard(r.card)?.headline ?? r.reason, createdAt: r.createdAt }));
}
