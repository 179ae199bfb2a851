import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import {
  ChannelSendError,
  type Channel,
  type ChannelName,
  type OutboundMessage,
  type QuickReply,
} from "../channels/channel.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { decideRetry, retryDelayMs } from "../scheduling/backoff.js";
import { localDateOf } from "../scheduling/local-time.js";
import { claimDue, claimStale, detectProvider, finishClaim, renewClaim, type DbProvider } from "./claim.js";
import { recordPlatformOptOut } from "../care/consent/consent.repo.js";
import { PATIENT_PROMPT_KINDS, promptBlock, promptStateOf } from "../care/consent/patient-state.js";
import { createSendPacer, type DispatchRates } from "./pacing.js";

export interface DispatcherOptions {
  db: Db;
  /** Which SQL the claim uses; detected with one query when omitted. */
  provider?: DbProvider;
  /** The enabled channels. `local` (the demo web chat) is the last resort for patients with no enabled address. */
  channels: Partial<Record<ChannelName, Channel>>;
  logger: Logger;
  clock?: () => Date;
  /** Unique per process (hostname:pid is a good choice); claimedBy holds it plus a claim number. */
  workerId?: string;
  rates?: DispatchRates;
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

export interface DispatchStats {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  expired: number;
  cancelled: number;
  /** Put back for later without an attempt: pacing, no channel, shutting down. */
  deferred: number;
  /** Recovered after a crash and found at the platform (not resent). */
  confirmed: number;
  /** Recovered after a crash where the platform cannot be asked: left for a human. */
  uncertain: number;
}

export interface Dispatcher {
  /** Ends the idle wait: there is new work. */
  wake(): void;
  /** One round: recover dead claims, claim due rows, send them. Calls are serialized with each other. */
  runOnce(): Promise<DispatchStats>;
  start(): void;
  /** Stops claiming, puts rows not yet sent back to pending, waits for sends in flight. */
  stop(): Promise<void>;
}

/** Marks a failure after which the platform may have the message after all (a timeout): ask it before resending. */
export const UNCONFIRMED_PREFIX = "[unconfirmed] ";
const FAR_FUTURE = new Date(8_640_000_000_000_000);
/** Platform messages other rows own are looked up this far back (findSent looks a minute back). */
const CLAIMED_LOOKBACK_MS = 10 * 60_000;

type Outcome = keyof Omit<DispatchStats, "claimed">;
type Route = { channel: ChannelName; address: string; conversationRef: string | null };

interface PatientGate {
  consent: string;
  pausedAt: Date | null;
  pausedUntil: string | null;
  pausedFrom: string | null;
  timeZone: string;
  language: string;
}

const PATIENT_GATE = { consent: true, pausedAt: true, pausedUntil: true, pausedFrom: true, timeZone: true, language: true } as const;

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, channels } = options;
  const log = options.logger.child({ component: "dispatcher" });
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? Math.random;
  const workerId = options.workerId ?? `worker-${randomUUID()}`;
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const recoveryIntervalMs = options.recoveryIntervalMs ?? 10_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = options.backoff ?? { baseMs: 30_000, maxMs: 60 * 60_000 };
  const maxPaceWaitMs = options.maxPaceWaitMs ?? 10_000;
  const maxInFlight = options.maxInFlight ?? 32;
  const loopConcurrency = options.loopConcurrency ?? 2;
  const noChannelRetryMs = options.noChannelRetryMs ?? 5 * 60_000;
  const onPermanentOptOut =
    options.onPermanentOptOut ??
    (async (patientId: string, channel: ChannelName) => {
      await recordPlatformOptOut(db, patientId, `platform:${channel}`, clock());
    });
  const pacer = createSendPacer(options.rates);

  let provider: DbProvider | undefined = options.provider;
  /** Rows this process is working on: never "recovered" by this same process while it still holds them. */
  const inFlight = new Set<string>();
  let lastRecovery = Number.NEGATIVE_INFINITY;
  let queue: Promise<unknown> = Promise.resolve();
  let loop: Promise<unknown> | null = null;
  let stopping = false;
  let stopController = new AbortController();
  const sleepers = new Set<() => void>();

  const lease = () => new Date(clock().getTime() + leaseMs);
  /**
   * claimedBy names the worker and the claim: two rounds of one worker (the loop's lanes) must
   * not both read a row back as theirs, even when their leases end on the same millisecond.
   */
  let claims = 0;
  // The random part keeps a restarted process with the same host and pid (pid 1 in a container)
  // from ever minting a token its predecessor used.
  const claimPrefix = `${workerId}#${randomUUID().slice(0, 8)}`;
  const claimToken = () => `${claimPrefix}.${++claims}`;

  function blockedReason(patient: PatientGate, localDate: string | null, now: Date): string | null {
    const block = promptBlock(promptStateOf(patient), localDate ?? localDateOf(now, patient.timeZone));
    return block && `patient ${block}`;
  }

  async function route(row: { channel: string; address: string; conversationRef: string | null; patientId: string | null }): Promise<Route | null> {
    const channel = row.channel as ChannelName;
    if (channels[channel]) return { channel, address: row.address, conversationRef: row.conversationRef };
    if (!row.patientId) return null;
    const addresses = await db.channelAddress.findMany({
      where: { patientId: row.patientId },
      orderBy: [{ preferred: "desc" }, { createdAt: "asc" }],
    });
    const usable = addresses.find((a) => channels[a.channel as ChannelName]);
    if (usable) return { channel: usable.channel as ChannelName, address: usable.address, conversationRef: usable.conversationRef };
    if (channels.local) return { channel: "local", address: row.patientId, conversationRef: null };
    return null;
  }

  function outbound(row: OutboxRow, r: Route, language: string | undefined): OutboundMessage {
    return {
      channel: r.channel,
      address: r.address,
      text: row.body,
      idempotencyKey: row.idempotencyKey,
      family: row.kind,
      ...(row.quickReplies ? { quickReplies: JSON.parse(row.quickReplies) as QuickReply[] } : {}),
      ...(language ? { language } : {}),
      ...(r.conversationRef ? { conversationRef: r.conversationRef } : {}),
    };
  }

  /**
   * Every write after the claim is conditional on this claim still holding the row (its token,
   * claimedBy, is the fence). false: another worker has the row; nothing was written.
   */
  async function finish(row: OutboxRow, data: Record<string, unknown>): Promise<boolean> {
    const held = await finishClaim(db, row, data);
    if (!held) log.warn({ outboxId: row.id, status: data.status }, "claim lost; another worker has the row, nothing recorded");
    return held;
  }

  /** Records a send, if this claim still holds the row. false: the claim was lost and nothing was recorded. */
  async function markSent(row: OutboxRow, r: Route, platformMessageId: string, attempted: boolean): Promise<boolean> {
    const now = clock();
    const held = await db.$transaction(async (tx) => {
      const marked = await finishClaim(tx, row, {
        status: "sent",
        platformMessageId,
        sentAt: now,
        lastError: null,
        channel: r.channel,
        address: r.address,
        ...(attempted ? { attempts: { increment: 1 } } : {}),
      });
      if (!marked) return false;
      const logged = await tx.messageLog.findFirst({
        where: { channel: r.channel, direction: "outbound", platformMessageId },
        select: { id: true },
      });
      if (logged) return true;
      await tx.messageLog.create({
        data: {
          patientId: row.patientId,
          direction: "outbound",
          channel: r.channel,
          platformMessageId,
          address: r.address,
          body: row.body,
          outboxId: row.id,
          state: "sent",
          createdAt: now,
        },
      });
      return true;
    });
    if (!held) log.warn({ outboxId: row.id, platformMessageId }, "claim lost during the send; another worker has the row, the send is not recorded");
    return held;
  }

  async function handleFailure(row: OutboxRow, r: Route, error: unknown): Promise<Outcome> {
    const now = clock();
    const failure =
      error instanceof ChannelSendError
        ? error
        : new ChannelSendError("retryable", "network", `unexpected send error: ${(error as Error)?.message ?? String(error)}`);
    const attempts = row.attempts + 1;
    const base = { attempts, channel: r.channel, address: r.address };
    const logFields = { outboxId: row.id, kind: row.kind, channel: r.channel, reason: failure.reason, platformCode: failure.options.platformCode, attempts };

    if (failure.kind === "permanent") {
      if (!(await finish(row, { ...base, status: "failed", lastError: `${failure.reason}: ${failure.message}` }))) return "deferred";
      log.warn(logFields, "send failed for good");
      if (failure.reason === "opted_out" && row.patientId) {
        try {
          await onPermanentOptOut(row.patientId, r.channel);
        } catch (err) {
          log.error({ err, outboxId: row.id }, "recording a platform opt-out failed");
        }
      }
      return "failed";
    }

    const retryAfterMs = failure.options.retryAfterMs;
    if (failure.reason === "rate_limited") {
      pacer.penalize(r.channel, r.address, performance.now() + (retryAfterMs ?? 1_000));
    }
    const delay = retryDelayMs(attempts, { ...backoff, random, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
    const nextAt = new Date(now.getTime() + delay);
    // A timeout may have reached the platform: the next attempt asks it first (findSent).
    const lastError = `${failure.reason === "network" ? UNCONFIRMED_PREFIX : ""}${failure.reason}: ${failure.message}`;
    const decision = decideRetry({ attempt: attempts, maxAttempts, nextAt, notAfter: row.notAfter ?? FAR_FUTURE });
    if (decision.action === "retry") {
      await finish(row, { ...base, status: "pending", nextAttemptAt: decision.at, lastError });
      log.info({ ...logFields, retryInMs: delay }, "send failed; will retry");
      return "retried";
    }
    const status = decision.action === "expire" ? "expired" : "failed";
    await finish(row, { ...base, status, lastError: `${decision.reason}: ${lastError}` });
    log.warn({ ...logFields, status }, "send failed; giving up");
    return status === "expired" ? "expired" : "failed";
  }

  /** Waits for the rate slot. Returns when the send was admitted (performance.now()), or null when the row went back to pending (long wait, or shutting down). */
  async function pace(row: OutboxRow, r: Route): Promise<number | null> {
    const deadline = performance.now() + maxPaceWaitMs;
    for (;;) {
      if (stopping) break;
      const reservation = pacer.reserve(r.channel, r.address, row.body, performance.now(), maxPaceWaitMs);
      if (reservation === null) break;
      if ("goInMs" in reservation) {
        if (reservation.goInMs > 0) await sleep(reservation.goInMs, stopController.signal);
        // The last check, on the instants sends really left; the send follows with no await between.
        for (;;) {
          const at = performance.now();
          const wait = pacer.admit(r.channel, r.address, row.body, at);
          if (wait === 0) return at;
          if (stopping || at + wait > deadline) break;
          await sleep(wait, stopController.signal);
        }
        break;
      }
      await sleep(reservation.askAgainInMs, stopController.signal);
    }
    const later = stopping ? clock() : new Date(clock().getTime() + maxPaceWaitMs);
    await finish(row, { status: "pending", nextAttemptAt: later });
    return null;
  }

  async function dispatchRow(row: OutboxRow): Promise<Outcome> {
    const now = clock();
    if (row.notAfter && now.getTime() > row.notAfter.getTime()) {
      await finish(row, { status: "expired", lastError: "expired: could not go out before notAfter" });
      log.info({ outboxId: row.id, kind: row.kind }, "outbox row expired unsent");
      return "expired";
    }
    const gated = (PATIENT_PROMPT_KINDS as readonly string[]).includes(row.kind) && row.patientId !== null;
    if (gated) {
      const reason = row.patient ? blockedReason(row.patient, row.localDate, now) : "patient not found";
      if (reason) {
        await finish(row, { status: "cancelled", lastError: `cancelled: ${reason}` });
        return "cancelled";
      }
    }
    const r = await route(row);
    if (!r) {
      await finish(row, {
        status: "pending",
        nextAttemptAt: new Date(now.getTime() + noChannelRetryMs),
        lastError: `no enabled channel can reach this recipient (row channel ${row.channel})`,
      });
      log.warn({ outboxId: row.id, channel: row.channel }, "no enabled channel for outbox row; kept pending");
      return "deferred";
    }
    const channel = channels[r.channel]!;
    const message = outbound(row, r, row.patient?.language);

    if (row.lastError?.startsWith(UNCONFIRMED_PREFIX) && channel.findSent && r.channel === row.channel) {
      const answer = await askPlatform(row, channel, message);
      if (answer === "uncertain") return markUncertain(row);
      if (answer !== "not_sent") {
        if (!(await markSent(row, r, answer.sent, false))) return "deferred";
        log.info({ outboxId: row.id, platformMessageId: answer.sent }, "earlier attempt had gone out after all; not resending");
        return "confirmed";
      }
    }

    if (gated) {
      // Consent may have changed since the row was loaded (an opt-out is honoured at once).
      const fresh = await db.patient.findUnique({ where: { id: row.patientId! }, select: PATIENT_GATE });
      const reason = fresh ? blockedReason(fresh, row.localDate, clock()) : "patient not found";
      if (reason) {
        await finish(row, { status: "cancelled", lastError: `cancelled: ${reason}` });
        return "cancelled";
      }
    }
    // The lease now covers the pacing wait (≤ maxPaceWaitMs) and the send; nothing but the
    // send itself happens after the rate slot, so database latency cannot bunch sends together.
    let heldUntil = clock().getTime() + maxPaceWaitMs + leaseMs;
    if (!(await renewClaim(db, row.id, row.claimedBy!, new Date(heldUntil)))) {
      log.warn({ outboxId: row.id }, "claim lost before send; another worker has the row");
      return "deferred";
    }
    const admittedAt = await pace(row, r);
    if (admittedAt === null) return "deferred";
    // The fence before the platform call. Nobody recovers the row before `heldUntil`; a send
    // leaves only with half a lease of it to spare. Otherwise (the wait was long, or the process
    // stalled — GC, a suspended VM, SIGSTOP — and its clock jumped) the claim is confirmed in the
    // database again, and a claim another worker has taken meanwhile sends nothing. Rare: the
    // usual path sends without another database round trip.
    while (clock().getTime() + leaseMs / 2 > heldUntil) {
      heldUntil = clock().getTime() + leaseMs;
      if (!(await renewClaim(db, row.id, row.claimedBy!, new Date(heldUntil)))) {
        log.warn({ outboxId: row.id }, "claim lost before send; another worker has the row");
        return "deferred";
      }
    }
    let platformMessageId: string;
    try {
      platformMessageId = (await channel.send(message)).platformMessageId;
    } catch (error) {
      pacer.settle(r.channel, r.address, admittedAt, performance.now());
      return handleFailure(row, r, error);
    }
    pacer.settle(r.channel, r.address, admittedAt, performance.now());
    return (await markSent(row, r, platformMessageId, true)) ? "sent" : "deferred";
  }

  /**
   * Whether the row's earlier attempt reached the platform. A platform message is claimed for at
   * most one row: ids other rows own are excluded, and while another row with the same text to the
   * same recipient is in the same doubt, a match could be either's, so the answer is uncertain.
   */
  async function askPlatform(row: OutboxRow, channel: Channel, message: OutboundMessage): Promise<{ sent: string } | "not_sent" | "uncertain"> {
    const others = { id: { not: row.id }, channel: row.channel, address: row.address };
    const owned = await db.outboxMessage.findMany({
      where: { ...others, platformMessageId: { not: null }, sentAt: { gte: new Date(row.createdAt.getTime() - CLAIMED_LOOKBACK_MS) } },
      select: { platformMessageId: true },
    });
    const found = await channel.findSent!(message, row.createdAt, new Set(owned.map((o) => o.platformMessageId!)));
    if (!found) return "not_sent";
    const inSameDoubt = await db.outboxMessage.count({
      where: { ...others, body: row.body, platformMessageId: null, OR: [{ status: { in: ["sending", "uncertain"] } }, { lastError: { startsWith: UNCONFIRMED_PREFIX } }] },
    });
    return inSameDoubt > 0 ? "uncertain" : { sent: found };
  }

  async function markUncertain(row: OutboxRow): Promise<Outcome> {
    await finish(row, { status: "uncertain", lastError: "uncertain: the platform has a matching message another row may own; check by hand" });
    log.warn({ outboxId: row.id, kind: row.kind, channel: row.channel }, "outbox row may or may not have been sent; marked uncertain for a human");
    return "uncertain";
  }

  /** A row left `sending` by a dead worker: find out from the platform instead of resending blindly. */
  async function recoverRow(row: OutboxRow): Promise<Outcome> {
    const channel = channels[row.channel as ChannelName];
    const r: Route = { channel: row.channel as ChannelName, address: row.address, conversationRef: row.conversationRef };
    if (!channel?.findSent) {
      await finish(row, { status: "uncertain", lastError: "uncertain: a worker stopped mid-send and the platform cannot be asked; check by hand" });
      log.warn({ outboxId: row.id, kind: row.kind, channel: row.channel, claimedBy: row.claimedBy }, "outbox row may or may not have been sent; marked uncertain for a human");
      return "uncertain";
    }
    try {
      const answer = await askPlatform(row, channel, outbound(row, r, row.patient?.language));
      if (answer === "uncertain") return markUncertain(row);
      if (answer !== "not_sent") {
        if (!(await markSent(row, r, answer.sent, true))) return "deferred";
        log.info({ outboxId: row.id, platformMessageId: answer.sent }, "recovered row had been sent; marked sent");
        return "confirmed";
      }
      await finish(row, { status: "pending", nextAttemptAt: clock() });
      log.info({ outboxId: row.id }, "recovered row was never sent; queued again");
      return "deferred";
    } catch (err) {
      // Ask again later; the row stays `sending` so nobody resends it meanwhile.
      const retryAt = new Date(clock().getTime() + retryDelayMs(1, { ...backoff, random }));
      await db.outboxMessage.updateMany({ where: { id: row.id, status: "sending", claimedBy: row.claimedBy }, data: { claimedUntil: retryAt } });
      log.warn({ outboxId: row.id, err }, "could not ask the platform about a recovered row; will ask again");
      return "deferred";
    }
  }

  async function loadRows(ids: string[]): Promise<OutboxRow[]> {
    if (ids.length === 0) return [];
    return db.outboxMessage.findMany({
      where: { id: { in: ids } },
      include: { patient: { select: PATIENT_GATE } },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    });
  }

  async function runRound(): Promise<DispatchStats> {
    provider ??= await detectProvider(db);
    const stats: DispatchStats = { claimed: 0, sent: 0, retried: 0, failed: 0, expired: 0, cancelled: 0, deferred: 0, confirmed: 0, uncertain: 0 };
    const count = (o: Outcome) => void stats[o]++;

    const nowMs = clock().getTime();
    if (nowMs - lastRecovery >= recoveryIntervalMs) {
      lastRecovery = nowMs;
      const staleIds = await claimStale(db, provider, { workerId: claimToken(), now: clock(), leaseUntil: lease(), limit: batchSize });
      const stale = await loadRows(staleIds.filter((id) => !inFlight.has(id)));
      await inPool(stale, maxInFlight, async (row) => count(await guarded(row, recoverRow)));
    }
    if (stopping) return stats;
    const rows = await loadRows(await claimDue(db, provider, { workerId: claimToken(), now: clock(), leaseUntil: lease(), limit: batchSize }));
    stats.claimed = rows.length;
    await inPool(rows, maxInFlight, async (row) => count(await guarded(row, dispatchRow)));
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

  function runOnce(): Promise<DispatchStats> {
    const round = queue.then(runRound, runRound);
    queue = round.catch(() => undefined);
    return round;
  }

  /** One lane of the background loop. Lanes claim disjoint rows, so they need no lock between them. */
  async function runLane(): Promise<void> {
    while (!stopping) {
      let busy = false;
      try {
        const stats = await runRound();
        busy = stats.claimed >= batchSize;
        if (stats.claimed > 0) log.debug(stats, "dispatch round");
      } catch (err) {
        log.error({ err }, "dispatch round failed");
      }
      if (!busy && !stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, pollIntervalMs);
          function done() {
            clearTimeout(timer);
            sleepers.delete(done);
            resolve();
          }
          sleepers.add(done);
        });
      }
    }
  }

  return {
    wake() {
      for (const wakeOne of [...sleepers]) wakeOne();
    },
    runOnce,
    start() {
      if (loop) return;
      stopping = false;
      stopController = new AbortController();
      loop = Promise.all(Array.from({ length: loopConcurrency }, () => runLane()));
    },
    async stop() {
      stopping = true;
      stopController.abort();
      for (const wakeOne of [...sleepers]) wakeOne();
      await loop;
      await queue;
      loop = null;
    },
  };
}

type OutboxRow = Awaited<ReturnType<Db["outboxMessage"]["findFirstOrThrow"]>> & { patient: PatientGate | null };

/** Sleeps still waiting, so that stopping can end them all at once. */
const sleeping = new WeakMap<AbortSignal, Set<() => void>>();

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  let set = sleeping.get(signal);
  if (!set) {
    const created = new Set<() => void>();
    set = created;
    sleeping.set(signal, created);
    signal.addEventListener("abort", () => [...created].forEach((wake) => wake()), { once: true });
  }
  const waiting = set;
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      waiting.delete(done);
      resolve();
    }
    waiting.add(done);
  });
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}
