import { describe, expect, it } from "vitest";
import { pace, type PaceDeps } from "../../src/outbox/paced-wait.js";
import { createSendPacer } from "../../src/outbox/pacing.js";
import type { OutboxRow } from "../../src/outbox/claimed-rows.repo.js";
import type { Route } from "../../src/outbox/routing.js";
import type { SendBudget } from "../../src/outbox/send-budget.repo.js";
import { virtualTime } from "../support/virtual-time.js";

const row = { body: "Done and logged.", channel: "sms", address: "+15550001111" } as OutboxRow;
const route: Route = { channel: "sms", address: "+15550001111", conversationRef: null };

/** A shared budget whose n-th booking takes `roundTripMs(n)` of virtual time and answers with the slot `slotFor` picks. */
function budgetAnswering(time: ReturnType<typeof virtualTime>, roundTripMs: number | ((booking: number) => number), slotFor: (askedAtMs: number) => number | null) {
  const booked: number[] = [];
  const asked: number[] = [];
  const budget: SendBudget = {
    async book(_key, _cost, _intervalMs, nowMs) {
      const slot = slotFor(nowMs);
      asked.push(nowMs);
      time.advance(typeof roundTripMs === "number" ? roundTripMs : roundTripMs(asked.length));
      if (slot !== null) booked.push(slot);
      return slot;
    },
    async delay() {},
  };
  return { budget, booked, asked };
}

function depsWith(time: ReturnType<typeof virtualTime>, budget: SendBudget): PaceDeps {
  return {
    clock: time.clock,
    monotonic: time.monotonic,
    pacer: createSendPacer({ sms: 10 }, { shared: true, senders: { sms: "+15550000000" } }),
    budget,
    maxPaceWaitMs: 10_000,
    loop: { stopping: false, signal: new AbortController().signal },
  };
}

describe("pacing against the shared sender budget", () => {
  it("admits the send at its slot when the booking comes back in time", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    const { budget, booked } = budgetAnswering(time, 2, (asked) => asked + 100);
    const paced = await pace(depsWith(time, budget), row, route);
    expect(paced).toEqual({ admittedAt: 100 });
    expect(booked).toHaveLength(1);
  });

  it("books ahead by the time bookings take to come back, so that a slow database does not make every slot late", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    // Every booking answers 40 ms after it was asked, with the slot it asked for: the first is 40 ms past.
    const { budget, booked, asked } = budgetAnswering(time, 40, (at) => at);
    const paced = await pace(depsWith(time, budget), row, route);
    expect(asked.map((at) => at - asked[0]!)).toEqual([0, 80]);
    expect(booked).toHaveLength(2);
    expect(paced).toEqual({ admittedAt: 80 });
  });

  it("gives a slot that passed while the process stalled up for a fresh one, and after three says it was missed, not that the sender is busy", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    // Each booking comes back later than the one before: every slot has passed by the time it arrives.
    const { budget, booked } = budgetAnswering(time, (n) => 40 * 4 ** n, (at) => at);
    const paced = await pace(depsWith(time, budget), row, route);
    expect(paced).toEqual({ giveUp: "missed" });
    expect(booked).toHaveLength(3);
  });

  it("says the sender is busy when the budget has no slot within the wait allowed", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    const { budget } = budgetAnswering(time, 2, () => null);
    expect(await pace(depsWith(time, budget), row, route)).toEqual({ giveUp: "busy" });
  });

  it("takes a fresh slot after a late one and sends on it", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    let bookings = 0;
    // The first answer is late (the database was slow once); the second is in time.
    const { budget } = budgetAnswering(time, 0, (asked) => (++bookings === 1 ? asked - 50 : asked + 20));
    const paced = await pace(depsWith(time, budget), row, route);
    expect(paced).toEqual({ admittedAt: 20 });
    expect(bookings).toBe(2);
  });
});
