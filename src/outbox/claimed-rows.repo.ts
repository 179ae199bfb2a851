import type { Db } from "../db/client.js";
import { Failed, sameTickBatch } from "../db/same-tick-batch.js";
import { logOutboundOnce } from "../care/messages/message-log.repo.js";

/** The dispatcher's reads and writes of the outbox rows it has claimed (queuing them is outbox.repo.ts). */

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
