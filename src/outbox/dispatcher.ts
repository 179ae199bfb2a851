import { randomUUID } from "node:crypto";
import type { ChannelName } from "../channels/channel.js";
import { recordPlatformOptOut } from "../care/consent/consent.repo.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { claimDue, claimStale, detectProvider, type DbProvider } from "./claim.js";
import { systemMonotonicClock, type MonotonicClock } from "./monotonic.js";
import { loadClaimedRows, type OutboxRow } from "./claimed-rows.repo.js";
import { createSendPacer, type DispatchRates, type PacerOptions } from "./pacing.js";
import { createSendBudget } from "./send-budget.repo.js";
import { createRowSender, type Outcome } from "./row-sender.js";
import type { Channels } from "./routing.js";
import { createWorkerLoop } from "./worker-loop.js";

export interface DispatcherOptions {
  db: Db;
  /** Which SQL the claim uses; detected with one query when omitted. */
  provider?: DbProvider;
  /** The enabled channels. `local` (the demo web chat) is the last resort for patients with no enabled address. */
  channels: Channels;
  logger: Logger;
  /** Wall time: leases, retries, notAfter. */
  clock?: () => Date;
  /** Monotonic time for pacing and the idle poll. */
  monotonic?: MonotonicClock;
  /** Unique per process (hostname:pid is a good choice); claimedBy holds it plus a claim number. */
  workerId?: string;
  rates?: DispatchRates;
  /**
   * Sender-wide limits booked in the database (default true), so all replicas together keep to
   * them. false: each process paces alone (a test of the pacer itself).
   */
  sharedPacing?: boolean;
  /** Sender identities (TWILIO_FROM…) naming the shared budgets. */
  senders?: PacerOptions["senders"];
  /** Rows claimed per round. */
  batchSize?: number;
  /** Uniform in [0, 1): backoff jitter. */
  random?: () => number;
  /** A platform refused a patient for good (Twilio 21610). Default: `recordPlatformOptOut`. */
  onPermanentOptOut?: (patientId: string, channel: ChannelName) => Promise<void>;
  /** How long a claim holds before another worker may recover the row. Longer than any one send. */
  leaseMs?: number;
  /** Idle poll; `wake()` cuts it short. */
  pollIntervalMs?: number;
  /** How often rows left `sending` by a dead worker are looked for. */
  recoveryIntervalMs?: number;
  maxAttempts?: number;
  backoff?: { baseMs: number; maxMs: number };
  /** A row that would wait longer than this for its rate slot goes back to pending instead of holding a claim. */
  maxPaceWaitMs?: number;
  /** Sends in flight at once per round (each still paced per sender). */
  maxInFlight?: number;
  /**
   * Rounds the background loop runs side by side (default 2): while one round's last sends
   * wait for their answers, the next round's rows already hold rate slots, so the sender's
   * rate is used without gaps between rounds.
   */
  loopConcurrency?: number;
  /** Retry interval while no channel can reach a patient. */
  noChannelRetryMs?: number;
}

export type DispatchStats = Record<Outcome | "claimed", number>;

