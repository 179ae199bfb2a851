import { describe, expect, it } from "vitest";
import { dataDayPeriods } from "../../src/monitoring/data-days.js";
import { episodeStanding, monthMinutes, periodStandings, type ContactRecord, type LedgerInput } from "../../src/monitoring/ledger.js";
import { mergeIntervals, monitoringMsByMonth } from "../../src/monitoring/monitoring-time.js";
import { dataDayCode, minuteCodes } from "../../src/monitoring/rtm-codes.js";
import { DEFAULT_RTM_THRESHOLDS, parseRtmThresholds } from "../../src/monitoring/rtm-thresholds.js";

const NY = "America/New_York";
const t = (iso: string) => new Date(iso);
const interval = (start: string, end: string) => ({ start: t(start), end: t(end) });

describe("data days in the patient's local dates", () => {
  it.each([
    // [what, events (UTC), expected data days]
    ["a late-evening reply is that local day, not the UTC one", ["2026-03-02T03:30:00Z"], ["2026-03-01"]],
    ["two replies on one local day count once", ["2026-03-01T13:00:00Z", "2026-03-02T04:59:00Z"], ["2026-03-01"]],
    ["spring forward: 23:30 EDT on 8 March is still 8 March", ["2026-03-09T03:30:00Z"], ["2026-03-08"]],
    ["spring forward: 00:30 EST on 8 March is 8 March", ["2026-03-08T05:30:00Z"], ["2026-03-08"]],
    ["fall back: 23:30 EST on 1 November", ["2026-11-02T04:30:00Z"], ["2026-11-01"]],
    ["fall back: the repeated 01:30 is one day", ["2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"], ["2026-11-01"]],
  ])("%s", (_what, events, expected) => {
    const firstDay = expected[0]!.startsWith("2026-11") ? "2026-10-20" : "2026-02-20";
    const periods = dataDayPeriods({ firstDay, timeZone: NY, events: events.map(t), today: "2026-11-30", periodDays: 30 });
    expect(periods.flatMap((p) => p.dataDays)).toEqual(expected);
  });

  it("periods run 30 days from the first monitoring day across month ends, February included", () => {
    const periods = dataDayPeriods({
      firstDay: "2026-01-31",
      timeZone: NY,
      events: [t("2026-03-01T15:00:00Z"), t("2026-03-02T15:00:00Z"), t("2026-01-30T15:00:00Z")],
      today: "2026-03-05",
      periodDays: 30,
    });
    expect(periods.map((p) => [p.start, p.end, p.dataDays])).toEqual([
      ["2026-01-31", "2026-03-01", ["2026-03-01"]],
      ["2026-03-02", "2026-03-31", ["2026-03-02"]],
    ]);
  });

  it("a day before the first monitoring day or after today is not counted", () => {
    const periods = dataDayPeriods({
      firstDay: "2026-05-10",
      timeZone: NY,
      events: [t("2026-05-09T15:00:00Z"), t("2026-05-12T15:00:00Z"), t("2026-05-20T15:00:00Z")],
      today: "2026-05-15",
      periodDays: 30,
    });
    expect(periods).toHaveLength(1);
    expect(periods[0]!.dataDays).toEqual(["2026-05-12"]);
  });
});

