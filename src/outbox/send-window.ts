/**
 * A sender's platform limit — at most `units` sends in any window of `windowMs` — kept from the
 * sends themselves, so that any number of replicas together stay under it without planning
 * below the limit.
 *
 * Each admitted send is an entry that counts against the limit until `until`. While the send is
 * in flight nobody knows when it reaches the platform, only that it does so before its answer
 * comes back (or before the request times out), so its entry counts until IN_FLIGHT_MAX_MS plus
 * a window after admission; once answered, until its answer plus a window. A send is admitted
 * only while the entries still counting leave room for it. Then no window at the platform ever
 * holds more than `units` sends: of any `units + 1` sends arriving within a window, the last one
 * admitted found the others still counting, since each arrived after that window began and was
 * answered no earlier than it arrived. This holds however late a send leaves or a replica wakes,
 * so pacing needs no margin below the limit: the room lost is only each send's round trip.
 * Replicas' wall clocks must agree to within a few milliseconds.
 */

/** Longer than any send's request timeout (15 s): a send not answered by then is counted as if answered then (a replica crashed mid-send). */
export const IN_FLIGHT_MAX_MS = 30_000;

export interface WindowLimit {
  units: number;
  windowMs: number;
}

/** The platform's limit as a window: a rate under one per second becomes one send per 1/rate seconds. */
export function windowLimitFor(ratePerSecond: number): WindowLimit {
  const units = Math.max(1, Math.floor(ratePerSecond));
  return { units, windowMs: (units * 1000) / ratePerSecond };
}

export interface WindowEntry {
  id: string;
  /** Milliseconds since the epoch. */
  until: number;
  units: number;
  answered: boolean;
}

export interface SenderWindow {
  entries: WindowEntry[];
  /** The platform said slow down: no send before this instant, on any replica. */
  blockedUntil: number;
}

/**
 * `admit`: a send of `cost` units asks to go now. Sends admitted under the same `id` (one turn's
 * sends of one replica) share one entry, answered once, when the last of them is.
 */
export type WindowOp =
  | { type: "admit"; id: string; cost: number; limit: WindowLimit; nowMs: number }
  | { type: "answered"; id: string; endMs: number; limit: WindowLimit };

export type Admission = { admitted: true } | { admitted: false; retryAtMs: number };

/** How long a send of `cost` units counts after its answer: a message longer than the limit (several SMS segments at 1/s) takes that many windows. */
function countsFor(cost: number, limit: WindowLimit): number {
  return limit.windowMs * Math.max(1, cost / limit.units);
}

/**
 * Applies one turn's operations in order: admissions (answered with admitted, or when to ask
 * again) and answers of earlier sends. Entries that no longer count are dropped.
 */
export function applyWindowOps(window: SenderWindow, ops: readonly WindowOp[]): { window: SenderWindow; admissions: Array<Admission | null> } {
  const earliest = Math.min(...ops.map((op) => (op.type === "admit" ? op.nowMs : op.endMs)));
  let entries = window.entries.filter((entry) => entry.until > earliest);
  const admissions = ops.map((op): Admission | null => {
    if (op.type === "answered") {
      entries = entries.map((entry) =>
        entry.id === op.id ? { ...entry, until: Math.min(entry.until, op.endMs + countsFor(entry.units, op.limit)), answered: true } : entry,
      );
      return null;
    }
    const { cost, limit, nowMs } = op;
    if (nowMs < window.blockedUntil) return { admitted: false, retryAtMs: window.blockedUntil };
    const fits = (used: number) => used === 0 || used + cost <= limit.units;
    let used = entries.reduce((sum, entry) => (entry.until > nowMs ? sum + entry.units : sum), 0);
    if (fits(used)) {
      const until = nowMs + IN_FLIGHT_MAX_MS + countsFor(cost, limit);
      const own = entries.find((entry) => entry.id === op.id);
      if (own) entries = entries.map((entry) => (entry === own ? { ...own, units: own.units + cost, until: Math.max(own.until, until) } : entry));
      else entries.push({ id: op.id, until, units: cost, answered: false });
      return { admitted: true };
    }
    for (const entry of entries.filter((e) => e.until > nowMs).sort((a, b) => a.until - b.until)) {
      used -= entry.units;
      if (fits(used)) return { admitted: false, retryAtMs: entry.answered ? entry.until : nowMs + pollWhileInFlight(limit) };
    }
    return { admitted: false, retryAtMs: nowMs + pollWhileInFlight(limit) };
  });
  return { window: { entries, blockedUntil: window.blockedUntil }, admissions };
}

/** While the room is held by sends still waiting for their answers, ask again this often: a fraction of the interval between sends. */
function pollWhileInFlight(limit: WindowLimit): number {
  return Math.min(25, Math.max(2, limit.windowMs / limit.units / 4));
}
