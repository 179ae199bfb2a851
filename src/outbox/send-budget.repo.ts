import type { Db } from "../db/client.js";
import { sameTickBatch } from "../db/same-tick-batch.js";
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

/**
 * Bookings of one sender made in the same turn of the event loop are taken in one statement while
 * together they span at most this long: consecutive slots, each caller its own. Longer spans (a slow
 * sender) are booked one by one, so no caller is given a slot much later than it asked to wait.
 */
const MERGED_SPAN_MS = 25;

interface Booking {
  key: string;
  cost: number;
  intervalMs: number;
  nowMs: number;
  maxWaitMs: number;
}

export function createSendBudget(db: Db, provider: () => Promise<DbProvider>): SendBudget {
  /** Books `span` ms at the first free instant at or after `nowMs`; returns that instant or null. */
  async function bookSpan(key: string, span: number, nowMs: number, maxWaitMs: number): Promise<number | null> {
    const rows =
      (await provider()) === "postgresql"
        ? await db.$queryRawUnsafe<{ nextFreeAt: number }[]>(BOOK.postgresql, key, nowMs, span, maxWaitMs)
        : await db.$queryRawUnsafe<{ nextFreeAt: number }[]>(BOOK.sqlite, key, nowMs, span, nowMs, span, nowMs, maxWaitMs);
    return rows.length === 0 ? null : Number(rows[0]!.nextFreeAt) - span;
  }

  const book = sameTickBatch(async (bookings: Booking[]) => {
    const slots: Array<number | null> = [];
    for (const group of mergeable(bookings)) {
      const spans = group.map((b) => b.cost * b.intervalMs);
      const offsets = spans.map((_, i) => spans.slice(0, i).reduce((a, b) => a + b, 0));
      const maxWaitMs = Math.min(...group.map((b, i) => b.maxWaitMs - offsets[i]!));
      const start = await bookSpan(group[0]!.key, offsets.at(-1)! + spans.at(-1)!, Math.max(...group.map((b) => b.nowMs)), maxWaitMs);
      group.forEach((b, i) => (slots[b.index] = start === null ? null : start + offsets[i]!));
    }
    return slots;
  });

  return {
    book: (key, cost, intervalMs, nowMs, maxWaitMs) => book({ key, cost, intervalMs, nowMs, maxWaitMs }),
    async delay(key, untilMs) {
      if ((await provider()) === "postgresql") {
        await db.$executeRawUnsafe(`UPDATE "SendBudget" SET "nextFreeAt" = GREATEST("nextFreeAt", ${PG_NUM(2)}) WHERE "key" = $1`, key, untilMs);
      } else {
        await db.$executeRawUnsafe(`UPDATE "SendBudget" SET "nextFreeAt" = MAX("nextFreeAt", ?) WHERE "key" = ?`, untilMs, key);
      }
    },
  };
}

/**
 * The bookings, split into groups of one sender (in the order they came) whose spans together stay
 * within MERGED_SPAN_MS; `index` says where each booking's answer goes.
 */
function mergeable(bookings: readonly Booking[]): Array<Array<Booking & { index: number }>> {
  const groups: Array<Array<Booking & { index: number }>> = [];
  const open = new Map<string, { group: Array<Booking & { index: number }>; span: number }>();
  bookings.forEach((booking, index) => {
    const sender = `${booking.key}\u0000${booking.intervalMs}`;
    const own = booking.cost * booking.intervalMs;
    const current = open.get(sender);
    if (current && current.span + own <= MERGED_SPAN_MS) {
      current.group.push({ ...booking, index });
      current.span += own;
      return;
    }
    const group = [{ ...booking, index }];
    groups.push(group);
    open.set(sender, { group, span: own });
  });
  return groups;
}
