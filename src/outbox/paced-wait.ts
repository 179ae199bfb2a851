import type { MonotonicClock } from "./monotonic.js";
import type { OutboxRow } from "./outbox.repo.js";
import type { SendPacer } from "./pacing.js";
import type { Route } from "./routing.js";

export interface PaceDeps {
  monotonic: MonotonicClock;
  pacer: SendPacer;
  maxPaceWaitMs: number;
  loop: { readonly stopping: boolean; readonly signal: AbortSignal };
}

/**
 * Waits for the row's rate slot on the injected monotonic clock. Returns the instant the send was
 * admitted, or null when it should go back to pending (the wait would be long, or shutting down).
 */
export async function pace(deps: PaceDeps, row: OutboxRow, r: Route): Promise<number | null> {
  const { monotonic, pacer, maxPaceWaitMs, loop } = deps;
  const deadline = monotonic.now() + maxPaceWaitMs;
  while (!loop.stopping) {
    const reservation = pacer.reserve(r.channel, r.address, row.body, monotonic.now(), maxPaceWaitMs);
    if (reservation === null) return null;
    if ("askAgainInMs" in reservation) {
      await monotonic.sleep(reservation.askAgainInMs, loop.signal);
      continue;
    }
    if (reservation.goInMs > 0) await monotonic.sleep(reservation.goInMs, loop.signal);
    // The last check, on the instants sends really left; the send follows with no await between.
    for (;;) {
      const at = monotonic.now();
      const wait = pacer.admit(r.channel, r.address, row.body, at);
      if (wait === 0) return at;
      if (loop.stopping || at + wait > deadline) return null;
      await monotonic.sleep(wait, loop.signal);
    }
  }
  return null;
}
