import { IANAZone } from "luxon";

/**
 * Wall-clock helpers for schedules kept in a patient's own time zone.
 *
 * Local dates are "YYYY-MM-DD" strings and local times "HH:mm" strings (or minutes since
 * local midnight once parsed). Instants are `Date`s or epoch milliseconds. Nothing here
 * reads the system clock or the host time zone.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

export interface QuietHours {
  /** "HH:mm" local, inclusive. */
  start: string;
  /** "HH:mm" local, exclusive. May be earlier than `start`: the period wraps midnight. */
  end: string;
}

/** Quiet hours as minutes since local midnight. `start === end` means no quiet period at all. */
export interface QuietMinutes {
  start: number;
  end: number;
}

const LOCAL_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes since local midnight for a strict "HH:mm" (00:00–23:59), or null. */
export function parseLocalTime(value: string): number | null {
  const m = LOCAL_TIME_RE.exec(value);
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isValidLocalTime(value: string): boolean {
  return parseLocalTime(value) !== null;
}

/** "HH:mm" for minutes since local midnight (0–1439). */
export function formatLocalTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}

export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of a real calendar date "YYYY-MM-DD" (rejects 2026-02-30), or null. */
export function parseLocalDate(value: string): LocalDateParts | null {
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export function isValidLocalDate(value: string): boolean {
  return parseLocalDate(value) !== null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function formatUtcDate(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  return `${y < 1000 ? String(y).padStart(4, "0") : y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function requireDate(value: string): LocalDateParts {
  const parts = parseLocalDate(value);
  if (!parts) throw new RangeError(`Invalid local date "${value}" (expected YYYY-MM-DD)`);
  return parts;
}

/** The local date `days` calendar days after (or before) `localDate`. */
export function addLocalDays(localDate: string, days: number): string {
  const { year, month, day } = requireDate(localDate);
  return formatUtcDate(Date.UTC(year, month - 1, day + days));
}

/** Calendar days from one local date to another (negative when `to` is earlier). */
export function localDaysBetween(from: string, to: string): number {
  const a = requireDate(from);
  const b = requireDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(localDate: string): number {
  const { year, month, day } = requireDate(localDate);
  const js = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return js === 0 ? 7 : js;
}

const zoneCache = new Map<string, IANAZone | null>();

/** The luxon zone for an IANA name, or null when the runtime does not know it. */
function zoneFor(timeZone: string): IANAZone | null {
  let zone = zoneCache.get(timeZone);
  if (zone === undefined) {
    zone = IANAZone.isValidZone(timeZone) ? IANAZone.create(timeZone) : null;
    // The cache is bounded by the number of distinct zone strings seen; keep it from
    // growing without limit if garbage keeps arriving.
    if (zoneCache.size > 2_000) zoneCache.clear();
    zoneCache.set(timeZone, zone);
  }
  return zone;
}

export function isValidTimeZone(timeZone: string): boolean {
  return zoneFor(timeZone) !== null;
}

function requireZone(timeZone: string): IANAZone {
  const zone = zoneFor(timeZone);
  if (!zone) throw new RangeError(`Unknown IANA time zone "${timeZone}"`);
  return zone;
}

/** Each zone's offset at the second last asked about: a batch asks about one instant many times, and each answer costs an Intl format. */
const lastOffsets = new Map<string, { second: number; offsetMs: number }>();

/** UTC offset of `timeZone` at an instant, in milliseconds (local = utc + offset). */
export function offsetMsAt(instantMs: number, timeZone: string): number {
  // Zones change offset on whole seconds, so one second has one offset.
  const second = Math.floor(instantMs / 1000);
  const last = lastOffsets.get(timeZone);
  if (last?.second === second) return last.offsetMs;
  const offsetMs = requireZone(timeZone).offset(instantMs) * MINUTE_MS;
  if (lastOffsets.size > 2_000) lastOffsets.clear();
  lastOffsets.set(timeZone, { second, offsetMs });
  return offsetMs;
}

/** The local date "YYYY-MM-DD" at an instant in a zone. */
export function localDateOf(instant: Date | number, timeZone: string): string {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return formatUtcDate(ms + offsetMsAt(ms, timeZone));
}

/** Minutes since local midnight at an instant in a zone (seconds dropped). */
export function localMinutesOf(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const wall = ms + offsetMsAt(ms, timeZone);
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/**
 * Epoch ms of a local wall-clock time in a zone.
 *
 * DST rules, chosen so a reminder never silently disappears and never fires twice:
 * - a wall time that does not exist (spring-forward gap) resolves to the first instant
 *   after the gap, e.g. 02:30 on 2026-03-08 in America/New_York → 03:00 EDT;
 * - a wall time that happens twice (fall back) resolves to the first occurrence.
 *
 * `minutes` may exceed a day or be negative; it is counted from local midnight of
 * `localDate` in wall-clock terms (1440 = the next day's 00:00).
 */
export function localInstantMs(localDate: string, minutes: number, timeZone: string): number {
  const zone = requireZone(timeZone);
  const { year, month, day } = requireDate(localDate);
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  return resolveWallMs(wall, zone);
}

/** `localInstantMs` as a Date, taking "HH:mm" or minutes since midnight. */
export function localInstant(localDate: string, time: string | number, timeZone: string): Date {
  const minutes = typeof time === "number" ? time : parseLocalTime(time);
  if (minutes === null) throw new RangeError(`Invalid local time "${String(time)}" (expected HH:mm)`);
  return new Date(localInstantMs(localDate, minutes, timeZone));
}

function resolveWallMs(wall: number, zone: IANAZone): number {
  const offBefore = zone.offset(wall - DAY_MS);
  const offAfter = zone.offset(wall + DAY_MS);
  let best = Number.POSITIVE_INFINITY;
  for (const off of offBefore === offAfter ? [offBefore] : [offBefore, offAfter]) {
    const candidate = wall - off * MINUTE_MS;
    if (zone.offset(candidate) === off && candidate < best) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;

  // In a gap: every instant in [wall - offAfter, wall - offBefore) is before the
  // transition when read with the old offset. Find the transition instant itself.
  let lo = wall - Math.max(offBefore, offAfter) * MINUTE_MS; // still old offset
  let hi = wall - Math.min(offBefore, offAfter) * MINUTE_MS; // already new offset
  const oldOffset = zone.offset(lo);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (zone.offset(mid) === oldOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** First instant of a local day (midnight, or the end of a DST gap that swallows midnight). */
export function startOfLocalDay(localDate: string, timeZone: string): Date {
  return new Date(localInstantMs(localDate, 0, timeZone));
}

/** First instant of the following local day: the exclusive end of `localDate`. */
export function startOfNextLocalDay(localDate: string, timeZone: string): Date {
  return new Date(localInstantMs(addLocalDays(localDate, 1), 0, timeZone));
}

/** Last millisecond of a local day (inclusive end). */
export function endOfLocalDay(localDate: string, timeZone: string): Date {
  return new Date(startOfNextLocalDay(localDate, timeZone).getTime() - 1);
}

/** Quiet hours as minutes, or null when either bound is not a valid "HH:mm". */
export function parseQuietHours(quiet: QuietHours): QuietMinutes | null {
  const start = parseLocalTime(quiet.start);
  const end = parseLocalTime(quiet.end);
  if (start === null || end === null) return null;
  return { start, end };
}

/** Whether a wall-clock minute of the day lies in [start, end), wrapping midnight when end < start. */
export function minutesInQuiet(minutes: number, quiet: QuietMinutes): boolean {
  if (quiet.start === quiet.end) return false;
  if (quiet.start < quiet.end) return minutes >= quiet.start && minutes < quiet.end;
  return minutes >= quiet.start || minutes < quiet.end;
}

/** Whether an instant falls inside the patient's quiet hours (read on their local wall clock). */
export function isInQuietHours(instant: Date | number, timeZone: string, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const q = parseQuietHours(quiet);
  if (!q) throw new RangeError(`Invalid quiet hours ${JSON.stringify(quiet)}`);
  return minutesInQuiet(localMinutesOf(instant, timeZone), q);
}

/**
 * Where a wall time inside quiet hours goes: the end of the quiet period when that is
 * still on the same local day, otherwise null (drop it). Times outside quiet hours stay.
 */
export function moveOutOfQuiet(minutes: number, quiet: QuietMinutes | null): number | null {
  if (!quiet || !minutesInQuiet(minutes, quiet)) return minutes;
  // Wrapping period, evening part: the quiet period ends tomorrow.
  if (quiet.start > quiet.end && minutes >= quiet.start) return null;
  return quiet.end;
}
