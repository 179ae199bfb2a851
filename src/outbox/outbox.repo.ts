import type { Db, Prisma } from "../db/client.js";
import type { ChannelName, QuickReply } from "../channels/channel.js";
import { insertRows } from "../db/raw-sql.js";

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
export async function enqueueOutbox(db: Pick<Db, "$executeRaw">, message: NewOutboxMessage, now: Date): Promise<boolean> {
  return (await enqueueOutboxMany(db, [message], now)) === 1;
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
 * Queues many messages at once (the planner's page of due prompts, a batch's replies): keys
 * already queued, by anyone, are skipped and the rest written, in the same statement, so the
 * first row of each key is kept. Returns how many rows were written.
 */
export async function enqueueOutboxMany(db: Pick<Db, "$executeRaw">, messages: readonly NewOutboxMessage[], now: Date): Promise<number> {
  const unique = new Map<string, NewOutboxMessage>();
  for (const m of messages) if (!unique.has(m.idempotencyKey)) unique.set(m.idempotencyKey, m);
  return insertRows(db, "OutboxMessage", [...unique.values()].map((m) => outboxRow(m, now)), { unique: "idempotencyKey" });
}

/** Rows written in bulk as they stand (a demo history's prompts and replies, already sent). */
export async function insertOutboxRows(tx: Pick<Db, "outboxMessage">, rows: readonly Prisma.OutboxMessageCreateManyInput[]): Promise<void> {
  if (rows.length > 0) await tx.outboxMessage.createMany({ data: [...rows] });
}
