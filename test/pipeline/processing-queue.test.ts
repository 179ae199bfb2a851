import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createProcessingQueue } from "../../src/pipeline/processing-queue.js";

describe("processing queue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A job that takes `ms` of (fake) time, recording when each message started and finished. */
  function recorder(ms = 5) {
    const events: string[] = [];
    const startedAt = new Map<string, number>();
    const process = async (messageId: string) => {
      events.push(`start ${messageId}`);
      startedAt.set(messageId, Date.now());
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`end ${messageId}`);
    };
    return { events, startedAt, process };
  }

  it("keeps one patient's messages in arrival order while other patients run alongside", async () => {
    const { events, process } = recorder();
    const queue = createProcessingQueue(process, { concurrency: 4 });
    queue.push("a1", "ann");
    queue.push("a2", "ann");
    queue.push("b1", "ben");
    const idle = queue.idle();
    await vi.runAllTimersAsync();
    await idle;
    expect(events.indexOf("end a1")).toBeLessThan(events.indexOf("start a2"));
    expect(events.indexOf("start b1")).toBeLessThan(events.indexOf("end a1"));
    expect(queue.size).toBe(0);
  });

  it("under a burst, starts one message per defer period while a backlog waits, so webhooks come first", async () => {
    const { startedAt, process } = recorder(1);
    const queue = createProcessingQueue(process, { concurrency: 4, underPressure: () => true, maxDeferMs: 250 });
    for (let i = 0; i < 10; i++) queue.push(`m${i}`, `patient${i}`);
    const idle = queue.idle();
    await vi.runAllTimersAsync();
    await idle;
    const starts = [...startedAt.values()].sort((a, b) => a - b);
    // Which defer period each start fell in: four before a backlog formed, then one per period
    // while more than four waited, then the last four together.
    expect(starts.map((at) => Math.floor((at - starts[0]!) / 250))).toEqual([0, 0, 0, 0, 1, 2, 2, 2, 2, 2]);
  });

  it("one message at a time is processed at once, however busy the webhooks are", async () => {
    const { startedAt, process } = recorder();
    const queue = createProcessingQueue(process, { concurrency: 4, underPressure: () => true, maxDeferMs: 250 });
    for (const messageId of ["m1", "m2", "m3"]) {
      const pushedAt = Date.now();
      queue.push(messageId, "ann");
      const idle = queue.idle();
      await vi.runAllTimersAsync();
      await idle;
      expect(startedAt.get(messageId)! - pushedAt).toBe(0);
    }
  });
});
