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

  it("under a burst, runs one batch at a time while more than a batch waits, so webhooks come first", async () => {
    const { events, batches, process } = recorder(1);
    const queue = createProcessingQueue(process, { concurrency: 2, batchSize: 2, underPressure: () => true });
    for (let i = 0; i < 10; i++) queue.push(`m${i}`, `patient${i}`);
    await drain(queue);
    expect(batches).toEqual([["m0"], ["m1"], ["m2", "m3"], ["m4", "m5"], ["m6", "m7"], ["m8", "m9"]]);
    const at = (event: string) => events.indexOf(event);
    // The first two started at once (no backlog yet); with a backlog, one batch after the other.
    expect(at("start m1")).toBeLessThan(at("end m0"));
    expect(at("end m3")).toBeLessThan(at("start m4"));
    expect(at("end m5")).toBeLessThan(at("start m6"));
  });

  it("one message at a time is processed at once, however busy the webhooks are", async () => {
    const { startedAt, process } = recorder();
    const queue = createProcessingQueue(process, { underPressure: () => true });
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
    // (Screening runs after push returns, outside the webhook that queued the message.)
    expect(screened).toEqual(["r3", "r4", "r5", "earlier", "flag"]);
  });
});
