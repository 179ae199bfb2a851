import type { Db } from "../db/client.js";
import { writeUnlessDuplicate } from "../db/unique-violation.js";

/**
 * Small values the scheduler keeps in SchedulerState. Writes are compare-and-swap on the
 * stored string, so replicas racing on one key never overwrite each other blindly.
 */

export const PLANNED_THROUGH_KEY = "planner.plannedThrough";
export const PLANNER_LOCK_KEY = "planner.lock";
export const SILENCE_CHECKED_KEY = "followup.silenceCheckedAt";

export async function readState(db: Db, key: string): Promise<string | null> {
  const row = await db.schedulerState.findUnique({ where: { key } });
  return row?.value ?? null;
}

/** Sets `key` to `next` if it still holds `expected` (null = absent). Returns whether it did. */
export async function swapState(db: Db, key: string, expected: string | null, next: string): Promise<boolean> {
  if (expected === null) return writeUnlessDuplicate(() => db.schedulerState.create({ data: { key, value: next } }));
  const { count } = await db.schedulerState.updateMany({ where: { key, value: expected }, data: { value: next } });
  return count === 1;
}

export async function readInstant(db: Db, key: string): Promise<Date | null> {
  const value = await readState(db, key);
  if (value === null) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Moves a stored instant forward to `to` (never back). */
export async function advanceInstant(db: Db, key: string, to: Date): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await readState(db, key);
    if (current !== null && !Number.isNaN(Date.parse(current)) && Date.parse(current) >= to.getTime()) return;
    if (await swapState(db, key, current, to.toISOString())) return;
  }
}

/**
 * A lease in the database (pg-boss's timekeeper idea): one replica plans at a time, so a
 * hundred thousand assignments are not read by every replica each minute. Correctness does
 * not depend on it (idempotency keys do that); a holder that dies frees it when the lease ends,
 * so the lease is short and its holder renews it while it works (`renewLease`).
 */
export async function acquireLease(db: Db, key: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
  const current = await readState(db, key);
  if (current !== null) {
    const [owner, until] = splitLease(current);
    if (owner !== holder && until > now.getTime()) return false;
  }
  return swapState(db, key, current, `${holder}|${new Date(now.getTime() + leaseMs).toISOString()}`);
}

/** Stretches a lease this holder still has. false: it lapsed and another holder took it. */
export async function renewLease(db: Db, key: string, holder: string, now: Date, leaseMs: number): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await readState(db, key);
    if (current === null || splitLease(current)[0] !== holder) return false;
    if (await swapState(db, key, current, `${holder}|${new Date(now.getTime() + leaseMs).toISOString()}`)) return true;
  }
  return false;
}

export async function releaseLease(db: Db, key: string, holder: string): Promise<void> {
  const current = await readState(db, key);
  if (current === null || splitLease(current)[0] !== holder) return;
  await swapState(db, key, current, `|${new Date(0).toISOString()}`);
}

function splitLease(value: string): [string, number] {
  const bar = value.lastIndexOf("|");
  const until = Date.parse(value.slice(bar + 1));
  return [value.slice(0, bar), Number.isNaN(until) ? 0 : until];
}
