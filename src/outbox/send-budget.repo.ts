import { randomUUID } from "node:crypto";
import type { Db } from "../db/client.js";
import { sameTickBatch } from "../db/same-tick-batch.js";
import { applyWindowOps, type Admission, type SenderWindow, type WindowEntry, type WindowLimit, type WindowOp } from "./send-window.js";

/**
 * A sender's limit shared by every replica (`send-window.ts`): one row per sender key in
 * `SendBudget` holding the sends that still count against it. A replica reads the row, applies
 * its turn's admissions and answers, and writes it back only over the version it read (otherwise
 * it reads again), so replicas never admit against the same room.
 */
export interface SendBudget {
  /** Asks to send `cost` units now: at the instant the window is read, on the wall clock. */
  admit(key: string, cost: number, limit: WindowLimit): Promise<{ ticket: SendTicket } | { retryAtMs: number }>;
  /** The admitted send was answered, failed, or never left, at `endMs` (wall milliseconds). */
  answered(ticket: SendTicket, endMs: number): Promise<void>;
  /** The platform said slow down: nothing more on this sender (of this limit) before `untilMs`, on any replica. */
  delay(key: string, untilMs: number, limit: WindowLimit): Promise<void>;
}

export interface SendTicket {
  /** The row the send was admitted in: the sender's, or one of its shares (`sms:+1555…#3`). */
  key: string;
  entryId: string;
  limit: WindowLimit;
}

/**
 * A high limit is split into rows of at least this many units each (up to MAX_SHARDS): replicas
 * writing one row at a high rate would mostly write over each other's versions. Each row keeps its
 * share of the limit, so together they keep to it; a replica takes one row per turn, the next the turn after.
 */
const MIN_SHARD_UNITS = 100;
const MAX_SHARDS = 16;

function shardsFor(limit: WindowLimit): number {
  return Math.min(MAX_SHARDS, Math.floor(limit.units / MIN_SHARD_UNITS));
}

/** Another replica wrote in between this many times in a row: something is wrong, not busy. */
const MAX_WRITE_ATTEMPTS = 20;

type Op = { key: string; op: WindowOp };

/** Entries as arrays in the row, to keep it small: [id, until, units, answered 0/1]. */
type StoredEntry = [string, number, number, 0 | 1];

/** `clock`: wall milliseconds, read when the window is (a send admitted then leaves no earlier). */
export function createSendBudget(db: Db, clock: () => number = Date.now): SendBudget {
  const replica = randomUUID().slice(0, 8);
  let turns = 0;
  let nextShard = Math.floor(Math.random() * MAX_SHARDS);
  /** The row each sender's admissions go to in this turn of the event loop. */
  const shardThisTurn = new Map<string, number>();
  function shardOf(key: string, limit: WindowLimit): { key: string; limit: WindowLimit } {
    const shards = shardsFor(limit);
    if (shards <= 1) return { key, limit };
    let shard = shardThisTurn.get(key);
    if (shard === undefined) {
      if (shardThisTurn.size === 0) setImmediate(() => shardThisTurn.clear());
      shard = nextShard++ % shards;
      shardThisTurn.set(key, shard);
    }
    return { key: `${key}#${shard}`, limit: { units: Math.floor(limit.units / shards), windowMs: limit.windowMs } };
  }
  /** Admitted sends of this replica still waiting for their answer, per entry: how many, and the latest answer so far. */
  const waiting = new Map<string, { sends: number; lastEndMs: number }>();

  async function read(key: string): Promise<{ window: SenderWindow; version: number }> {
    for (;;) {
      const row = await db.sendBudget.findUnique({ where: { key } });
      if (row) {
        const entries = (JSON.parse(row.sends) as StoredEntry[]).map(([id, until, units, answered]): WindowEntry => ({ id, until, units, answered: answered === 1 }));
        return { window: { entries, blockedUntil: row.blockedUntil }, version: row.version };
      }
      await db.$executeRaw`INSERT INTO "SendBudget" ("key") VALUES (${key}) ON CONFLICT ("key") DO NOTHING`;
    }
  }

  /** Refusals change nothing, so they are answered from the read alone; the rest is written over the version read. */
  async function applyToKey(key: string, ops: WindowOp[]): Promise<Array<Admission | null>> {
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const { window, version } = await read(key);
      const nowMs = clock();
      const applied = applyWindowOps(window, ops.map((op) => (op.type === "admit" ? { ...op, nowMs } : op)));
      const changed = ops.some((op) => op.type === "answered") || applied.admissions.some((a) => a?.admitted);
      if (!changed) return applied.admissions;
      const sends = JSON.stringify(applied.window.entries.map((e): StoredEntry => [e.id, e.until, e.units, e.answered ? 1 : 0]));
      const written = await db.sendBudget.updateMany({ where: { key, version }, data: { sends, version: { increment: 1 } } });
      if (written.count === 1) return applied.admissions;
    }
    throw new Error(`the send budget ${key} kept changing under this replica's writes`);
  }

  /**
   * Each item's admission (with the entry it joined) or null for an answer. One write at a time
   * per replica: its own writes never race each other, and what waits goes in the next.
   */
  const apply = sameTickBatch(async (items: Op[]) => {
    const results: Array<{ admission: Admission; entryId: string } | null> = items.map(() => null);
    const byKey = new Map<string, number[]>();
    items.forEach((item, i) => byKey.set(item.key, [...(byKey.get(item.key) ?? []), i]));
    for (const [key, indexes] of byKey) {
      // This turn's admissions on the key share one entry.
      const entryId = `${replica}.${++turns}`;
      const ops = indexes.map((i): WindowOp => {
        const { op } = items[i]!;
        return op.type === "admit" ? { ...op, id: entryId } : op;
      });
      const admissions = await applyToKey(key, ops);
      indexes.forEach((i, n) => {
        const admission = admissions[n];
        if (!admission) return;
        results[i] = { admission, entryId };
        if (admission.admitted) {
          const entry = waiting.get(entryId) ?? { sends: 0, lastEndMs: 0 };
          waiting.set(entryId, { ...entry, sends: entry.sends + 1 });
        }
      });
    }
    return results;
  }, { oneAtATime: true });

  return {
    async admit(sender, cost, senderLimit) {
      const { key, limit } = shardOf(sender, senderLimit);
      const { admission, entryId } = (await apply({ key, op: { type: "admit", id: "", cost, limit, nowMs: clock() } }))!;
      return admission.admitted ? { ticket: { key, entryId, limit } } : { retryAtMs: admission.retryAtMs };
    },
    async answered(ticket, endMs) {
      const entry = waiting.get(ticket.entryId);
      if (!entry) return;
      const lastEndMs = Math.max(entry.lastEndMs, endMs);
      if (entry.sends > 1) {
        waiting.set(ticket.entryId, { sends: entry.sends - 1, lastEndMs });
        return;
      }
      waiting.delete(ticket.entryId);
      await apply({ key: ticket.key, op: { type: "answered", id: ticket.entryId, endMs: lastEndMs, limit: ticket.limit } });
    },
    async delay(sender, untilMs, limit) {
      const shards = shardsFor(limit);
      const keys = shards <= 1 ? [sender] : Array.from({ length: shards }, (_, i) => `${sender}#${i}`);
      for (const key of keys) {
        await read(key);
        await db.sendBudget.updateMany({ where: { key, blockedUntil: { lt: untilMs } }, data: { blockedUntil: untilMs, version: { increment: 1 } } });
      }
    },
  };
}
