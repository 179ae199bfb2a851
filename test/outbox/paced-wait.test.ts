import { describe, expect, it } from "vitest";
import { pace, type PaceDeps } from "../../src/outbox/paced-wait.js";
import { createSendPacer } from "../../src/outbox/pacing.js";
import type { OutboxRow } from "../../src/outbox/claimed-rows.repo.js";
import type { Route } from "../../src/outbox/routing.js";
import type { SendBudget, SendTicket } from "../../src/outbox/send-budget.repo.js";
import { virtualTime } from "../support/virtual-time.js";

const row = { body: "Done and logged.", channel: "sms", address: "+15550001111" } as OutboxRow;
const route: Route = { channel: "sms", address: "+15550001111", conversationRef: null };

/** A shared window that answers each admission after `roundTripMs` of virtual time with what `answer` says for the instant asked. */
function windowAnswering(time: ReturnType<typeof virtualTime>, roundTripMs: number, answer: (askedAtMs: number) => number | "admit") {
  const asked: number[] = [];
  const answered: SendTicket[] = [];
  const budget: SendBudget = {
    async admit(key, _cost, limit) {
      const nowMs = time.clock().getTime();
      asked.push(nowMs);
      time.advance(roundTripMs);
      const decision = answer(nowMs);
      return decision === "admit" ? { ticket: { key, entryId: `e${asked.length}`, limit } } : { retryAtMs: decision };
    },
    async answered(ticket) {
      answered.push(ticket);
    },
    async delay() {},
  };
  return { budget, asked, answered };
}

function depsWith(time: ReturnType<typeof virtualTime>, budget: SendBudget, loop = { stopping: false, signal: new AbortController().signal }): PaceDeps {
  return {
    clock: time.clock,
    monotonic: time.monotonic,
    pacer: createSendPacer({ sms: 10 }, { shared: true, senders: { sms: "+15550000000" } }),
    budget,
    maxPaceWaitMs: 10_000,
    loop,
  };
}

describe("pacing against the sender's shared window", () => {
  it("sends as soon as the window admits it, against the sender's key and the platform's own limit", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    const { budget } = windowAnswering(time, 2, () => "admit");
    const paced = await pace(depsWith(time, budget), row, route);
    expect(paced).toEqual({ admittedAt: 2, ticket: { key: "sms:+15550000000", entryId: "e1", limit: { units: 10, windowMs: 1000 } } });
  });

  it("asks again at the instant the window named", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    const start = time.clock().getTime();
    const { budget, asked } = windowAnswering(time, 1, (at) => (at - start < 300 ? start + 300 : "admit"));
    const paced = await pace(depsWith(time, budget), row, route);
    expect(asked.map((at) => at - start)).toEqual([0, 300]);
    expect(paced).toMatchObject({ admittedAt: 301 });
  });

  it("says the sender is busy when the window has no room within the wait allowed, and when it expects some", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    const start = time.clock().getTime();
    const { budget, asked } = windowAnswering(time, 1, () => start + 20_000);
    expect(await pace(depsWith(time, budget), row, route)).toEqual({ giveUp: "busy", retryAtMs: start + 20_000 });
    expect(asked).toHaveLength(1);
  });

  it("gives back a send admitted while the process began to stop", async () => {
    const time = virtualTime("2026-12-03T08:00:00Z", { autoAdvance: true });
    const loop = { stopping: false, signal: new AbortController().signal };
    const { budget, answered } = windowAnswering(time, 1, () => {
      loop.stopping = true;
      return "admit";
    });
    expect(await pace(depsWith(time, budget, loop), row, route)).toEqual({ giveUp: "busy" });
    expect(answered).toHaveLength(1);
  });
});
