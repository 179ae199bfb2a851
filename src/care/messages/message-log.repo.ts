import type { Db, Prisma } from "../../db/client.js";
import { insertRows, sql, sqlJoin } from "../../db/raw-sql.js";
import { Failed, sameTickBatch } from "../../db/same-tick-batch.js";
import { aheadOfQueue } from "../../db/sqlite-serialized.js";

/**
 * The only writes of the message log and of how each inbound message was read: stored by the
 * webhook, processed (or failed and retried) by the pipeline, logged as sent by the outbox.
 * Functions taking `tx` run inside the caller's transaction and write a whole batch per statement.
 */
type Tx = Prisma.TransactionClient;

export interface InboundToStore {
  id: string;
  patientId: string;
  channel: string;
  platformMessageId: string;
  address: string;
  body: string;
  quickReply: string | null;
  /** JSON of the attachments, or null. */
  media: string | null;
  state: "received" | "processed";
  receivedAt: Date;
  processedAt: Date | null;
}

/**
 * Stores an inbound message unless its platform id was seen before; returns whether it did. The
 * webhooks of one turn of the event loop go in one statement that needs no query planning, ahead of
 * other statements waiting on SQLite: this runs inside every webhook, and under a burst one commit
 * per message would cost more than the messages. A statement that fails is tried again a row at a
 * time, so only the row at fault fails.
 */
export function insertInboundOnce(db: Db, m: InboundToStore): Promise<boolean> {
  let insert = inboundInserts.get(db);
  if (!insert) inboundInserts.set(db, (insert = sameTickBatch((rows: InboundToStore[]) => insertInbound(db, rows))));
  return insert(m);
}

const inboundInserts = new WeakMap<Db, (m: InboundToStore) => Promise<boolean>>();

/** Twelve values a row, under both engines' limits on one statement's values. */
const INBOUND_ROWS_PER_STATEMENT = 1_000;

async function insertInbound(db: Db, all: InboundToStore[]): Promise<Array<boolean | Failed>> {
  const answers: Array<boolean | Failed> = [];
  for (let start = 0; start < all.length; start += INBOUND_ROWS_PER_STATEMENT) answers.push(...(await insertChunk(db, all.slice(start, start + INBOUND_ROWS_PER_STATEMENT))));
  return answers;
}

async function insertChunk(db: Db, rows: InboundToStore[]): Promise<Array<boolean | Failed>> {
  try {
    const inserted = new Set((await insertInboundRows(db, rows)).map((row) => row.id));
    return rows.map((row) => inserted.has(row.id));
  } catch (error) {
    if (rows.length === 1) return [new Failed(error)];
    return Promise.all(rows.map((row) => insertInboundRows(db, [row]).then((inserted) => inserted.length === 1, (e: unknown) => new Failed(e))));
  }
}

function insertInboundRows(db: Db, rows: readonly InboundToStore[]): Promise<Array<{ id: string }>> {
  const values = rows.map((m) => sql`(${m.id}, ${m.patientId}, 'inbound', ${m.channel}, ${m.platformMessageId}, ${m.address}, ${m.body}, ${m.quickReply}, ${m.media}, ${m.state}, ${m.receivedAt}, ${m.processedAt})`);
  return aheadOfQueue(() => db.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "MessageLog" ("id", "patientId", "direction", "channel", "platformMessageId", "address", "body", "quickReply", "media", "state", "createdAt", "processedAt")
    VALUES ${sqlJoin(values)}
    ON CONFLICT ("channel", "direction", "platformMessageId") DO NOTHING
    RETURNING "id"`);
}

export type ReadingRow = Omit<Prisma.ReadingCreateManyInput, "id">;

export async function insertReadings(tx: Tx, rows: readonly ReadingRow[]): Promise<void> {
  await insertRows(tx, "Reading", rows);
}

/** Marks still-`received` messages processed; returns how many were (fewer: another worker was first). */
export async function markProcessed(tx: Tx, messageIds: readonly string[], now: Date): Promise<number> {
  const { count } = await tx.messageLog.updateMany({ where: { id: { in: [...messageIds] }, state: "received" }, data: { state: "processed", processedAt: now } });
  return count;
}

/** A failed processing attempt; `retryAt` null: no further attempt. */
export async function markProcessingFailed(db: Db, messageId: string, failure: { attempts: number; retryAt: Date | null; error: string }): Promise<void> {
  await db.messageLog.update({ where: { id: messageId }, data: { state: "failed", ...failure } });
}

/** Moves a failed message back to `received` if it is still the failure seen; false: another replica took it. */
export async function retakeFailed(db: Db, messageId: string, retryAt: Date | null): Promise<boolean> {
  const { count } = await db.messageLog.updateMany({ where: { id: messageId, state: "failed", retryAt }, data: { state: "received", retryAt: null } });
  return count === 1;
}

export interface OutboundToLog {
  patientId: string | null;
  channel: string;
  platformMessageId: string;
  address: string;
  body: string;
  outboxId: string;
  now: Date;
}

/** Log lines of sent messages, one statement for all. */
export async function logOutbound(tx: Pick<Tx, "$executeRaw">, sent: readonly OutboundToLog[]): Promise<void> {
  // Raw, like the inbound insert: this runs for every message sent, and Prisma would plan the same insert anew each time.
  await insertRows(
    tx,
    "MessageLog",
    sent.map(({ patientId, channel, platformMessageId, address, body, outboxId, now }) => ({
      patientId,
      direction: "outbound",
      channel,
      platformMessageId,
      address,
      body,
      outboxId,
      state: "sent",
      attempts: 0,
      createdAt: now,
    })),
  );
}

/** Whether a sent message is logged already (a resend after a crash may find its platform id logged). */
export async function outboundLogged(tx: Pick<Tx, "messageLog">, channel: string, platformMessageId: string): Promise<boolean> {
  return (await tx.messageLog.findFirst({ where: { channel, direction: "outbound", platformMessageId }, select: { id: true } })) !== null;
}

export function processingAttempts(db: Db, messageId: string) {
  return db.messageLog.findUnique({ where: { id: messageId }, select: { state: true, attempts: true } });
}

export function loggedMessage(db: Db, messageId: string) {
  return db.messageLog.findUniqueOrThrow({ where: { id: messageId } });
}

/** Inbound messages due another processing try: failed ones whose backoff has passed, and ones left `received` since before `staleBefore`. */
export function dueForProcessing(db: Db, now: Date, staleBefore: Date) {
  return db.messageLog.findMany({
    where: {
      direction: "inbound",
      patientId: { not: null },
      OR: [
        { state: "failed", retryAt: { lte: now } },
        { state: "received", createdAt: { lte: staleBefore } },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, patientId: true, state: true, retryAt: true },
  });
}

/** Stored messages still waiting to be processed, of those asked for. */
export function receivedMessages(db: Db, messageIds: readonly string[]) {
  return db.messageLog.findMany({ where: { id: { in: [...messageIds] }, state: "received", patientId: { not: null } } });
}

export type ReceivedMessage = Awaited<ReturnType<typeof receivedMessages>>[number];

/** Every inbound message still waiting to be processed, oldest first (after a restart). */
export function allReceivedMessages(db: Db) {
  return db.messageLog.findMany({
    where: { direction: "inbound", state: "received", patientId: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, patientId: true, body: true },
  });
}

/** Log entries written in bulk with their ids, as a demo history records its exchanges. */
export async function insertLogEntries(tx: Pick<Tx, "messageLog">, rows: readonly Prisma.MessageLogCreateManyInput[]): Promise<void> {
  if (rows.length > 0) await tx.messageLog.createMany({ data: [...rows] });
}
