import type { DateTime } from "luxon";
import { foldAccents } from "../text/fold.js";
import { WEEKDAYS } from "./schedule-days.js";

/**
 * The dates in a reminder request, written the way people write them in calendar invites and
 * out-of-office notes, in English and Spanish: "Dec 12–19", "from the 3rd through the 10th", "del 5
 * al 12 de enero", "Thu & Fri", "back on the 22nd", "hasta el lunes 10", "after Xmas". A small
 * grammar: dates (a month and a day either way round, a weekday with or without its day, "the 3rd",
 * "el 5", today / tomorrow, holidays), joined into ranges (–, to, thru, through, till, until, al,
 * hasta, between … and) or lists (and, &, commas, y), and cued as the day back ("until", "back on",
 * "vuelvo el", "after"). Pure; `today` is the patient's local date.
 */

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  ene: 1, abr: 4, ago: 8, dic: 12,
};

/** Weekday words a date may carry; "mar" (martes) is left out, it is March too, and "sun" / "sat" only count next to a date or a cue. */
const WEEKDAY_WORDS: Record<string, number> = { ...WEEKDAYS, thur: 4, weds: 3, mie: 3, lun: 1, jue: 4, vie: 5, sab: 6, dom: 7 };

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const WEEKDAY = Object.keys(WEEKDAY_WORDS).sort((a, b) => b.length - a.length).join("|");
/** A day of the month, with an English or Spanish ordinal ending, never a clock time, a count or a score. */
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ro|er|do|to|vo|mo|no|º|°)?(?![\d:.,/]\d|\s*(?:am|pm|a\.m|p\.m|h\b|hrs?\b|hours?|horas?|days?|dias?|weeks?|semanas?|months?|meses|reps?|sets?|x\b|times|veces|mins?|minutes?|minutos|out of|de 10|lbs?|kg|pounds|kilos))`;

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
  "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
/** "the twenty-first", "primero": ordinals in words, only ever read next to a month ("May first", "el primero de enero"). */
const WORD_DAYS: Record<string, number> = Object.fromEntries([
  ...ORDINALS.map((word, i) => [word, i + 1]),
  ...ORDINALS.slice(0, 9).map((word, i) => [`twenty ${word}`, 21 + i]),
  ["thirtieth", 30], ["thirty first", 31], ["primero", 1],
]);
const WORD_DAY = Object.keys(WORD_DAYS).sort((a, b) => b.length - a.length).map((word) => word.replace(" ", "[\\s-]")).join("|");

/** A date as written: any of month, day and weekday, or a fixed day (today, tomorrow, a holiday). */
interface Said {
  index: number;
  end: number;
  month?: number;
  day?: number;
  weekday?: number;
  fixed?: (today: DateTime) => DateTime | undefined;
  /** A number alone ("19" in "Dec 12–19"): a day only inside a range with a fuller date. */
  bare?: true;
  /** "4/9": a date only in a range of two or after a cue ("until", "back"), never alone. */
  numeric?: true;
  /** "Today": the start of a range, never a day off on its own ("not today" is a skipped session). */
  today?: true;
}

const dayOf = (word: string) => WORD_DAYS[word.replace(/-/g, " ")] ?? Number.parseInt(word, 10);

const HOLIDAYS: ReadonlyArray<[RegExp, (today: DateTime) => DateTime | undefined]> = [
  [/\b(?:christmas eve|xmas eve|nochebuena)\b/, (today) => onOrAfter(today, 12, 24)],
  [/\b(?:new year'?s eve|nye|nochevieja|fin de ano)\b/, (today) => onOrAfter(today, 12, 31)],
  [/\b(?:christmas|xmas|x-mas|navidad(?:es)?)\b/, (today) => onOrAfter(today, 12, 25)],
  [/\b(?:new year'?s(?: day)?|new year|ano nuevo)\b/, (today) => onOrAfter(today, 1, 1)],
  [/\b(?:dia de )?reyes\b|\bepiphany\b/, (today) => onOrAfter(today, 1, 6)],
  [/\bthanksgiving\b|\baccion de gracias\b/, (today) => everyYear(today, (year) => nthWeekday(today.set({ year, month: 11, day: 1 }), 4, 4))],
  [/\beaster(?: sunday)?\b|\bdomingo de (?:pascua|resurreccion)\b/, (today) => everyYear(today, (year) => easterSunday(today, year))],
];

const PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Omit<Said, "index" | "end">]> = [
  // "Dec 12", "Friday, December 12th", "May first"
  [new RegExp(String.raw`\b(?:(${WEEKDAY})\.?,?\s+(?:the\s+)?)?(${MONTH})\.?\s+(?:the\s+)?(${DAY}|${WORD_DAY})\b`, "g"), (m) => ({ weekday: wd(m[1]), month: MONTHS[m[2]!], day: dayOf(m[3]!) })],
  // "12 Dec", "the 12th of December", "el 12 de diciembre", "lunes 8 de junio"
  [new RegExp(String.raw`\b(?:(${WEEKDAY})\.?,?\s+)?(?:the\s+|el\s+(?:dia\s+)?)?(${DAY}|${WORD_DAY})\s+(?:of\s+|de\s+)?(${MONTH})\b\.?`, "g"), (m) => ({ weekday: wd(m[1]), month: MONTHS[m[3]!], day: dayOf(m[2]!) })],
  // "Monday the 8th", "el lunes 8"
  [new RegExp(String.raw`\b(${WEEKDAY})\.?,?\s+(?:the\s+|el\s+)?(${DAY})(?!\w)`, "g"), (m) => ({ weekday: wd(m[1]), day: dayOf(m[2]!) })],
  // "the 3rd", "el 5", "el día 5", "22nd"
  [new RegExp(String.raw`\b(?:the|el(?: dia)?|dia)\s+(${DAY})(?!\w)|\b(\d{1,2}(?:st|nd|rd|th))\b`, "g"), (m) => ({ day: dayOf((m[1] ?? m[2])!) })],
  // "Thu", "el viernes" (one day, not "Thursdays" or "los viernes": those are standing days off)
  [new RegExp(String.raw`(?<!\blos\s)\b(${WEEKDAY})\b\.?(?!s\b)`, "g"), (m) => ({ weekday: wd(m[1]) })],
  [/\b(?:today|hoy|tonight|esta noche)\b/g, () => ({ fixed: (today) => today, today: true })],
  [/\b(?:the day after tomorrow|day after tomorrow|pasado manana)\b/g, () => ({ fixed: (today) => today.plus({ days: 2 }) })],
  [/(?<!\b(?:la|las|por la|de la|en la|esta|pasado)\s)\b(?:tomorrow|tmrw|tmr|manana)\b/g, () => ({ fixed: (today) => today.plus({ days: 1 }) })],
  ...HOLIDAYS.map(([re, on]): [RegExp, () => Omit<Said, "index" | "end">] => [new RegExp(re.source, "g"), () => ({ fixed: on })]),
  [new RegExp(String.raw`(?<![\d:/.])\b(${DAY})(?!\w)`, "g"), (m) => ({ day: dayOf(m[1]!), bare: true })],
];

function wd(word: string | undefined): number | undefined {
  return word === undefined ? undefined : WEEKDAY_WORDS[word];
}

/** "4/9": the 9th of April where the month comes first (the United States), the 4th of September elsewhere; a part over 12 settles it. */
const NUMERIC_DATE = /\b([0-3]?\d)\/([0-3]?\d)(?:\/(?:\d{4}|\d{2}))?\b/g;

/** US zones write the month first; everywhere else the day does. */
const US_ZONE = /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Sitka|Nome|Adak|Menominee|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+)|Pacific\/Honolulu|US\/\w+)$/;

function monthFirst(today: DateTime): boolean {
  return US_ZONE.test(today.zoneName ?? "");
}

/** Every date said in `t`, in order; where two readings overlap, the longer (the fuller date) is kept. */
function datesSaid(t: string, usOrder = true): Said[] {
  const found: Said[] = [];
  for (const m of t.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [month, day] = a > 12 ? [b, a] : b > 12 ? [a, b] : usOrder ? [a, b] : [b, a];
    // "6/10" and "2/3" are far more often a pain score or a count: a numeric date only counts in a range or after "until" / "back".
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.push({ month, day, bare: true, numeric: true, index: m.index, end: m.index + m[0].length });
  }
  for (const [re, read] of PATTERNS) {
    for (const m of t.matchAll(re)) {
      const said = read(m as RegExpExecArray);
      if (said.day !== undefined && !(said.day >= 1 && said.day <= 31)) continue;
      found.push({ ...said, index: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Said[] = [];
  for (const said of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && said.index < last.end) continue;
    kept.push(said);
  }
  return kept;
}

/** What joins two dates: a range ("12–19", "to", "al", "hasta el", "between … and") or a list ("Thu & Fri", "el 3 y el 5"). */
/** "next Tuesday", "this Friday", "el próximo lunes": the same day as plain "Tuesday" (the first one to come). */
const COMING = String.raw`(?:(?:next|this|coming|this coming|el proximo|la proxima|este|esta)\s+)?`;
const RANGE_JOIN = new RegExp(String.raw`^\s*(?:-+|to|thru|through|till|til|until|al|a|hasta(?: el)?|up to)\s*(?:the\s+|el\s+)?${COMING}$`);
const LIST_JOIN = /^\s*(?:,|and|y|e|or|o|\+|,\s*and|,\s*y)\s*(?:the\s+|el\s+|on\s+)?$/;
const WEEK_OF = /\b(?:week of|semana del?)\s*(?:the\s+|el\s+)?$/;
const RANGE_START = /\b(?:from|between|del|desde(?: el)?|entre(?: el)?)\s*(?:the\s+)?$/;
/** The date after these is the day the reminders come back, or the last day without them. */
const BACK_ON = new RegExp(String.raw`(?<!\b(?:my|the|lower|upper|low|your|his|her|our|their|sore|bad)\s)\b(?:back|return\w*|returning|home|vuelv\w*|regres\w*|de vuelta|de regreso)\s*(?:on|by|el|la|the|for|el dia|a partir del?)?\s*(?:the\s+|el\s+)?${COMING}$`);
const UNTIL = new RegExp(String.raw`\b(?:until|till|til|untill|hasta|hasta el|up to)\s*(?:the\s+|el\s+(?:dia\s+)?)?${COMING}$`);
const THROUGH = new RegExp(String.raw`\b(?:through|thru|incl(?:uding|usive)?|inclusive)\s*(?:the\s+)?${COMING}$`);
const AFTER = new RegExp(String.raw`\b(?:after|despues de(?:l| la| las| los)?|pasad[oa]s?)\s*(?:the\s+|el\s+)?${COMING}$`);

export interface PauseDates {
  /** The first day without reminders; undefined when it is today. */
  from?: DateTime;
  /** The day reminders start again. */
  until: DateTime;
}

const MAX_PAUSE_DAYS = 120;

/**
 * A range of days without reminders: "away from the 3rd through the 10th", "Dec 12–19", "del 5 al
 * 12 de enero", "between the 12th and the 14th". The last day named is included: back the day after.
 */
export function rangeSaid(t: string, today: DateTime): PauseDates | undefined {
  const text = normaliseJoins(t);
  const dates = datesSaid(text, monthFirst(today));
  // "the week of the 17th", "la semana del 17": that date's week, Monday to Sunday.
  const weekOf = dates.find((d) => !d.bare && WEEK_OF.test(text.slice(0, d.index)));
  const monday = weekOf === undefined ? undefined : resolve(weekOf, today, "from")?.startOf("week");
  if (monday !== undefined) return within({ from: monday < today ? today : monday, until: monday.plus({ weeks: 1 }) }, today);
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    const join = text.slice(a.end, b.index);
    const before = text.slice(0, a.index);
    const ranged = RANGE_JOIN.test(join) || (/^\s*(?:and|y)\s*(?:the\s+|el\s+)?$/.test(join) && /\b(?:between|entre(?: el)?)\s*(?:the\s+)?$/.test(before));
    if (!ranged) continue;
    // Two bare numbers are a range only after "from" / "del": "12-19" alone may be a score or reps.
    if (a.bare && b.bare && !RANGE_START.test(before) && !(a.numeric && b.numeric)) continue;
    const span = rangeOf(a, b, today);
    if (span !== undefined) return span;
  }
  return undefined;
}

/**
 * The day the patient is back, cued: "back on the 22nd", "until Monday", "hasta el lunes 10" name
 * the day back; "through Friday" and "after Xmas" the last day away. A day off said before it
 * ("away Monday, back Thursday") is the first day without reminders.
 */
export function dayBack(t: string, today: DateTime): PauseDates | undefined {
  const text = normaliseJoins(t);
  const full = datesSaid(text, monthFirst(today)).filter((d) => (!d.bare || d.numeric) && !AN_HOUR_OF_THAT_DAY.test(text.slice(d.end)));
  const endAt = full.findIndex((d) => endCue(text.slice(0, d.index)) !== null);
  if (endAt < 0) return undefined;
  const cue = endCue(text.slice(0, full[endAt]!.index))!;
  const namesTheDayBack = cue === "back" || cue === "until";
  const start = full.slice(0, endAt).map((d) => resolve(d, today, "from")).find((d): d is DateTime => d !== undefined && d > today);
  const day = resolve(full[endAt]!, start ?? today, namesTheDayBack ? "after" : "from");
  if (day === undefined) return undefined;
  const until = namesTheDayBack ? day : day.plus({ days: 1 });
  return within({ ...(start === undefined ? {} : { from: start }), until }, today);
}

/** A weekday's meal or hour, not the day itself: "can never stay awake after sunday lunch", "después de la comida del domingo". */
const AN_HOUR_OF_THAT_DAY = /^\s*(?:lunch|dinner|breakfast|brunch|roast|tea|supper|morning|afternoon|evening|night|service|mass|church|nap|a la hora de|comida|cena|desayuno|siesta|misa|por la (?:manana|tarde|noche))\b/;

/** "Off Thu & Fri", "OOO Friday", "no texts on the 12th", "not tomorrow": those days, back the day after the last. */
export function daysSaid(t: string, today: DateTime): PauseDates | undefined {
  const text = normaliseJoins(t);
  const full = datesSaid(text, monthFirst(today)).filter((d) => !d.bare && !d.today);
  if (full.length === 0) return undefined;
  const listed = [full[0]!];
  for (const d of full.slice(1)) {
    if (!LIST_JOIN.test(text.slice(listed[listed.length - 1]!.end, d.index))) break;
    listed.push(d);
  }
  // Each day of the list on or after the one before: "Thu & Fri" said on a Friday is next week's two.
  const days: DateTime[] = [];
  for (const d of listed) {
    const day = resolve(d, days[days.length - 1] ?? today, "from");
    if (day === undefined) return undefined;
    days.push(day);
  }
  return within({ from: days[0]!, until: days[days.length - 1]!.plus({ days: 1 }) }, today);
}

/** The first date said, as a day back strictly after today: "until" already cut off ("hasta | el 3 de abril"). */
export function firstDateAfter(t: string, today: DateTime): DateTime | undefined {
  const first = datesSaid(normaliseJoins(t), monthFirst(today)).find((d) => !d.bare);
  return first === undefined ? undefined : resolve(first, today, "after");
}

/** Whether the message names a date ("the 22nd", "Thu", "Dec 12", "mañana"), in any case and with or without accents. */
export function saysADate(text: string): boolean {
  return datesSaid(normaliseJoins(foldAccents(text))).some((d) => !d.bare);
}

function endCue(before: string): "back" | "until" | "through" | "after" | null {
  if (AFTER.test(before)) return "after";
  if (THROUGH.test(before)) return "through";
  if (UNTIL.test(before)) return "until";
  if (BACK_ON.test(before)) return "back";
  return null;
}

/** "Thu & Fri" → "thu and fri", "Mon/Wed/Fri" → "mon, wed, fri", "12–19" → "12-19". */
function normaliseJoins(t: string): string {
  return t.replace(/[–—]/g, "-").replace(/&/g, " and ").replace(/(?<=[a-z])\s*\/\s*(?=[a-z])/g, ", ").replace(/\s+/g, " ");
}

function rangeOf(a: Said, b: Said, today: DateTime): PauseDates | undefined {
  // "Dec 12–19": the month carries forward; "12–19 Dec", "del 5 al 12 de enero": backward.
  const first = a.month === undefined && b.month !== undefined && a.day !== undefined ? { ...a, month: b.month } : a;
  const second = b.month === undefined && a.month !== undefined && b.day !== undefined && b.weekday === undefined ? { ...b, month: a.month } : b;
  const from = resolve(first, today, "from");
  if (from === undefined) return undefined;
  const last = resolve(second, from, "from");
  if (last === undefined) return undefined;
  return within({ from, until: last.plus({ days: 1 }) }, today);
}

function within(dates: PauseDates, today: DateTime): PauseDates | undefined {
  const start = dates.from ?? today;
  // A range longer than a few months is more likely a misreading ("3-12" of something else) than days away.
  if (dates.until <= start || (dates.from !== undefined && dates.until.diff(start, "days").days > MAX_PAUSE_DAYS)) return undefined;
  return dates;
}

/**
 * The first day on or after `from` (strictly after, for "after": the day back is never today) that
 * fits what was said. A weekday said with its day ("el lunes 10") checks the day against the
 * weekday over the next two months; when they never agree, the day of the month wins.
 */
function resolve(said: Said, from: DateTime, mode: "from" | "after"): DateTime | undefined {
  const earliest = mode === "after" ? from.plus({ days: 1 }) : from;
  if (said.fixed) {
    const day = said.fixed(from);
    return day !== undefined && day >= earliest ? day : undefined;
  }
  if (said.month !== undefined && said.day !== undefined) return onOrAfter(earliest, said.month, said.day);
  if (said.day !== undefined) {
    const candidates = [0, 1, 2].map((n) => monthDay(earliest.plus({ months: n }).startOf("month"), said.day!)).filter((d): d is DateTime => d !== undefined && d >= earliest);
    if (candidates.length === 0) return undefined;
    return candidates.find((d) => said.weekday === undefined || d.weekday === said.weekday) ?? candidates[0];
  }
  if (said.weekday !== undefined) return earliest.plus({ days: (said.weekday - earliest.weekday + 7) % 7 });
  return undefined;
}

function monthDay(startOfMonth: DateTime, day: number): DateTime | undefined {
  const date = startOfMonth.set({ day });
  return date.isValid && date.day === day && date.month === startOfMonth.month ? date : undefined;
}

/** The next `month`/`day` on or after `from` (this year, else next). */
export function onOrAfter(from: DateTime, month: number, day: number): DateTime | undefined {
  for (const year of [from.year, from.year + 1]) {
    const date = monthDay(from.set({ year, month, day: 1 }), day);
    if (date !== undefined && date >= from.startOf("day")) return date;
  }
  return undefined;
}

function everyYear(today: DateTime, on: (year: number) => DateTime): DateTime {
  const thisYear = on(today.year);
  return thisYear >= today ? thisYear : on(today.year + 1);
}

/** The `n`th `weekday` of the month that `first` opens (Thanksgiving: the fourth Thursday of November). */
function nthWeekday(first: DateTime, weekday: number, n: number): DateTime {
  return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easterSunday(today: DateTime, year: number): DateTime {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return today.set({ year, month, day: ((h + l - 7 * m + 114) % 31) + 1 }).startOf("day");
}