describe("monitoring time", () => {
  it("two open tabs never count twice", () => {
    const merged = mergeIntervals([
      interval("2026-04-10T14:00:00Z", "2026-04-10T14:12:00Z"),
      interval("2026-04-10T14:05:00Z", "2026-04-10T14:10:00Z"), // the second tab, inside the first
      interval("2026-04-10T14:11:00Z", "2026-04-10T14:20:00Z"), // overlapping the end
      interval("2026-04-10T15:00:00Z", "2026-04-10T15:03:00Z"),
    ]);
    expect(merged).toEqual([interval("2026-04-10T14:00:00Z", "2026-04-10T14:20:00Z"), interval("2026-04-10T15:00:00Z", "2026-04-10T15:03:00Z")]);
    expect(monitoringMsByMonth(merged, NY).get("2026-04")).toBe(23 * 60_000);
  });

  it.each([
    ["split at local midnight of a month's end (EDT)", "2026-05-01T03:50:00Z", "2026-05-01T04:10:00Z", { "2026-04": 10, "2026-05": 10 }],
    ["30 April 23:59 UTC is still April in UTC but 19:59 EDT", "2026-04-30T23:50:00Z", "2026-05-01T00:10:00Z", { "2026-04": 20 }],
    ["31 December into January (EST)", "2027-01-01T04:45:00Z", "2027-01-01T05:15:00Z", { "2026-12": 15, "2027-01": 15 }],
    ["an hour across the November change is an hour", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", { "2026-11": 60 }],
  ])("%s", (_what, start, end, expected) => {
    const minutes = Object.fromEntries([...monitoringMsByMonth([interval(start, end)], NY)].map(([m, ms]) => [m, ms / 60_000]));
    expect(minutes).toEqual(expected);
  });
});

describe("supported codes (2026 defaults)", () => {
  it.each([
    [0, null],
    [1, null],
    [2, "98985"],
    [15, "98985"],
    [16, "98977"],
    [30, "98977"],
  ])("%i data days → %s", (days, code) => {
    expect(dataDayCode(days, DEFAULT_RTM_THRESHOLDS)).toBe(code);
  });

  it.each([
    [9, 1, []],
    [10, 1, [{ code: "98979", units: 1 }]],
    [19, 1, [{ code: "98979", units: 1 }]],
    [20, 1, [{ code: "98980", units: 1 }]],
    [39, 1, [{ code: "98980", units: 1 }]],
    [40, 1, [{ code: "98980", units: 1 }, { code: "98981", units: 1 }]],
    [65, 2, [{ code: "98980", units: 1 }, { code: "98981", units: 2 }]],
    [45, 0, []],
    [15, 0, []],
  ])("%i minutes with %i live contacts", (minutes, contacts, codes) => {
    expect(minuteCodes(minutes, contacts, DEFAULT_RTM_THRESHOLDS)).toEqual(codes);
  });

  it("thresholds are configuration: a payer without the short code and without the contact rule", () => {
    const thresholds = parseRtmThresholds(
      JSON.stringify({
        dataDayCodes: [{ code: "98977", minDays: 16, maxDays: 30 }],
        first: { code: "98980", minutes: 20, needsLiveContact: false },
        additional: { code: "98981", minutes: 20, needsLiveContact: false },
      }),
      "RTM_THRESHOLDS",
    );
    expect(minuteCodes(15, 0, thresholds)).toEqual([]);
    expect(minuteCodes(20, 0, thresholds)).toEqual([{ code: "98980", units: 1 }]);
    expect(dataDayCode(10, thresholds)).toBeNull();
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["max below min", JSON.stringify({ ...DEFAULT_RTM_THRESHOLDS, dataDayCodes: [{ code: "x", minDays: 5, maxDays: 2 }] }), /maxDays/],
    ["unknown key", JSON.stringify({ ...DEFAULT_RTM_THRESHOLDS, extra: 1 }), /extra|Unrecognized/],
  ])("rejects %s with a readable error", (_what, text, message) => {
    expect(() => parseRtmThresholds(text, "RTM_THRESHOLDS")).toThrow(message);
  });
});

describe("an episode's standing", () => {
  const base = (over: Partial<LedgerInput>): LedgerInput => ({
    firstDay: "2026-03-01",
    timeZone: NY,
    dataEvents: [],
    monitoring: [],
    contacts: [],
    now: t("2026-03-17T16:00:00Z"),
    thresholds: DEFAULT_RTM_THRESHOLDS,
    ...over,
  });
  const days = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => t(`2026-03-${String(from + i).padStart(2, "0")}T15:00:00Z`));

  it("12 of 16 data days, 14 days left; 18 of 20 minutes, no live contact yet", () => {
    const standing = episodeStanding(
      base({ dataEvents: days(1, 12), monitoring: [interval("2026-03-05T14:00:00Z", "2026-03-05T14:18:30Z")] }),
    );
    expect(standing.period?.dataDays).toHaveLength(12);
    expect(standing.period?.code).toBe("98985");
    expect(standing.dataDaysSentence).toBe("12 of 16 data days, 14 days left");
    expect(standing.minutesSentence).toBe("18 of 20 minutes, no live contact yet");
  });

  it("text messages are never interactive contacts; a call is, and its minutes count once", () => {
    const contacts: ContactRecord[] = [
      { at: t("2026-03-10T15:00:00Z"), minutes: 15, mode: "text" },
      { at: t("2026-03-11T15:00:00Z"), minutes: 10, mode: "phone" },
    ];
    const month = monthMinutes(
      { timeZone: NY, contacts, monitoring: [interval("2026-03-11T15:05:00Z", "2026-03-11T15:20:00Z")], thresholds: DEFAULT_RTM_THRESHOLDS },
      "2026-03",
    );
    expect(month.liveContacts.map((c) => c.mode)).toEqual(["phone"]);
    expect(month.minutes).toBe(20); // 15:00–15:20 merged: the call and the review overlap
    expect(month.codes).toEqual([{ code: "98980", units: 1 }]);
  });

  it("the top code reached says so; no episode says so", () => {
    const standing = episodeStanding(base({ dataEvents: days(1, 17), contacts: [{ at: t("2026-03-02T15:00:00Z"), minutes: 25, mode: "video" }] }));
    expect(standing.dataDaysSentence).toBe("17 data days (98977 reached), 14 days left");
    expect(standing.minutesSentence).toBe("25 of 40 minutes, 1 live contact");
    expect(episodeStanding(base({ firstDay: null })).dataDaysSentence).toBe("no monitoring episode yet");
  });

  it("every period so far carries its own code", () => {
    const periods = periodStandings(base({ now: t("2026-04-05T16:00:00Z"), dataEvents: [...days(1, 3), t("2026-04-02T15:00:00Z")] }));
    expect(periods.map((p) => [p.start, p.dataDays.length, p.code, p.daysLeft])).toEqual([
      ["2026-03-01", 3, "98985", 0],
      ["2026-03-31", 1, null, 25],
    ]);
  });
});
