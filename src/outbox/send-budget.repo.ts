import type { Db } from "../db/client.js";
import type { DbProvider } from "./claim.js";

/**
 * A sender's rate, shared by every replica: one row per sender key in `SendBudget`, holding the
 * instant its next send may go (a GCRA, the token bucket as one number). Booking a send moves it on
 * by one interval per unit, in a single statement (an upsert with a condition), so replicas never
 * book the same slot and together never exceed the rate; each sleeps until its own slot.
 */
export interface SendBudget {
  /**
   * Books `cost` units at `intervalMs` each, at the first free instant at or after `nowMs`
   * (wall milliseconds). Returns that instant, or null (nothing booked) when it lies more than
   * `maxWaitMs` ahead.
   */
  book(key: string, cost: number, intervalMs: number, nowMs: number, maxWaitMs: number): Promise<number | null>;
  /** The platform said slow down: nothing more on this key before `untilMs`, on any replica. */
  delay(key: string, untilMs: number): Promise<void>;
}

const PG_NUM = (n: number) => `CAST($${n} AS DOUBLE PRECISION)`;

/**
 * Parameters: key, now, span (cost × interval), max wait. The WHERE on the conflict branch books
 * nothing when the wait is too long. better-sqlite3 binds `?` positionally, so SQLite is given
 * each value once per use.
 */
const BOOK = {
  postgresql: `INSERT INTO "SendBudget" AS b ("key", "nextFreeAt") VALUES ($1, ${PG_NUM(2)} + ${PG_NUM(3)})
    ON CONFLICT ("key") DO UPDATE SET "nextFreeAt" = GREATEST(b."nextFreeAt", ${PG_NUM(2)}) + ${PG_NUM(3)}
    WHERE b."nextFreeAt" - ${PG_NUM(2)} <= ${PG_NUM(4)}
    RETURNING "nextFreeAt"`,
  sqlite: `INSERT INTO "SendBudget" AS b ("key", "nextFreeAt") VALUES (?, ? + ?)
    ON CONFLICT ("key") DO UPDATE SET "nextFreeAt" = MAX(b."nextFreeAt", ?) + ?
    WHERE b."nextFreeAt" - ? <= ?
    RETURNING "nextFreeAt"`,
};

export function createSendBudget(db: Db, provider: () => Promise<DbProvider>): SendBudget {
  return {
    async book(key, cost, intervalMs, nowMs, maxWaitMs) {
      const span = cost * intervalMs;
      const rows =
        (await provider()) === "postgresql"
          ? await db.$queryRawUnsafe<{ nextFreeAt: number }[]>(BOOK.postgresql, key, nowMs, span, maxWaitMs)
          : await db.$queryRawUnsafe<{ nextFreeAt: number }[]>(BOOK.sqlite, key, nowMs, span, nowMs, span, nowMs, maxWaitMs);
      return rows.length === 0 ? null : Number(rows[0]!.nextFreeAt) - span;
    },
    async delay(key, untilMs) {
      if ((await provider()) === "postgresql") {
        await db.$executeRawUnsafe(`UPDATE "SendBudget" SET "nextFreeAt" = GREATEST("nextFreeAt", ${PG_NUM(2)}) WHERE "key" = $1`, key, untilMs);
      } else {
        await db.$executeRawUnsafe(`UPDATE "SendBudget" SET "nextFreeAt" = MAX("nextFreeAt", ?) WHERE "key" = ?`, untilMs, key);
      }
    },
  };
}
