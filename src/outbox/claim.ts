import type { Db, Prisma } from "../db/client.js";

export type DbProvider = "sqlite" | "postgresql";

export interface ClaimRequest {
  workerId: string;
  now: Date;
  /** The claim lapses then; a row still `sending` after it is recovered by any worker. */
  leaseUntil: Date;
  limit: number;
}

/** A timestamp parameter PostgreSQL reads as UTC whatever the session time zone (columns are TIMESTAMP(3), UTC). */
const PG_TS = (n: number) => `(CAST($${n} AS timestamptz) AT TIME ZONE 'UTC')`;

/**
 * Claims due rows (`pending`, nextAttemptAt ≤ now) for this worker, marking them `sending`:
 * red flags first (priority), then the earliest due.
 * PostgreSQL: one UPDATE over a materialized `FOR UPDATE SKIP LOCKED` selection, so replicas never
 * wait on each other and never claim the same row. (Not `WHERE id IN (subquery … LIMIT)`: the
 * planner may run such a subquery more than once and claim far more than the limit.) SQLite has a
 * single writer, which runs the subquery once: one UPDATE … RETURNING is the claim.
 */
export async function claimDue(db: Db, provider: DbProvider, request: ClaimRequest): Promise<string[]> {
  if (provider === "postgresql") {
    return claimWithSkipLocked(db, request, `"status" = 'pending' AND "nextAttemptAt" <= ${PG_TS(3)}`, `"priority" ASC NULLS LAST, "nextAttemptAt" ASC`);
  }
  return db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxMessage" SET "status" = 'sending', "claimedBy" = ${request.workerId}, "claimedUntil" = ${request.leaseUntil}
    WHERE "id" IN (SELECT "id" FROM "OutboxMessage" WHERE "status" = 'pending' AND "nextAttemptAt" <= ${request.now}
                   ORDER BY "priority" ASC NULLS LAST, "nextAttemptAt" ASC LIMIT ${request.limit})
    RETURNING "id"`.then(ids);
}

/**
 * Claims rows left `sending` by a worker whose lease ran out (it crashed or was killed mid-send),
 * so exactly one worker decides what happened to each.
 */
export async function claimStale(db: Db, provider: DbProvider, request: ClaimRequest): Promise<string[]> {
  if (provider === "postgresql") return claimWithSkipLocked(db, request, `"status" = 'sending' AND "claimedUntil" < ${PG_TS(3)}`, `"claimedUntil" ASC`);
  return db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxMessage" SET "claimedBy" = ${request.workerId}, "claimedUntil" = ${request.leaseUntil}
    WHERE "id" IN (SELECT "id" FROM "OutboxMessage" WHERE "status" = 'sending' AND "claimedUntil" < ${request.now}
                   ORDER BY "claimedUntil" ASC LIMIT ${request.limit})
    RETURNING "id"`.then(ids);
}

const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);

/**
 * A claimed row as its claimer knows it. `claimedBy` is the claim's fencing token: unique per
 * claim, overwritten by whoever claims the row next, so a worker that lost the row (it stalled
 * past its lease and another worker recovered it) no longer matches it.
 */
export interface Claim {
  id: string;
  claimedBy: string | null;
}

/**
 * The final update of a claim (sent, failed, back to pending…), written only if the claim still
 * holds the row, and releasing it. false: the claim was lost and nothing was written.
 */
export async function finishClaim(db: Pick<Db, "outboxMessage">, claim: Claim, data: Prisma.OutboxMessageUpdateManyMutationInput): Promise<boolean> {
  if (claim.claimedBy === null) return false;
  const { count } = await db.outboxMessage.updateMany({
    where: { id: claim.id, status: "sending", claimedBy: claim.claimedBy },
    data: { ...data, claimedBy: null, claimedUntil: null },
  });
  return count === 1;
}

/**
 * Right before a send: confirms this worker still holds the row and stretches the lease over
 * the send itself. false means another worker recovered it meanwhile; do not send.
 */
export async function renewClaim(db: Db, id: string, workerId: string, leaseUntil: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: "sending", claimedBy: workerId },
    data: { claimedUntil: leaseUntil },
  });
  return count === 1;
}

/** The provider behind a Db, for callers that were not told it. */
export async function detectProvider(db: Db): Promise<DbProvider> {
  try {
    await db.$queryRawUnsafe("SELECT sqlite_version()");
    return "sqlite";
  } catch {
    return "postgresql";
  }
}

/**
 * PostgreSQL: picks up to `limit` rows matching `where` (parameters $3 = now) in `orderBy` order, skipping rows another worker holds, and marks them `sending` for this worker ($1) until
 * its lease ends ($2).
 */
async function claimWithSkipLocked(db: Db, request: ClaimRequest, where: string, orderBy: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `WITH picked AS MATERIALIZED (
       SELECT "id" FROM "OutboxMessage"
       WHERE ${where}
       ORDER BY ${orderBy}
       LIMIT $4
       FOR UPDATE SKIP LOCKED)
     UPDATE "OutboxMessage" o SET "status" = 'sending', "claimedBy" = $1, "claimedUntil" = ${PG_TS(2)}
     FROM picked WHERE o."id" = picked."id"
     RETURNING o."id"`,
    request.workerId,
    request.leaseUntil.toISOString(),
    request.now.toISOString(),
    request.limit,
  );
  return rows.map((r) => r.id);
}
