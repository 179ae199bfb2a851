import type { Db } from "../db/client.js";
import type { ChannelName, QuickReply } from "../channels/channel.js";

export type OutboxKind = "prompt" | "nudge" | "outcome" | "reply" | "alert" | "digest";

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
}

/**
 * Queues a message for the dispatcher. The idempotency key is unique: queuing the same logical
 * message twice (a repeated tick, a second replica, a redelivered webhook) keeps the first row.
 * Returns whether a new row was written.
 */
export async function enqueueOutbox(db: Pick<Db, "outboxMessage">, message: NewOutboxMessage, now: Date): Promise<boolean> {
  const existing = await db.outboxMessage.findUnique({ where: { idempotencyKey: message.idempotencyKey }, select: { id: true } });
  if (existing) return false;
  try {
    await db.outboxMessage.create({ data: outboxRow(message, now) });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false; // another process queued it first
    throw error;
  }
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
    createdAt: now,
  };
}

/**
 * Queues many messages at once (the planner's page of due prompts): keys already queued are
 * skipped, the rest written in one statement. If another process wins a race for one key the
 * batch falls back to one-by-one, which keeps the first row of each key. Returns how many rows were written.
 */
export async function enqueueOutboxMany(db: Db, messages: readonly NewOutboxMessage[], now: Date): Promise<number> {
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
    if ((error as { code?: string }).code !== "P2002") throw error;
    let written = 0;
    for (const m of fresh) if (await enqueueOutbox(db, m, now)) written++;
    return written;
  }
}
