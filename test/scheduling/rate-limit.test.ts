import { describe, expect, it } from "vitest";
import { createRateLimiter, createTelegramRateLimiter } from "../../src/scheduling/rate-limit.js";

describe("createRateLimiter (GCRA)", () => {
  it.each([
    // [rate, burst, [key, nowMs][] , expected waits]
    ["1/s, no burst: queued sends space out by a second", 1, 1, [["a", 0], ["a", 0], ["a", 0]], [0, 1_000, 2_000]],
    ["1/s, burst 3: three at once, then one a second", 1, 3, [["a", 0], ["a", 0], ["a", 0], ["a", 0], ["a", 0]], [0, 0, 0, 1_000, 2_000]],
    ["the bucket refills while idle", 1, 2, [["a", 0], ["a", 0], ["a", 5_000], ["a", 5_000], ["a", 5_000]], [0, 0, 0, 0, 1_000]],
    ["partial refill", 1, 1, [["a", 0], ["a", 400]], [0, 600]],
    ["keys are independent", 1, 1, [["a", 0], ["b", 0], ["a", 0], ["b", 0]], [0, 0, 1_000, 1_000]],
    ["fractional intervals round up, never early", 30, 1, [["a", 0], ["a", 0], ["a", 0]], [0, 34, 67]],
    ["30/s with burst 30: the 31st waits one interval", 30, 30, Array.from({ length: 31 }, () => ["a", 0] as const), [...Array(30).fill(0), 34]],
    ["a clock that steps back does not free capacity", 1, 1, [["a", 10_000], ["a", 9_000]], [0, 2_000]],
  ] as const)("%s", (_label, ratePerSecond, burst, calls, expected) => {
    const limiter = createRateLimiter({ ratePerSecond, burst });
    expect(calls.map(([key, now]) => limiter.reserve(key, now))).toEqual(expected);
  });

  it("peek answers without booking", () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1 });
    expect(limiter.reserve("a", 0)).toBe(0);
    expect(limiter.peek("a", 0)).toBe(1_000);
    expect(limiter.peek("a", 0)).toBe(1_000);
    expect(limiter.reserve("a", 0)).toBe(1_000);
  });

  it("tryAcquire books only when it says go", () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1 });
    expect(limiter.tryAcquire("a", 0)).toBe(0);
    expect(limiter.tryAcquire("a", 100)).toBe(900);
    expect(limiter.tryAcquire("a", 500)).toBe(500); // the refused try above booked nothing
    expect(limiter.tryAcquire("a", 1_000)).toBe(0);
  });

  it("forgets idle keys once it holds too many", () => {
    const limiter = createRateLimiter({ ratePerSecond: 10, burst: 1, maxKeys: 100 });
    for (let i = 0; i < 100; i++) limiter.reserve(`k${i}`, 0);
    expect(limiter.size).toBe(100);
    limiter.reserve("late", 10_000);
    expect(limiter.size).toBe(1);
  });

  it.each([
    [{ ratePerSecond: 0, burst: 1 }],
    [{ ratePerSecond: -1, burst: 1 }],
    [{ ratePerSecond: 1, burst: 0 }],
    [{ ratePerSecond: 1, burst: 1.5 }],
  ])("rejects %j", (options) => {
    expect(() => createRateLimiter(options)).toThrow(RangeError);
  });
});

describe("createTelegramRateLimiter", () => {
  it("holds one chat to one message a second without stalling other chats", () => {
    const limiter = createTelegramRateLimiter();
    expect(limiter.tryAcquire("chat-a", 0)).toBe(0);
    for (let i = 0; i < 10; i++) expect(limiter.tryAcquire("chat-a", 50)).toBe(950);
    // Ten refused sends to chat A booked nothing: chat B waits only for the bot-wide pacing.
    expect(limiter.tryAcquire("chat-b", 50)).toBe(0);
    expect(limiter.tryAcquire("chat-c", 50)).toBe(34); // one 33.3 ms pacing interval after chat B
    expect(limiter.tryAcquire("chat-a", 1_000)).toBe(0);
  });

  it("keeps separate bots apart", () => {
    const limiter = createTelegramRateLimiter();
    expect(limiter.tryAcquire("chat-a", 0, "bot-1")).toBe(0);
    expect(limiter.tryAcquire("chat-a", 0, "bot-2")).toBe(0);
    expect(limiter.peek("chat-a", 0, "bot-1")).toBe(1_000);
  });

  it("under a flood, never exceeds 30/s overall or 1/s per chat, and keeps the pipe full", () => {
    const limiter = createTelegramRateLimiter();
    // 60 chats with 10 messages each, all queued at t = 0; the dispatcher polls every ms.
    const queue = Array.from({ length: 600 }, (_, i) => ({ chat: `chat-${i % 60}`, retryAt: 0 }));
    const sends: Array<{ chat: string; t: number }> = [];
    for (let t = 0; t <= 30_000 && queue.length > 0; t++) {
      for (let i = 0; i < queue.length; ) {
        const m = queue[i]!;
        if (m.retryAt > t) {
          i++;
          continue;
        }
        const wait = limiter.tryAcquire(m.chat, t);
        if (wait === 0) {
          sends.push({ chat: m.chat, t });
          queue.splice(i, 1);
        } else {
          m.retryAt = t + wait;
          i++;
        }
      }
    }
    expect(queue).toHaveLength(0);
    // Any one-second window [t, t + 1000) holds at most 30 sends.
    for (let i = 30; i < sends.length; i++) {
      expect(sends[i]!.t - sends[i - 30]!.t).toBeGreaterThanOrEqual(1_000);
    }
    const byChat = new Map<string, number[]>();
    for (const s of sends) byChat.set(s.chat, [...(byChat.get(s.chat) ?? []), s.t]);
    for (const times of byChat.values()) {
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1_000);
    }
    // 600 messages at 30/s take about 20 s; the limiter should not leave much on the table.
    expect(sends.at(-1)!.t).toBeLessThan(20_500);
  });
});
