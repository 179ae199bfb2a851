import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  localDaysBetween,
  endOfLocalDay,
  formatLocalTime,
  isInQuietHours,
  isValidTimeZone,
  isoWeekday,
  localDateOf,
  localInstant,
  localMinutesOf,
  moveOutOfQuiet,
  parseLocalDate,
  parseLocalTime,
  startOfLocalDay,
  startOfNextLocalDay,
} from "../../src/scheduling/local-time.js";
import { HOUR, at } from "./fixtures.js";

describe("parseLocalTime", () => {
  it.each([
    ["00:00", 0],
    ["08:05", 485],
    ["23:59", 1439],
    ["24:00", null],
    ["8:00", null],
    ["08:60", null],
    ["08:00:00", null],
    [" 08:00", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(parseLocalTime(input)).toBe(expected);
  });

  it("formats back to HH:mm", () => {
    expect(formatLocalTime(0)).toBe("00:00");
    expect(formatLocalTime(485)).toBe("08:05");
    expect(formatLocalTime(1439)).toBe("23:59");
  });
});

describe("local dates", () => {
  it.each([
    ["2026-02-28", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-13-01", false],
    ["2026-1-01", false],
  ])("parseLocalDate(%s) valid=%s", (input, valid) => {
    expect(parseLocalDate(input) !== null).toBe(valid);
  });

  it("adds days across month and year ends", () => {
    expect(addLocalDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addLocalDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it.each([
    ["2026-03-09", 1],
    ["2026-03-14", 6],
    ["2026-03-15", 7],
  ])("isoWeekday(%s) = %i", (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    // Sydney is already on the next day while UTC is still on this one.
    ["2026-06-10T22:00:00Z", "Australia/Sydney", "2026-06-11"],
    ["2026-06-10T22:00:00Z", "UTC", "2026-06-10"],
    ["2026-06-11T03:30:00Z", "America/New_York", "2026-06-10"],
    ["2026-11-01T05:59:59.999Z", "America/New_York", "2026-11-01"],
  ])("localDateOf(%s, %s) = %s", (iso, zone, expected) => {
    expect(localDateOf(at(iso), zone)).toBe(expected);
  });
});

describe("localInstant across DST", () => {
  it.each([
    // Spring forward: a time in the gap moves to the first instant after it.
    ["America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00.000Z"],
    ["America/New_York", "2026-03-08", "02:00", "2026-03-08T07:00:00.000Z"],
    ["America/New_York", "2026-03-08", "01:59", "2026-03-08T06:59:00.000Z"],
    ["America/New_York", "2026-03-08", "03:00", "2026-03-08T07:00:00.000Z"],
    ["Europe/Madrid", "2026-03-29", "02:30", "2026-03-29T01:00:00.000Z"],
    ["Australia/Sydney", "2026-10-04", "02:30", "2026-10-03T16:00:00.000Z"],
    // Fall back: a time that happens twice takes the first occurrence.
    ["America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00.000Z"],
    ["America/New_York", "2026-11-01", "02:30", "2026-11-01T07:30:00.000Z"],
    ["Europe/Madrid", "2026-10-25", "02:30", "2026-10-25T00:30:00.000Z"],
    ["Australia/Sydney", "2026-04-05", "02:30", "2026-04-04T15:30:00.000Z"],
    // Ordinary days either side keep a fixed offset.
    ["America/New_York", "2026-03-07", "08:00", "2026-03-07T13:00:00.000Z"],
    ["America/New_York", "2026-03-08", "08:00", "2026-03-08T12:00:00.000Z"],
    // A zone whose DST change swallows midnight: the day starts at 01:00.
    ["America/Santiago", "2026-09-06", "00:00", "2026-09-06T04:00:00.000Z"],
  ])("%s %s %s → %s", (zone, date, time, expected) => {
    expect(localInstant(date, time, zone).toISOString()).toBe(expected);
  });

  it("round-trips the local date and wall time of a resolved instant", () => {
    const instant = localInstant("2026-10-04", "02:30", "Australia/Sydney");
    expect(localDateOf(instant, "Australia/Sydney")).toBe("2026-10-04");
    expect(formatLocalTime(localMinutesOf(instant, "Australia/Sydney"))).toBe("03:00");
  });

  it("throws on an unknown zone or a malformed time", () => {
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(() => localInstant("2026-03-08", "08:00", "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => localInstant("2026-03-08", "8am", "UTC")).toThrow(RangeError);
  });
});

describe("day boundaries", () => {
  it.each([
    ["America/New_York", "2026-03-08", 23],
    ["America/New_York", "2026-11-01", 25],
    ["America/New_York", "2026-06-01", 24],
    ["Europe/Madrid", "2026-03-29", 23],
    ["Europe/Madrid", "2026-10-25", 25],
    ["Australia/Sydney", "2026-04-05", 25],
    ["Australia/Sydney", "2026-10-04", 23],
  ])("%s %s lasts %i hours", (zone, date, hours) => {
    const start = startOfLocalDay(date, zone).getTime();
    const next = startOfNextLocalDay(date, zone).getTime();
    expect((next - start) / HOUR).toBe(hours);
    expect(endOfLocalDay(date, zone).getTime()).toBe(next - 1);
    expect(localDateOf(endOfLocalDay(date, zone), zone)).toBe(date);
    expect(localDateOf(next, zone)).toBe(addLocalDays(date, 1));
  });
});

describe("quiet hours", () => {
  const overnight = { start: "21:00", end: "08:00" };
  const nap = { start: "13:00", end: "15:00" };
  it.each([
    ["2026-06-10T00:59:00Z", overnight, false], // 20:59 New York
    ["2026-06-10T01:00:00Z", overnight, true], // 21:00, start is inclusive
    ["2026-06-10T07:00:00Z", overnight, true], // 03:00
    ["2026-06-10T11:59:00Z", overnight, true], // 07:59
    ["2026-06-10T12:00:00Z", overnight, false], // 08:00, end is exclusive
    ["2026-06-10T17:30:00Z", nap, true], // 13:30
    ["2026-06-10T19:00:00Z", nap, false], // 15:00
    ["2026-06-10T07:00:00Z", null, false],
    ["2026-06-10T07:00:00Z", { start: "09:00", end: "09:00" }, false], // empty period
  ])("%s in %j → %s (New York wall clock)", (iso, quiet, expected) => {
    expect(isInQuietHours(at(iso), "America/New_York", quiet)).toBe(expected);
  });

  it.each([
    // [configured, quiet, result]
    ["06:30", { start: 21 * 60, end: 8 * 60 }, 8 * 60], // morning part: moved to the end
    ["22:00", { start: 21 * 60, end: 8 * 60 }, null], // evening part: ends tomorrow, dropped
    ["13:30", { start: 13 * 60, end: 15 * 60 }, 15 * 60],
    ["23:30", { start: 23 * 60, end: 0 }, null], // ends exactly at midnight = tomorrow
    ["09:00", { start: 21 * 60, end: 8 * 60 }, 9 * 60],
  ])("moveOutOfQuiet(%s, %j) = %j", (time, quiet, expected) => {
    expect(moveOutOfQuiet(parseLocalTime(time)!, quiet)).toBe(expected);
  });
});

describe("localDaysBetween", () => {
  it.each([
    ["2026-03-01", "2026-03-31", 30],
    ["2026-02-27", "2026-03-01", 2],
    ["2024-02-28", "2024-03-01", 2],
    ["2026-12-31", "2026-12-01", -30],
  ])("%s → %s is %i days", (from, to, days) => expect(localDaysBetween(from, to)).toBe(days));
});
