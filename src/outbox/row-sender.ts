import type { Channel, ChannelName, OutboundMessage } from "../channels/channel.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { retryDelayMs } from "../scheduling/backoff.js";
import { finishClaim, renewClaim } from "./claim.js";
import type { MonotonicClock } from "./monotonic.js";
import { anotherRowInSameDoubt, currentPatientGate, platformIdsOwnedByOthers, postponeRecovery, createSentRecorder, type OutboxRow } from "./claimed-rows.repo.js";
import { pace, slowDown } from "./paced-wait.js";
import type { SendPacer } from "./pacing.js";
import type { SendBudget, SendTicket } from "./send-budget.repo.js";
import { outbound, ownRoute, route, type Channels, type Route } from "./routing.js";
import { afterSend, beforeSend, gate, isGated, type RetryPolicy, type SendOutcome } from "./send-rules.js";

export type Outcome = "sent" | "retried" | "failed" | "expired" | "cancelled" | "deferred" | "confirmed" | "uncertain";

export interface RowSenderDeps {
  db: Db;
  channels: Channels;
  log: Logger;
  clock: () => Date;
  monotonic: MonotonicClock;
  pacer: SendPacer;
  budget?: SendBudget;
  policy: RetryPolicy;
  leaseMs: number;
  maxPaceWaitMs: number;
  noChannelRetryMs: number;
  onPermanentOptOut(patientId: string, channel: ChannelName): Promise<void>;
  loop: { readonly stopping: boolean; readonly signal: AbortSignal };
}

/** Platform messages other rows own are looked up this far back (findSent looks a minute back). */
const CLAIMED_LOOKBACK_MS = 10 * 60_000;
/** Consent read with the claim is trusted this long; a row that waited longer reads it again before its send. */
const GATE_FRESH_MS = 1_000;

