import type { Db } from "../db/client.js";
import { Failed, sameTickBatch } from "../db/same-tick-batch.js";
import { logOutbound, outboundLogged } from "../care/messages/message-log.repo.js";
import { sql, sqlJoin } from "../db/raw-sql.js";

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
      const held = await markSent(tx, sends);
      const toLog = [];
      for (const { row, sent } of sends) {
        if (!held.has(row.id) || (!sent.fresh && (await outboundLogged(tx, sent.channel, sent.platformMessageId)))) continue;
        toLog.push({ patientId: row.patientId, channel: sent.channel, platformMessageId: sent.platformMessageId, address: sent.address, body: row.body, outboxId: row.id, now: sent.now });
      }
      await logOutbound(tx, toLog);
      return sends.map(({ row }) => held.has(row.id));
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
 * Marks claimed rows sent, all in one statement; answers the ids whose claim still held (the others
 * are left as they are). Raw, like the webhook's insert: this runs for every message sent, and
 * Prisma plans each of its own queries anew only to write the same shape. The rows take the
 * latest send time of the batch: they were all answered in the same turn of the event loop.
 */
async function markSent(tx: Pick<Db, "$queryRaw">, sends: ReadonlyArray<{ row: OutboxRow; sent: SentRecord }>): Promise<Set<string>> {
  const claimed = sends.filter(({ row }) => row.claimedBy !== null);
  if (claimed.length === 0) return new Set();
  const perRow = (value: (sent: SentRecord) => string) => sql`CASE "id" ${sqlJoin(claimed.map(({ row, sent }) => sql`WHEN ${row.id} THEN ${value(sent)}`), " ")} END`;
  const attempted = claimed.filter(({ sent }) => sent.attempted).map(({ row }) => row.id);
  const now = new Date(Math.max(...claimed.map(({ sent }) => sent.now.getTime())));
  const marked = await tx.$queryRaw<Array<{ id: string }>>`
    UPDATE "OutboxMessage" SET "status" = 'sent', "platformMessageId" = ${perRow((s) => s.platformMessageId)}, "sentAt" = ${now}, "lastError" = NULL,
      "unconfirmedAt" = NULL, "channel" = ${perRow((s) => s.channel)}, "address" = ${perRow((s) => s.address)},
      "attempts" = "attempts" + ${attempted.length > 0 ? sql`CASE WHEN "id" IN (${sqlJoin(attempted)}) THEN 1 ELSE 0 END` : sql`0`},
      "claimedBy" = NULL, "claimedUntil" = NULL
    WHERE "status" = 'sending' AND ("id", "claimedBy") IN (${sqlJoin(claimed.map(({ row }) => sql`(${row.id}, ${row.claimedBy})`))})
    RETURNING "id"`;
  return new Set(marked.map((m) => m.id));
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