export interface Dispatcher {
  /** Ends the idle wait: there is new work. */
  wake(): void;
  /** One round: recover dead claims, claim due rows, send them. Calls are serialized with each other. */
  runOnce(): Promise<DispatchStats>;
  start(): void;
  /** Stops claiming, puts rows not yet sent back to pending, waits for sends in flight. */
  stop(): Promise<void>;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db } = options;
  const log = options.logger.child({ component: "dispatcher" });
  const clock = options.clock ?? (() => new Date());
  const monotonic = options.monotonic ?? systemMonotonicClock;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 60_000;
  const recoveryIntervalMs = options.recoveryIntervalMs ?? 10_000;
  const maxInFlight = options.maxInFlight ?? 32;
  let provider = options.provider;
  const shared = options.sharedPacing ?? true;

  const loop = createWorkerLoop({
    round: runRound,
    // Claim again at once after any round that found work: rows that fell due meanwhile wait for no poll.
    busy: (stats) => stats.claimed > 0,
    onError: (err) => log.error({ err }, "dispatch round failed"),
    pollIntervalMs: options.pollIntervalMs ?? 1_000,
    concurrency: options.loopConcurrency ?? 2,
    clock: monotonic,
  });
  const sender = createRowSender({
    db,
    channels: options.channels,
    log,
    clock,
    monotonic,
    pacer: createSendPacer(options.rates, { shared, ...(options.senders ? { senders: options.senders } : {}) }),
    ...(shared ? { budget: createSendBudget(db, () => clock().getTime()) } : {}),
    policy: { maxAttempts: options.maxAttempts ?? 8, backoff: options.backoff ?? { baseMs: 30_000, maxMs: 60 * 60_000 }, random: options.random ?? Math.random },
    leaseMs,
    maxPaceWaitMs: options.maxPaceWaitMs ?? 10_000,
    noChannelRetryMs: options.noChannelRetryMs ?? 5 * 60_000,
    onPermanentOptOut: options.onPermanentOptOut ?? ((patientId, channel) => recordPlatformOptOut(db, patientId, `platform:${channel}`, clock()).then(() => undefined)),
    loop,
  });

  /** Rows this process is working on: never "recovered" by this same process while it still holds them. */
  const inFlight = new Set<string>();
  let lastRecovery = Number.NEGATIVE_INFINITY;
  // claimedBy names the worker and the claim: two rounds of one worker (the loop's lanes) must not
  // both read a row back as theirs. The random part keeps a restarted process with the same host
  // and pid (pid 1 in a container) from ever minting a token its predecessor used.
  const claimPrefix = `${options.workerId ?? `worker-${randomUUID()}`}#${randomUUID().slice(0, 8)}`;
  let claims = 0;
  const claimRequest = () => ({ workerId: `${claimPrefix}.${++claims}`, now: clock(), leaseUntil: new Date(clock().getTime() + leaseMs), limit: batchSize });

  async function runRound(): Promise<DispatchStats> {
    provider ??= await detectProvider(db);
    const stats: DispatchStats = { claimed: 0, sent: 0, retried: 0, failed: 0, expired: 0, cancelled: 0, deferred: 0, confirmed: 0, uncertain: 0 };
    const count = (o: Outcome) => void stats[o]++;

    const nowMs = clock().getTime();
    if (nowMs - lastRecovery >= recoveryIntervalMs) {
      lastRecovery = nowMs;
      const staleIds = await claimStale(db, provider, claimRequest());
      const stale = await loadClaimedRows(db, staleIds.filter((id) => !inFlight.has(id)), clock());
      await inPool(stale, maxInFlight, async (row) => count(await guarded(row, sender.recoverRow)));
    }
    if (loop.stopping) return stats;
    const rows = await loadClaimedRows(db, await claimDue(db, provider, claimRequest()), clock());
    stats.claimed = rows.length;
    // Rows come in claim order; each priority's sends go out before the next priority's begin.
    for (const group of byPriority(rows)) await inPool(group, maxInFlight, async (row) => count(await guarded(row, sender.dispatchRow)));
    if (stats.claimed > 0) log.debug(stats, "dispatch round");
    return stats;
  }

  /** One row's failure (a database hiccup) must not stop the others: it stays claimed and is recovered later. */
  async function guarded(row: OutboxRow, work: (row: OutboxRow) => Promise<Outcome>): Promise<Outcome> {
    inFlight.add(row.id);
    try {
      return await work(row);
    } catch (err) {
      log.error({ err, outboxId: row.id }, "dispatching an outbox row failed; it will be recovered after its lease");
      return "deferred";
    } finally {
      inFlight.delete(row.id);
    }
  }

  return { wake: loop.wake, runOnce: loop.runOnce, start: loop.start, stop: loop.stop };
}

function byPriority(rows: readonly OutboxRow[]): OutboxRow[][] {
  const groups: OutboxRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last[0]!.priority === row.priority) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}
