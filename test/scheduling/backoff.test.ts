import { describe, expect, it } from "vitest";
import { decideRetry, retryDelayMs } from "../../src/scheduling/backoff.js";
import { at } from "./fixtures.js";

const fixed = (r: number) => () => r;
const base = { baseMs: 1_000, maxMs: 30_000 };

describe("retryDelayMs", () => {
  it.each([
    // [attempt, random, retryAfterMs, expected]
    [1, 0.5, undefined, 500],
    [2, 0.5, undefined, 1_000],
    [3, 0.999, undefined, 3_996],
    [5, 0.5, undefined, 8_000],
    [6, 0.5, undefined, 15_000], // 32 s ceiling capped at 30 s
    [10, 0.5, undefined, 15_000],
    [2_000, 0.5, undefined, 15_000], // 2^1999 overflows to Infinity; still capped
    [0, 0.5, undefined, 500], // treated as the first retry
    [-3, 0.5, undefined, 500],
    [1, 0, undefined, 0], // full jitter may retry at once
    [1, 1, undefined, 1_000], // a misbehaving random() is clamped
    [1, Number.NaN, undefined, 0],
    [4, 0.1, 5_000, 5_000], // retry-after is a floor
    [4, 0.9, 2_000, 7_200], // jitter above the floor wins
    [20, 0.1, 120_000, 120_000], // honoured beyond maxMs
    [1, 0.5, 1_500.2, 1_501],
  ] as const)("attempt %i, random %s, retry-after %s → %i ms", (attempt, r, retryAfterMs, expected) => {
    expect(retryDelayMs(attempt, { ...base, retryAfterMs, random: fixed(r) })).toBe(expected);
  });

  it("stays within [0, ceiling) for any random draw", () => {
    let seed = 42;
    const lcg = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(30_000, 1_000 * 2 ** (attempt - 1));
      for (let i = 0; i < 200; i++) {
        const d = retryDelayMs(attempt, { ...base, random: lcg });
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(ceiling);
      }
    }
  });
});

describe("decideRetry", () => {
  const notAfter = at("2026-06-10T20:59:59.999Z");
  it.each([
    ["retries while attempts remain and it is early enough", { attempt: 1, maxAttempts: 5, nextAt: at("2026-06-10T12:01:00Z") }, { action: "retry", at: at("2026-06-10T12:01:00Z") }],
    ["retrying exactly at notAfter is still allowed", { attempt: 4, maxAttempts: 5, nextAt: notAfter }, { action: "retry", at: notAfter }],
    ["expires when the next try would be late", { attempt: 2, maxAttempts: 5, nextAt: at("2026-06-10T21:00:00Z") }, { action: "expire", reason: "past-not-after" }],
    ["gives up after the last attempt", { attempt: 5, maxAttempts: 5, nextAt: at("2026-06-10T12:01:00Z") }, { action: "give-up", reason: "max-attempts" }],
    ["gives up even when also late", { attempt: 6, maxAttempts: 5, nextAt: at("2026-06-11T00:00:00Z") }, { action: "give-up", reason: "max-attempts" }],
  ] as const)("%s", (_label, input, expected) => {
    expect(decideRetry({ ...input, notAfter })).toEqual(expected);
  });
});
