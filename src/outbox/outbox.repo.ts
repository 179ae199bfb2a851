import type { Db } from "../db/client.js";
import { Failed, sameTickBatch } from "../db/same-tick-batch.js";
import { logOutboundOnce } from "../care/messages/message-log.repo.js";
import type { ChannelName, QuickReply } from "../channels/channel.js";
import { isUniqueViolation, writeUnlessDuplicate } from "../db/unique-violation.js";

export type OutboxKind = "prompt" | "nudge" | "outcome" | "reply" | "alert" | "digest";

/**
 * The order rows are claimed in under a backlog (lowest first, then the earliest due): red flags
 * (alerts to therapists, and replies the caller marks as answering an escalated message), then
 * other replies (a patient is waiting), then routine prompts, nudges and digests.
 */
export const PRIORITY = { redFlag: 0, reply: 1, routine: 2 } as const;
export type OutboxPriority = keyof typeof PRIORITY;

export function priorityOf(kind: OutboxKind, marked?: OutboxPriority): number {
  return PRIORITY[marked ?? (kind === "alert" ? "redFlag" : kind === "reply" ? "reply" : "routine")];
}

export interface NewOutboxMessage {
  idempotencyKey: string;
  kind: OutboxKind;
  channel: ChannelName;
  address: string;
  body: string;
  patientId?: string | null;
  therapistId?: string | null;
  assignmentId?: string | null;
  conversationRef?: string | null;
  quickReplies?: QuickReply[];
  localDate?: string | null;
  slot?: string | null;
  /** Earliest send time; now when omitted. */
  notBefore?: Date;
  /** Never sent after this: the row expires instead (a prompt belongs to its own day). */
  notAfter?: Date | null;
  /** Claim order; by default from the kind. A reply to an emergency or urgent message: "redFlag". */
  priority?: OutboxPriority;
}

/**
 * Queues a message for the dispatcher. The idempotency key is unique: queuing the same logical
 * message twice (a repeated tick, a second replica, a redelivered webhook) keeps the first row.
 * Returns whether a new row was written.
 */
export async function enqueueOutbox(db: Pick<Db, "outboxMessage">, message: NewOutboxMessage, now: Date): Promise<boolean> {
  const existing = await db.outboxMessage.findUnique({ where: { idempotencyKey: message.idempotencyKey }, select: { id: true } });
  if (existing) return false;
  return writeUnlessDuplicate(() => db.outboxMessage.create({ data: outboxRow(message, now) }));
}

/** Which waiting rows to cancel: a patient's of some kinds, or an assignment's. */
export type PendingRows = { patientId: string; kinds: readonly OutboxKind[] } | { assignmentId: string };

/**
 * Cancels rows not sent yet, releasing any claim on them, with the reason in `lastError`. Returns
 * Prisma's lazy query, so it can join an array transaction as well as be awaited.
 */
export function cancelPending(db: Pick<Db, "outboxMessage">, rows: PendingRows, reason: string) {
  const which = "assignmentId" in rows ? { assignmentId: rows.assignmentId } : { patientId: rows.patientId, kind: { in: [...rows.kinds] } };
  return db.outboxMessage.updateMany({ where: { ...which, status: "pending" }, data: { status: "cancelled", lastError: reason, claimedBy: null, claimedUntil: null } });
}

function outboxRow(message: NewOutboxMessage, now: Date) {
  return {
    idempotencyKey: message.idempotencyKey,
    kind: message.kind,
    channel: message.channel,
    address: message.address,
    body: message.body,
    patientId: message.patientId ?? null,
    therapistId: message.therapistId ?? null,
    assignmentId: message.assignmentId ?? null,
    conversationRef: message.conversationRef ?? null,
    quickReplies: message.quickReplies ? JSON.stringify(message.quickReplies) : null,
    localDate: message.localDate ?? null,
    slot: message.slot ?? null,
    nextAttemptAt: message.notBefore ?? now,
    notAfter: message.notAfter ?? null,
    priority: priorityOf(message.kind, message.priority),
    createdAt: now,
  };
}

/**
 * Queues many messages at once (the planner's page of due prompts): keys already queued are
 * skipped, the rest written in one statement. If another process wins a race for one key the
 * batch falls back to one-by-one, which keeps the first row of each key. Returns how many rows were written.
 */
export async function enqueueOutboxMany(db: Pick<Db, "outboxMessage">, messages: readonly NewOutboxMessage[], now: Date): Promise<number> {
  if (messages.length === 0) return 0;
  const unique = new Map<string, NewOutboxMessage>();
  for (const m of messages) if (!unique.has(m.idempotencyKey)) unique.set(m.idempotencyKey, m);
  const existing = await db.outboxMessage.findMany({
    where: { idempotencyKey: { in: [...unique.keys()] } },
    select: { idempotencyKey: true },
  });
  for (const row of existing) unique.delete(row.idempotencyKey);
  const fresh = [...unique.values()];
  if (fresh.length === 0) return 0;
  try {
    const { count } = await db.outboxMessage.createMany({ data: fresh.map((m) => outboxRow(m, now)) });
    return count;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    let written = 0;
    for (const m of fresh) if (await enqueueOutbox(db, m, now)) written++;
    return written;
  }
}

