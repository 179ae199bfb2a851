import type { ChannelName } from "../channels/channel.js";
import type { MonotonicClock } from "./monotonic.js";
import type { OutboxRow } from "./claimed-rows.repo.js";
import type { SenderBudget, SendPacer } from "./pacing.js";
import type { Route } from "./routing.js";
import type { SendBudget, SendTicket } from "./send-budget.repo.js";

export interface PaceDeps {
  /** Wall time: the shared windows hold instants every replica reads alike. */
  clock: () => Date;
  monotonic: MonotonicClock;
  pacer: SendPacer;
  /** Sender-wide limits shared by replicas; absent: pacing is per process only. */
  budget?: SendBudget;
  maxPaceWaitMs: number;
  loop: { readonly stopping: boolean; readonly signal: AbortSignal };
}

/**
 * What pacing decided for a row: send now (`admittedAt`, the instant it was admitted, and the
 * ticket to answer in the sender's shared window once the send is answered), or put it back to
 * pending when the wait would be long or the process is shutting down — with the instant the
 * sender's shared window expects room (`retryAtMs`, wall time) when it was the one that was full.
 */
export type Paced = { admittedAt: number; ticket: SendTicket | null } | { giveUp: "busy"; retryAtMs?: number };

/**
 * Waits for the row's rate slots on the injected monotonic clock: per-process ones (a chat, a
 * conversation, a penalty), then the sender's shared window.
 */
export async function pace(deps: PaceDeps, row: OutboxRow, r: Route): Promise<Paced> {
  const { monotonic, pacer, maxPaceWaitMs, loop } = deps;
  const deadline = monotonic.now() + maxPaceWaitMs;
  const busy = { giveUp: "busy" } as const;
  while (!loop.stopping) {
    const reservation = pacer.reserve(r.channel, r.address, row.body, monotonic.now(), maxPaceWaitMs);
    if (reservation === null) return busy;
    if ("askAgainInMs" in reservation) {
      await monotonic.sleep(reservation.askAgainInMs, loop.signal);
      continue;
    }
    if (reservation.goInMs > 0) await monotonic.sleep(reservation.goInMs, loop.signal);
    const budget = pacer.senderBudget(r.channel, row.body);
    const ticket = budget && deps.budget ? await sharedAdmission(deps, deps.budget, budget, deadline) : null;
    if (ticket !== null && "giveUp" in ticket) return ticket;
    // The last check, on the instants this process's sends really left; the send follows with no await between.
    for (;;) {
      const at = monotonic.now();
      const wait = pacer.admit(r.channel, r.address, row.body, at);
      if (wait === 0) return { admittedAt: at, ticket };
      if (loop.stopping || at + wait > deadline) {
        if (ticket) await deps.budget!.answered(ticket, deps.clock().getTime());
        return busy;
      }
      await monotonic.sleep(wait, loop.signal);
    }
  }
  return busy;
}

/** Asks the sender's shared window until it admits the send (its ticket), or gives up when that would pass the deadline. */
async function sharedAdmission(deps: PaceDeps, store: SendBudget, budget: SenderBudget, deadline: number): Promise<SendTicket | { giveUp: "busy"; retryAtMs?: number }> {
  const { clock, monotonic, loop } = deps;
  while (!loop.stopping) {
    const answer = await store.admit(budget.key, budget.cost, budget.limit);
    if ("ticket" in answer) {
      if (!loop.stopping) return answer.ticket;
      await store.answered(answer.ticket, clock().getTime());
      break;
    }
    const wait = Math.max(1, answer.retryAtMs - clock().getTime());
    if (monotonic.now() + wait > deadline) return { giveUp: "busy", retryAtMs: answer.retryAtMs };
    await monotonic.sleep(wait, loop.signal);
  }
  return { giveUp: "busy" };
}

/** The platform said slow down: this process and, for a sender-wide budget, every replica. */
export async function slowDown(deps: PaceDeps, channel: ChannelName, address: string, text: string, ms: number): Promise<void> {
  deps.pacer.penalize(channel, address, deps.monotonic.now() + ms);
  const budget = deps.pacer.senderBudget(channel, text);
  if (budget && deps.budget) await deps.budget.delay(budget.key, deps.clock().getTime() + ms, budget.limit);
}
