import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createProcessingQueue } from "../../src/pipeline/processing-queue.js";

describe("processing queue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A batch that takes `ms` of (fake) time, recording the batches and when each started. */
  function recorder(ms = 5) {
    const batches: string[][] = [];
    const startedAt: number[] = [];
    const events: string[] = [];
    const process = async (messageIds: string[]) => {
      batches.push(messageIds);
      startedAt.push(Date.now());
      for (const id of messageIds) events.push(`start ${id}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      for (const id of messageIds) events.push(`end ${id}`);
    };
    return { batches, startedAt, events, process };
  }

  async function drain(queue: ReturnType<typeof createProcessingQueue>) {
    const idle = queue.idle();
    await vi.runAllTimersAsync();
    await idle;
  }

  it("batches different patients together and keeps one patient's messages in arrival order", async () => {
    const { batches, events, process } = recorder();
    const queue = createProcessingQueue(process, { concurrency: 1, batchSize: 8 });
    queue.push("x1", "xan");
    queue.push("a1", "ann");
    queue.push("a2", "ann");
    queue.push("b1", "ben");
    queue.push("c1", "cy");
    await drain(queue);
    expect(batches).toEqual([["x1"], ["a1", "b1", "c1"], ["a2"]]);
    expect(events.indexOf("end a1")).toBeLessThan(events.indexOf("start a2"));
    expect(queue.size).toBe(0);
  });

  it("never puts more than batchSize messages in a batch", async () => {
    const { batches, process } = recorder();
    const queue = createProcessingQueue(process, { concurrency: 1, batchSize: 3 });
    for (let i = 0; i < 7; i++) queue.push(`m${i}`, `patient${i}`);
    await drain(queue);
    expect(batches.map((b) => b.length)).toEqual([1, 3, 3]);
    expect(batches.flat().sort()).toEqual(["m0", "m1", "m2", "m3", "m4", "m5", "m6"]);
  });

  it("under a burst, starts one batch per defer period while a backlog waits, so webhooks come first", async () => {
    const { startedAt, batches, process } = recorder(1);
    const queue = createProcessingQueue(process, { concurrency: 2, batchSize: 2, underPressure: () => true, maxDeferMs: 250 });
    for (let i = 0; i < 10; i++) queue.push(`m${i}`, `patient${i}`);
    await drain(queue);
    // Which defer period each batch started in: the first two at once (no backlog yet), then one per
    // period while more than a batch waited, then the rest together.
    expect(batches.map((b) => b.length)).toEqual([1, 1, 2, 2, 2, 2]);
    expect(startedAt.map((at) => Math.floor((at - startedAt[0]!) / 250))).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it("one message at a time is processed at once, however busy the webhooks are", async () => {
    const { startedAt, process } = recorder();
    const queue = createProcessingQueue(process, { underPressure: () => true, maxDeferMs: 250 });
    for (const [i, messageId] of ["m1", "m2", "m3"].entries()) {
      const pushedAt = Date.now();
      queue.push(messageId, "ann");
      await drain(queue);
      expect(startedAt[i]! - pushedAt).toBe(0);
    }
  });

  it("under a backlog, takes a red flag (after its patient's earlier messages) before routine messages", async () => {
    const { batches, process } = recorder();
    const queue = createProcessingQueue(process, { concurrency: 1, batchSize: 2 });
    const screened: string[] = [];
    const screen = (id: string, flagged = false) => () => {
      screened.push(id);
      return flagged;
    };
    queue.push("r0", "p0", screen("r0"));
    for (let i = 1; i <= 5; i++) queue.push(`r${i}`, `p${i}`, screen(`r${i}`));
    queue.push("earlier", "pat", screen("earlier"));
    queue.push("flag", "pat", screen("flag", true));
    await drain(queue);
    expect(batches).toEqual([["r0"], ["earlier", "r1"], ["flag", "r2"], ["r3", "r4"], ["r5"]]);
    // Without a backlog nothing is screened: reading twice costs nothing when nothing waits.
    expect(screened).toEqual(["r3", "r4", "r5", "earlier", "flag"]);
  });
});