/** Sends one claimed row, or recovers one a dead worker left mid-send. Every write is fenced by the claim. */
export function createRowSender(deps: RowSenderDeps) {
  const { db, channels, log, clock } = deps;
  const recordSent = createSentRecorder(db);

  async function finish(row: OutboxRow, data: Parameters<typeof finishClaim>[2]): Promise<boolean> {
    const held = await finishClaim(db, row, data);
    if (!held) log.warn({ outboxId: row.id, status: data.status }, "claim lost; another worker has the row, nothing recorded");
    return held;
  }

  /** `fresh`: the outcome is this send's own answer, not a platform message found after a crash. */
  async function settle(row: OutboxRow, r: Route, outcome: SendOutcome, attempted: boolean, fresh = false): Promise<Outcome> {
    const decision = afterSend(row, outcome, clock(), deps.policy);
    const logFields = { outboxId: row.id, kind: row.kind, channel: r.channel, attempts: row.attempts + 1 };
    switch (decision.status) {
      case "sent": {
        const held = await recordSent(row, { platformMessageId: decision.platformMessageId, channel: r.channel, address: r.address, attempted, fresh, now: clock() });
        if (!held) log.warn({ outboxId: row.id }, "claim lost during the send; another worker has the row, the send is not recorded");
        return held ? "sent" : "deferred";
      }
      case "uncertain":
        await finish(row, { status: "uncertain", lastError: decision.lastError, unconfirmedAt: null });
        log.warn({ ...logFields, claimedBy: row.claimedBy }, "outbox row may or may not have been sent; marked uncertain for a human");
        return "uncertain";
      case "pending": {
        const { error } = decision;
        if (decision.slowDownMs !== null) await slowDown(deps, r.channel, r.address, row.body, decision.slowDownMs);
        const base = { attempts: row.attempts + 1, channel: r.channel, address: r.address };
        await finish(row, { ...base, status: "pending", nextAttemptAt: decision.nextAttemptAt, lastError: decision.lastError, unconfirmedAt: decision.unconfirmedAt });
        log.info({ ...logFields, reason: error.reason, platformCode: error.options.platformCode, retryInMs: decision.retryInMs }, "send failed; will retry");
        return "retried";
      }
      case "failed":
      case "expired": {
        const base = { attempts: row.attempts + 1, channel: r.channel, address: r.address };
        if (!(await finish(row, { ...base, status: decision.status, lastError: decision.lastError, unconfirmedAt: null }))) return "deferred";
        log.warn({ ...logFields, reason: decision.error.reason, platformCode: decision.error.options.platformCode, status: decision.status }, "send failed for good");
        if (decision.platformOptOut && row.patientId) {
          try {
            await deps.onPermanentOptOut(row.patientId, r.channel);
          } catch (err) {
            log.error({ err, outboxId: row.id }, "recording a platform opt-out failed");
          }
        }
        return decision.status;
      }
    }
  }

  /**
   * Whether the row's earlier attempt reached the platform. A platform message is claimed for at
   * most one row: ids other rows own are excluded, and while another row with the same text to the
   * same recipient is in the same doubt, a match could be either's.
   */
  async function askPlatform(row: OutboxRow, channel: Channel, message: OutboundMessage): Promise<SendOutcome | null> {
    const owned = await platformIdsOwnedByOthers(db, row, new Date(row.createdAt.getTime() - CLAIMED_LOOKBACK_MS));
    const found = await channel.findSent!(message, row.createdAt, owned);
    if (!found) return null;
    return (await anotherRowInSameDoubt(db, row)) ? { ambiguous: true } : { sent: found };
  }

  /** The send admitted by the sender's shared window is over: its room frees a window from now. */
  async function answerTicket(ticket: SendTicket): Promise<void> {
    try {
      await deps.budget!.answered(ticket, clock().getTime());
    } catch (err) {
      log.warn({ err }, "recording a send's answer in the shared send window failed; its room frees after the in-flight limit");
    }
  }

  /** Renews the claim over the time the send needs; false: another worker has the row. */
  async function holdUntil(row: OutboxRow, until: number): Promise<boolean> {
    if (await renewClaim(db, row.id, row.claimedBy!, new Date(until))) return true;
    log.warn({ outboxId: row.id }, "claim lost before send; another worker has the row");
    return false;
  }

  async function dispatchRow(row: OutboxRow): Promise<Outcome> {
    const now = clock();
    const stop = beforeSend(row, row.patient, now);
    if (stop) {
      await finish(row, { ...stop, unconfirmedAt: null });
      if (stop.status === "expired") log.info({ outboxId: row.id, kind: row.kind }, "outbox row expired unsent");
      return stop.status;
    }
    const r = await route(db, channels, row);
    if (!r) {
      const lastError = `no enabled channel can reach this recipient (row channel ${row.channel})`;
      await finish(row, { status: "pending", nextAttemptAt: new Date(now.getTime() + deps.noChannelRetryMs), lastError, unconfirmedAt: null });
      log.warn({ outboxId: row.id, channel: row.channel }, "no enabled channel for outbox row; kept pending");
      return "deferred";
    }
    const channel = channels[r.channel]!;
    const message = outbound(row, r);

    if (row.unconfirmedAt !== null && channel.findSent && r.channel === row.channel) {
      const answer = await askPlatform(row, channel, message);
      if (answer) {
        const outcome = await settle(row, r, answer, false);
        if (outcome === "sent") log.info({ outboxId: row.id }, "earlier attempt had gone out after all; not resending");
        return outcome === "sent" ? "confirmed" : outcome;
      }
    }
    // Consent may have changed since the row was loaded (an opt-out is honoured at once).
    const fresh = isGated(row) && clock().getTime() - row.loadedAt.getTime() > GATE_FRESH_MS ? gate(row, await currentPatientGate(db, row.patientId!), clock()) : null;
    if (fresh) {
      await finish(row, { ...fresh, unconfirmedAt: null });
      return "cancelled";
    }
    // The lease must cover the pacing wait (≤ maxPaceWaitMs) and the send; the claim's own lease
    // (longer than both) does unless the row waited long in its batch. Nothing but the send itself happens after the rate
    // slot, so database latency cannot bunch sends together.
    let heldUntil = row.claimedUntil?.getTime() ?? 0;
    if (clock().getTime() + deps.maxPaceWaitMs + deps.leaseMs / 2 > heldUntil) {
      heldUntil = clock().getTime() + deps.maxPaceWaitMs + deps.leaseMs;
      if (!(await holdUntil(row, heldUntil))) return "deferred";
    }
    const paced = await pace(deps, row, r);
    if ("giveUp" in paced) {
      // A row that waited its turn in a full shared window too long goes back for when the window
      // expects room, and is claimed again first; otherwise it waits out another pacing wait.
      const retryAt = deps.loop.stopping ? clock().getTime() : (paced.retryAtMs ?? clock().getTime() + deps.maxPaceWaitMs);
      await finish(row, { status: "pending", nextAttemptAt: new Date(retryAt) });
      return "deferred";
    }
    let outcome: SendOutcome;
    try {
      // The fence before the platform call. Nobody recovers the row before `heldUntil`; a send
      // leaves only with half a lease of it to spare. Otherwise (the wait was long, or the process
      // stalled and its clock jumped) the claim is confirmed in the database again, and a claim
      // another worker has taken meanwhile sends nothing.
      while (clock().getTime() + deps.leaseMs / 2 > heldUntil) {
        heldUntil = clock().getTime() + deps.leaseMs;
        if (!(await holdUntil(row, heldUntil))) return "deferred";
      }
      try {
        outcome = { sent: (await channel.send(message)).platformMessageId };
      } catch (error) {
        outcome = { failed: error };
      }
      deps.pacer.settle(r.channel, r.address, paced.admittedAt, deps.monotonic.now());
    } finally {
      if (paced.ticket) await answerTicket(paced.ticket);
    }
    return settle(row, r, outcome, true, true);
  }

  /** A row left `sending` by a dead worker: find out from the platform instead of resending blindly. */
  async function recoverRow(row: OutboxRow): Promise<Outcome> {
    const channel = channels[row.channel as ChannelName];
    const r = ownRoute(row);
    if (!channel?.findSent) return settle(row, r, { unknown: true }, false);
    try {
      const answer = await askPlatform(row, channel, outbound(row, r));
      if (answer) {
        const outcome = await settle(row, r, answer, true);
        if (outcome === "sent") log.info({ outboxId: row.id }, "recovered row had been sent; marked sent");
        return outcome === "sent" ? "confirmed" : outcome;
      }
      await finish(row, { status: "pending", nextAttemptAt: clock() });
      log.info({ outboxId: row.id }, "recovered row was never sent; queued again");
      return "deferred";
    } catch (err) {
      await postponeRecovery(db, row, new Date(clock().getTime() + retryDelayMs(1, { ...deps.policy.backoff, random: deps.policy.random })));
      log.warn({ outboxId: row.id, err }, "could not ask the platform about a recovered row; will ask again");
      return "deferred";
    }
  }

  return { dispatchRow, recoverRow };
}
