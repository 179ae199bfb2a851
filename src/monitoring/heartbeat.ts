/** The dashboard sends a heartbeat this often while a patient's page is visible, focused and in use. */
export const HEARTBEAT_EVERY_MS = 30_000;
/** A heartbeat within this long of the interval's end extends it; a longer silence starts a new one. */
export const HEARTBEAT_GAP_MS = 3 * HEARTBEAT_EVERY_MS;

export type HeartbeatStep = { kind: "idle" } | { kind: "extend"; id: string } | { kind: "start" };

/**
 * What one heartbeat does to the clinician's automatic time on a patient. Time while the clinician
 * has been idle longer than the limit is not counted; a closed or hidden tab sends nothing, so its
 * silence ends the interval.
 */
export function heartbeatStep(input: {
  last: { id: string; endedAt: Date } | null;
  now: Date;
  idleMs: number;
  idleLimitMs: number;
}): HeartbeatStep {
  if (input.idleMs > input.idleLimitMs) return { kind: "idle" };
  const last = input.last;
  if (last && input.now.getTime() - last.endedAt.getTime() <= HEARTBEAT_GAP_MS && input.now >= last.endedAt) {
    return { kind: "extend", id: last.id };
  }
  return { kind: "start" };
}
