import { describe, expect, it } from "vitest";
import { createArrivalRate } from "../../src/pipeline/arrival-rate.js";

describe("arrival rate", () => {
  const rate = (now: { ms: number }) => createArrivalRate({ windowMs: 50, threshold: 3, holdMs: 1000, now: () => now.ms });

  it("is busy once the threshold falls within one window, not when arrivals are spread out", () => {
    const now = { ms: 0 };
    const arrivals = rate(now);
    for (const at of [0, 60, 120, 180]) {
      now.ms = at;
      arrivals.record();
    }
    expect(arrivals.busy()).toBe(false);
    for (const at of [200, 210, 220]) {
      now.ms = at;
      arrivals.record();
    }
    expect(arrivals.busy()).toBe(true);
  });

  it("stays busy through a short pause in a burst, and eases a hold period after the last busy window", () => {
    const now = { ms: 0 };
    const arrivals = rate(now);
    for (const at of [0, 10, 20]) {
      now.ms = at;
      arrivals.record();
    }
    now.ms = 500; // nothing arrived for 480 ms
    expect(arrivals.busy()).toBe(true);
    now.ms = 1019;
    expect(arrivals.busy()).toBe(true);
    now.ms = 1020;
    expect(arrivals.busy()).toBe(false);
  });
});
