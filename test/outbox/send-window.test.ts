import { describe, expect, it } from "vitest";
import { applyWindowOps, IN_FLIGHT_MAX_MS, windowLimitFor, type SenderWindow } from "../../src/outbox/send-window.js";

const empty = (): SenderWindow => ({ entries: [], blockedUntil: 0 });
const T0 = Date.parse("2026-12-03T08:00:00Z");

/** Seeded uniform [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("a sender's window", () => {
  it("turns a rate into the platform's window: whole sends per second, or one send per 1/rate seconds", () => {
    expect(windowLimitFor(20)).toEqual({ units: 20, windowMs: 1000 });
    expect(windowLimitFor(1)).toEqual({ units: 1, windowMs: 1000 });
    expect(windowLimitFor(0.5)).toEqual({ units: 1, windowMs: 2000 });
    expect(windowLimitFor(2.5)).toEqual({ units: 2, windowMs: 800 });
  });

  it("admits up to the limit, then says to ask again when the first answered send stops counting", () => {
    const limit = windowLimitFor(3);
    let { window, admissions } = applyWindowOps(empty(), [1, 2, 3, 4].map((n) => ({ type: "admit" as const, id: `e${n}`, cost: 1, limit, nowMs: T0 })));
    expect(admissions).toEqual([{ admitted: true }, { admitted: true }, { admitted: true }, { admitted: false, retryAtMs: T0 + 25 }]);
    // Unanswered, the sends hold the room (ask again shortly); the answers set when each frees.
    ({ window } = applyWindowOps(window, [
      { type: "answered", id: "e2", endMs: T0 + 40, limit },
      { type: "answered", id: "e1", endMs: T0 + 60, limit },
    ]));
    ({ admissions } = applyWindowOps(window, [{ type: "admit", id: "e5", cost: 1, limit, nowMs: T0 + 100 }]));
    expect(admissions).toEqual([{ admitted: false, retryAtMs: T0 + 1040 }]);
    ({ window, admissions } = applyWindowOps(window, [{ type: "admit", id: "e5", cost: 1, limit, nowMs: T0 + 1040 }]));
    expect(admissions).toEqual([{ admitted: true }]);
    expect(window.entries.map((e) => e.id).sort()).toEqual(["e1", "e3", "e5"]);
  });

  it("counts a send nobody answered (its replica died) until the in-flight limit and a window have passed", () => {
    const limit = windowLimitFor(1);
    const { window } = applyWindowOps(empty(), [{ type: "admit", id: "lost", cost: 1, limit, nowMs: T0 }]);
    expect(applyWindowOps(window, [{ type: "admit", id: "x", cost: 1, limit, nowMs: T0 + IN_FLIGHT_MAX_MS + 999 }]).admissions[0]!.admitted).toBe(false);
    expect(applyWindowOps(window, [{ type: "admit", id: "x", cost: 1, limit, nowMs: T0 + IN_FLIGHT_MAX_MS + 1000 }]).admissions[0]).toEqual({ admitted: true });
  });

  it("lets a message longer than the limit go alone, and counts it for as many windows as it has units", () => {
    const limit = windowLimitFor(1);
    const { window: first, admissions } = applyWindowOps(empty(), [{ type: "admit", id: "long", cost: 3, limit, nowMs: T0 }]);
    expect(admissions).toEqual([{ admitted: true }]);
    const { window } = applyWindowOps(first, [{ type: "answered", id: "long", endMs: T0 + 10, limit }]);
    expect(applyWindowOps(window, [{ type: "admit", id: "next", cost: 1, limit, nowMs: T0 + 20 }]).admissions).toEqual([{ admitted: false, retryAtMs: T0 + 3010 }]);
  });

  it("merges one turn's admissions under one id into one entry, answered at once", () => {
    const limit = windowLimitFor(10);
    const { window } = applyWindowOps(empty(), [1, 2, 3].map(() => ({ type: "admit" as const, id: "turn", cost: 1, limit, nowMs: T0 })));
    expect(window.entries).toHaveLength(1);
    expect(window.entries[0]!.units).toBe(3);
  });

  it("admits nothing while the platform's slow-down lasts", () => {
    const limit = windowLimitFor(10);
    const blocked = { entries: [], blockedUntil: T0 + 500 };
    expect(applyWindowOps(blocked, [{ type: "admit", id: "a", cost: 1, limit, nowMs: T0 }]).admissions).toEqual([{ admitted: false, retryAtMs: T0 + 500 }]);
  });

  // The window's promise, checked on simulated replicas: each send reaches the platform at some
  // instant between its admission and its answer, however late; no rolling window at the
  // platform ever holds more than the limit.
  it.each([
    { rate: 20, replicas: 3, maxDelayMs: 300, seed: 1 },
    { rate: 1, replicas: 2, maxDelayMs: 2_000, seed: 2 },
    { rate: 7.5, replicas: 4, maxDelayMs: 120, seed: 3 },
  ])("never lets $replicas replicas exceed $rate/s at the platform, with sends up to $maxDelayMs ms late", ({ rate, replicas, maxDelayMs, seed }) => {
    const limit = windowLimitFor(rate);
    const random = prng(seed);
    let window = empty();
    const arrivals: number[] = [];
    type Event = { at: number; replica: number } & ({ kind: "ask" } | { kind: "answer"; id: string });
    const events: Event[] = Array.from({ length: replicas }, (_, replica) => ({ at: T0 + random() * 50, replica, kind: "ask" as const }));
    let sends = 0;
    while (sends < 400) {
      events.sort((a, b) => a.at - b.at);
      const event = events.shift()!;
      if (event.kind === "answer") {
        window = applyWindowOps(window, [{ type: "answered", id: event.id, endMs: event.at, limit }]).window;
        continue;
      }
      const id = `s${sends}-${event.replica}`;
      const applied = applyWindowOps(window, [{ type: "admit", id, cost: 1, limit, nowMs: event.at }]);
      window = applied.window;
      const admission = applied.admissions[0]!;
      if (admission.admitted) {
        sends++;
        const arrival = event.at + random() * maxDelayMs;
        arrivals.push(arrival);
        events.push({ at: arrival + random() * maxDelayMs, replica: event.replica, kind: "answer", id });
        events.push({ at: event.at + random() * 5, replica: event.replica, kind: "ask" });
      } else {
        events.push({ at: admission.retryAtMs + random() * 3, replica: event.replica, kind: "ask" });
      }
    }
    arrivals.sort((a, b) => a - b);
    const mostInAWindow = Math.max(...arrivals.map((at, i) => arrivals.filter((other, j) => j >= i && other < at + limit.windowMs).length));
    expect(mostInAWindow).toBe(limit.units);
  });

  it("uses the limit but for each send's round trip: 20/s with 10 ms answers from three replicas", () => {
    const limit = windowLimitFor(20);
    let window = empty();
    const starts: number[] = [];
    const answers: Array<{ at: number; id: string }> = [];
    let now = T0;
    while (starts.length < 400) {
      for (const answer of answers.filter((a) => a.at <= now)) window = applyWindowOps(window, [{ type: "answered", id: answer.id, endMs: answer.at, limit }]).window;
      answers.splice(0, answers.length, ...answers.filter((a) => a.at > now));
      const id = `s${starts.length}`;
      const applied = applyWindowOps(window, [{ type: "admit", id, cost: 1, limit, nowMs: now }]);
      window = applied.window;
      const admission = applied.admissions[0]!;
      if (admission.admitted) {
        starts.push(now);
        answers.push({ at: now + 10, id });
      } else now = Math.min(admission.retryAtMs, ...answers.map((a) => a.at));
    }
    const perSecond = ((starts.length - 1) / (starts.at(-1)! - starts[0]!)) * 1000;
    expect(perSecond).toBeGreaterThan(0.95 * 20);
    expect(perSecond).toBeLessThanOrEqual(20 * 1.06);
  });
});
