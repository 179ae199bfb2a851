import { keptAnswers } from "../core/kept-answers.js";
import {
  DAY_MS,
  MINUTE_MS,
  addLocalDays,
  isValidTimeZone,
  isoWeekday,
  localDateOf,
  localInstantMs,
  localMinutesOf,
} from "./local-time.js";

/**
 * One local day in one zone, with its boundaries resolved once so that thousands of
 * assignments sharing the zone need no time-zone arithmetic of their own.
 */
export class ZoneDay {
  readonly weekday: number;
  readonly startMs: number;
  /** Exclusive end: first instant of the next local day. */
  readonly nextStartMs: number;
  /** True when the whole day has one UTC offset (no DST change): wall time maps linearly. */
  private readonly uniform: boolean;
  /** Non-uniform days only: wall minute → [instant, wall minute the instant reads]. */
  private readonly resolved = new Map<number, readonly [number, number]>();

  constructor(
    readonly localDate: string,
    readonly timeZone: string,
  ) {
    this.weekday = isoWeekday(localDate);
    this.startMs = localInstantMs(localDate, 0, timeZone);
    this.nextStartMs = localInstantMs(addLocalDays(localDate, 1), 0, timeZone);
    this.uniform =
      this.nextStartMs - this.startMs === DAY_MS &&
      localMinutesOf(this.startMs, timeZone) === 0 &&
      localMinutesOf(this.nextStartMs - 1, timeZone) === 1439;
  }

  /** Instant of a wall minute of this day (DST gap → after the gap, overlap → first). */
  instantMs(minutes: number): number {
    if (this.uniform) return this.startMs + minutes * MINUTE_MS;
    return this.resolve(minutes)[0];
  }

  /**
   * The wall minute the clock shows at `instantMs(minutes)`: `minutes` itself except in a
   * DST gap (02:30 → 03:00).
   */
  resolvedWall(minutes: number): number {
    if (this.uniform) return minutes;
    return this.resolve(minutes)[1];
  }

  private resolve(minutes: number): readonly [number, number] {
    let r = this.resolved.get(minutes);
    if (r === undefined) {
      const ms = localInstantMs(this.localDate, minutes, this.timeZone);
      r = [ms, localMinutesOf(ms, this.timeZone)];
      this.resolved.set(minutes, r);
    }
    return r;
  }
}

/**
 * Day boundaries depend only on the zone, the date and the runtime's tz data, so they are
 * memoised across planning runs: the cron tick asks for the same few hundred days every
 * minute. Bounded; cleared wholesale when full, which costs one recomputation.
 */
const dayCache = keptAnswers<ZoneDay>(8_192);

export function zoneDay(localDate: string, timeZone: string): ZoneDay {
  return dayCache(`${timeZone}|${localDate}`, () => new ZoneDay(localDate, timeZone));
}

/**
 * The local days of each zone that overlap a window (from, to]. Built per planning run:
 * there are only a few hundred zones, so the cache stays tiny however many assignments stream by.
 */
export class ZoneDayIndex {
  private readonly byZone = new Map<string, ZoneDay[] | null>();

  constructor(
    private readonly fromMs: number,
    private readonly toMs: number,
  ) {}

  /** Days overlapping the window, or null for an unknown zone. */
  daysFor(timeZone: string): ZoneDay[] | null {
    let days = this.byZone.get(timeZone);
    if (days !== undefined) return days;
    if (!isValidTimeZone(timeZone)) {
      days = null;
    } else {
      days = [];
      if (this.toMs > this.fromMs) {
        const last = localDateOf(this.toMs, timeZone);
        for (let d = localDateOf(this.fromMs + 1, timeZone); d <= last; d = addLocalDays(d, 1)) {
          days.push(zoneDay(d, timeZone));
        }
      }
    }
    this.byZone.set(timeZone, days);
    return days;
  }
}
