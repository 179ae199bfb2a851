import { describe, expect, it } from "vitest";
import { createWorkerLoop } from "../../src/outbox/worker-loop.js";
import { virtualTime } from "../support/virtual-time.js";

describe("the worker loop", () => {
  function aLoop(results: Array<number | Error>, concurrency = 1) {
    const time = virtualTime("2026-03-10T14:00:00.000Z");
    const errors: unknown[] = [];
    let rounds = 0;
    const loop = createWorkerLoop({
      round: async () => {
        const next = results[rounds++] ?? 0;
        if (next instanceof Error) throw next;
        return next;
      },
      busy: (claimed) => claimed >= 10,
      onError: (error) => errors.push(error),
      pollIntervalMs: 1_000,
      concurrency,
      clock: time.monotonic,
    });
    return { loop, time, errors, rounds: () => rounds };
  }

  it("runs busy rounds back to back, then sleeps the poll interval", async () => {
    const { loop, time, rounds } = aLoop([10, 10, 3]);
    loop.start();
    await time.sleeping(1);
    expect(rounds()).toBe(3);
    time.advance(999);
    expect(rounds()).toBe(3);
    time.advance(1);
    await time.sleeping(1);
    expect(rounds()).toBe(4);
    await loop.stop();
  });

  it("wake() ends the idle sleep at once", async () => {
    const { loop, time, rounds } = aLoop([]);
    loop.start();
    await time.sleeping(1);
    loop.wake();
    await time.sleeping(1);
    expect(rounds()).toBe(2);
    expect(time.elapsed()).toBe(0);
    await loop.stop();
  });

  it("reports a failed round and carries on", async () => {
    const { loop, time, errors, rounds } = aLoop([new Error("database is busy"), 10]);
    loop.start();
    await time.sleeping(1);
    expect(errors).toEqual([new Error("database is busy")]);
    time.advance(1_000);
    await time.sleeping(1);
    expect(rounds()).toBe(3); // the failed one; after the sleep the busy one and, at once, the next
    await loop.stop();
  });

  it("serializes runOnce calls, and stop() ends sleeping lanes and aborts the signal", async () => {
    const { loop, time, rounds } = aLoop([1, 2, 3, 4], 2);
    expect(await Promise.all([loop.runOnce(), loop.runOnce()])).toEqual([1, 2]);
    loop.start();
    await time.sleeping(2);
    expect(rounds()).toBe(4);
    await loop.stop();
    expect(loop.stopping).toBe(true);
    expect(loop.signal.aborted).toBe(true);
  });
});
