import type { ChannelName } from "../channels/channel.js";
import type { MonotonicClock } from "./monotonic.js";
import type { OutboxRow } from "./claimed-rows.repo.js";
import type { SenderBudget, SendPacer } from "./pacing.js";
import type { Route } from "./routing.js";
import type { SendBudget } from "./send-budget.repo.js";

export interface PaceDeps {
  /** Wall time: the shared budget's slots are instants every replica reads alike. */
  clock: () => Date;
  monotonic: MonotonicClock;
  pacer: SendPacer;
  /** Sender-wide budgets shared by replicas; absent: pacing is per process only. */
  budget?: SendBudget;
  maxPaceWaitMs: number;
  loop: { readonly stopping: boolean; readonly signal: AbortSignal };
}

/**
 * How late (ms) a send may leave after its shared slot. Later, it could bunch with another
 * replica's next send; it takes a fresh slot instead and the missed one stays unused. Well under
 * the 42 ms sends may be off their slots at RATE_SAFETY.
 */
const LATE_FOR_SLOT_MS = 15;
/** Slots booked for one send at most: on a machine that stalls again and again, the row waits for a later claim. */
const MAX_BOOKINGS = 3;
/** Bookings are made this far ahead at most, however slowly they have been coming back. */
const MAX_BOOKING_LEAD_MS = 100;

/**
 * How long a store's bookings take to come back (smoothed). A slot is booked that far ahead of the
 * asking instant, so that it is still ahead when the answer arrives: under load the booking waits
 * behind other statements, and a slot booked for "now" would already have passed.
 */
const bookingRoundTrips = new WeakMap<SendBudget, number>();

function bookingLead(store: SendBudget): number {
  return Math.min(MAX_BOOKING_LEAD_MS, bookingRoundTrips.get(store) ?? 0);
}

function observeRoundTrip(store: SendBudget, ms: number): void {
  const before = bookingRoundTrips.get(store);
  bookingRoundTrips.set(store, before === undefined ? ms : 0.8 * before + 0.2 * ms);
}

/**
 * What pacing decided for a row: send now (`admittedAt`, the instant it was admitted), or put it
 * back to pending — `busy` when the wait would be long (or shutting down), `missed` when its
 * shared slots kept passing before the process could use them (a stalled event loop): such a row
 * may be claimed again at once, since nothing says the sender is short of capacity.
 */
export type Paced = { admittedAt: number } | { giveUp: "busy" | "missed" };

/**
 * Waits for the row's rate slots on the injected monotonic clock: per-process ones (a chat, a
 * conversation, a penalty), then the sender's shared one.
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
    if (budget && deps.budget) {
      const slot = await sharedSlot(deps, deps.budget, budget, deadline);
      if (slot !== "taken") return { giveUp: slot };
    }
    // The last check, on the instants sends really left; the send follows with no await between.
    for (;;) {
      const at = monotonic.now();
      const wait = pacer.admit(r.channel, r.address, row.body, at);
      if (wait === 0) return { admittedAt: at };
      if (loop.stopping || at + wait > deadline) return busy;
      await monotonic.sleep(wait, loop.signal);
    }
  }
  return busy;
}

/**
 * Books the send in the sender's shared budget (ahead by the bookings' usual round trip) and
 * sleeps until its slot. A slot found past by more than LATE_FOR_SLOT_MS — when the booking comes
 * back (it waited longer than usual behind other statements) or after the sleep (the process
 * stalled) — is given up for a fresh one: sent that late it could bunch with the sends
 * booked after it. After MAX_BOOKINGS the slot is `missed`; `busy`: not within the deadline.
 */
async function sharedSlot(deps: PaceDeps, store: SendBudget, budget: SenderBudget, deadline: number): Promise<"taken" | "busy" | "missed"> {
  const { clock, monotonic, loop } = deps;
  for (let booking = 1; booking <= MAX_BOOKINGS && !loop.stopping; booking++) {
    const maxWaitMs = deadline - monotonic.now();
    if (maxWaitMs < 0) return "busy";
    const askedAt = clock().getTime();
    const lead = Math.min(bookingLead(store), maxWaitMs);
    const slot = await store.book(budget.key, budget.cost, budget.intervalMs, askedAt + lead, maxWaitMs - lead);
    observeRoundTrip(store, clock().getTime() - askedAt);
    if (slot === null) return "busy";
    const wait = slot - clock().getTime();
    if (wait > 0) await monotonic.sleep(wait, loop.signal);
    if (clock().getTime() - slot <= LATE_FOR_SLOT_MS) return loop.stopping ? "busy" : "taken";
  }
  return loop.stopping ? "busy" : "missed";
}

/** The platform said slow down: this process and, for a sender-wide budget, every replica. */
export async function slowDown(deps: PaceDeps, channel: ChannelName, address: string, text: string, ms: number): Promise<void> {
  deps.pacer.penalize(channel, address, deps.monotonic.now() + ms);
  const budget = deps.pacer.senderBudget(channel, text);
  if (budget && deps.budget) await deps.budget.delay(budget.key, deps.clock().getTime() + ms);
}
