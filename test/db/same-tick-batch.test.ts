import { describe, expect, it } from "vitest";
import { sameTickBatch } from "../../src/db/same-tick-batch.js";

/** A flush that records its batches and finishes only when the test releases it. */
function gatedFlush() {
  const batches: number[][] = [];
  const releases: Array<() => void> = [];
  let running = 0;
  let mostAtOnce = 0;
  const flush = async (items: number[]) => {
    batches.push(items);
    mostAtOnce = Math.max(mostAtOnce, ++running);
    await new Promise<void>((resolve) => releases.push(resolve));
    running--;
    return items.map((n) => n * 10);
  };
  return { flush, batches, releases, mostAtOnce: () => mostAtOnce };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("calls batched per turn of the event loop", () => {
  it("flushes one turn's calls together, each answered with its own result", async () => {
    const gate = gatedFlush();
    const call = sameTickBatch(gate.flush);
    const answers = Promise.all([call(1), call(2), call(3)]);
    await nextTurn();
    gate.releases.shift()!();
    expect(await answers).toEqual([10, 20, 30]);
    expect(gate.batches).toEqual([[1, 2, 3]]);
  });

  it("one at a time: calls made while a flush runs wait for it and go together in the next", async () => {
    const gate = gatedFlush();
    const call = sameTickBatch(gate.flush, { oneAtATime: true });
    const first = call(1);
    await nextTurn();
    const later = Promise.all([call(2), call(3)]);
    await nextTurn();
    await nextTurn();
    expect(gate.batches).toEqual([[1]]);
    gate.releases.shift()!();
    expect(await first).toBe(10);
    while (gate.releases.length === 0) await nextTurn();
    gate.releases.shift()!();
    expect(await later).toEqual([20, 30]);
    expect(gate.batches).toEqual([[1], [2, 3]]);
    expect(gate.mostAtOnce()).toBe(1);
  });
});