// ——— The dispatcher's reads and writes of claimed rows ———

const PATIENT_GATE = { consent: true, pausedAt: true, pausedFrom: true, pausedUntil: true, timeZone: true, language: true } as const;
type Gate = { consent: string; pausedAt: Date | null; pausedFrom: string | null; pausedUntil: string | null; timeZone: string; language: string };

/** A claimed row with what consent gating and sending need of its patient, as read at `loadedAt`. */
export type OutboxRow = Awaited<ReturnType<Db["outboxMessage"]["findFirstOrThrow"]>> & { patient: Gate | null; loadedAt: Date };

export async function loadClaimedRows(db: Db, ids: string[], now: Date): Promise<OutboxRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: ids } },
    include: { patient: { select: PATIENT_GATE } },
    // The order they are sent in: red flags first (rows written before priorities existed count as routine).
    orderBy: [{ priority: { sort: "asc", nulls: "last" } }, { nextAttemptAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, loadedAt: now }));
}

/** The patient's consent and pause as they are now (an opt-out is honoured at once). */
export function currentPatientGate(db: Db, patientId: string): Promise<Gate | null> {
  return db.patient.findUnique({ where: { id: patientId }, select: PATIENT_GATE });
}

export interface SentRecord {
  platformMessageId: string;
  channel: string;
  address: string;
  /** false: the platform had it already (found after a crash); the attempt is not counted again. */
  attempted: boolean;
  /** The send's own answer: its platform id is new, so no log entry can hold it yet. */
  fresh?: boolean;
  now: Date;
}

/**
 * Records sends and their outbound log entries; each answers whether its claim still held the row
 * (false: nothing was recorded for it). The sends answered in the same turn of the event loop are
 * recorded in one transaction: one commit for many under load.
 */
export function createSentRecorder(db: Db): (row: OutboxRow, sent: SentRecord) => Promise<boolean> {
  const recordAll = (sends: Array<{ row: OutboxRow; sent: SentRecord }>) =>
    db.$transaction(async (tx) => {
      const held: boolean[] = [];
      for (const { row, sent } of sends) held.push(await recordOne(tx, row, sent));
      return held;
    });
  // A transaction that fails (one row's log entry already there, a database hiccup) is tried again
  // send by send, so only the row at fault is left to its lease's recovery.
  const record = sameTickBatch(async (sends: Array<{ row: OutboxRow; sent: SentRecord }>) => {
    try {
      return await recordAll(sends);
    } catch (error) {
      if (sends.length === 1) return [new Failed(error)];
      return Promise.all(sends.map((send) => recordAll([send]).then(([held]) => held!, (e: unknown) => new Failed(e))));
    }
  });
  return (row, sent) => record({ row, sent });
}

/**
 * Marks one claimed row sent and logs it. Raw statements, like the webhook's insert: these run for
 * every message sent, and Prisma plans each of its own queries anew only to write the same shape.
 */
async function recordOne(tx: Pick<Db, "$executeRaw" | "messageLog">, row: OutboxRow, sent: SentRecord): Promise<boolean> {
  const { platformMessageId, channel, address, now } = sent;
  if (row.claimedBy === null) return false;
  const marked = await tx.$executeRaw`
    UPDATE "OutboxMessage" SET "status" = 'sent', "platformMessageId" = ${platformMessageId}, "sentAt" = ${now}, "lastError" = NULL,
      "unconfirmedAt" = NULL, "channel" = ${channel}, "address" = ${address}, "attempts" = "attempts" + ${sent.attempted ? 1 : 0},
      "claimedBy" = NULL, "claimedUntil" = NULL
    WHERE "id" = ${row.id} AND "status" = 'sending' AND "claimedBy" = ${row.claimedBy}`;
  if (marked !== 1) return false;
  await logOutboundOnce(tx, { patientId: row.patientId, channel, platformMessageId, address, body: row.body, outboxId: row.id, now }, !sent.fresh);
  return true;
}

/** Platform message ids other rows to the same recipient own, sent since `since`: never another row's answer. */
export async function platformIdsOwnedByOthers(db: Db, row: OutboxRow, since: Date): Promise<Set<string>> {
  const owned = await db.outboxMessage.findMany({
    where: { id: { not: row.id }, channel: row.channel, address: row.address, platformMessageId: { not: null }, sentAt: { gte: since } },
    select: { platformMessageId: true },
  });
  return new Set(owned.map((o) => o.platformMessageId!));
}

/** Whether another row with the same text to the same recipient may also have gone out unrecorded. */
export async function anotherRowInSameDoubt(db: Db, row: OutboxRow): Promise<boolean> {
  const count = await db.outboxMessage.count({
    where: {
      id: { not: row.id },
      channel: row.channel,
      address: row.address,
      body: row.body,
      platformMessageId: null,
      OR: [{ status: { in: ["sending", "uncertain"] } }, { unconfirmedAt: { not: null } }],
    },
  });
  return count > 0;
}

/** A recovered row the platform could not be asked about: it stays `sending` (nobody resends it) until `until`. */
export async function postponeRecovery(db: Db, row: OutboxRow, until: Date): Promise<void> {
  await db.outboxMessage.updateMany({ where: { id: row.id, status: "sending", claimedBy: row.claimedBy }, data: { claimedUntil: until } });
}
