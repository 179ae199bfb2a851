import { DateTime } from "luxon";
import { foldAccents } from "../text/fold.js";
import { numberWordsBetween } from "../text/number-words.js";
import { asksForDaysBack, findDaysOff, findNamedWeek } from "./schedule-days.js";
import { dayBack, daysSaid, firstDateAfter, rangeSaid } from "./schedule-dates.js";
import { everyRuledOut, isRuledOut, type RuledOutWhen } from "./ruled-out-time.js";

/**
 * Reads what a patient wants done with their reminders, in English or Spanish:
 * "text me at 7pm instead", "mándame a las 19:30", "I'm on vacation until Monday",
 * "pause for a week", "I'm back, start again". Pure: `now` and the zone are given.
 */
export type ScheduleRequest =
  /** `add`: keep the current times too ("also at 1pm"); `replace`: these become the times, less `replaces` when named ("6pm instead of 8am"). */
  | { kind: "reminder_time"; times: string[]; mode: "replace" | "add"; replaces: string[] }
  /** `untilLocalDate` (yyyy-MM-dd) is the day reminders start again; null means until the patient resumes. `fromLocalDate`: a pause asked for ahead. */
  | { kind: "pause"; untilLocalDate: string | null; fromLocalDate?: string; namedPeriod?: true }
  | { kind: "resume" }
  /** A time the patient rules out ("7 is too early", "not before work", "mornings don't work"): never set; ask for a better one. */
  | { kind: "ruled_out"; time: string | null; when?: RuledOutWhen | null }
  /** Standing weekdays without reminders, ISO 1 = Mon … 7 = Sun ("no texts on weekends", "not on Tuesdays", "entre semana nada más"). */
  | { kind: "days_off"; weekdays: number[] }
  /** One reminder at a local time on `localDate`, the standing schedule untouched ("remind me tonight at 9"). */
  | { kind: "one_off"; localDate: string; time: string }
  /** A part of the day said in answer to "what time would suit you better?" ("evenings", "por la tarde"): the exact time is asked. */
  | { kind: "part_of_day"; when: PartOfDay }
  /** `one_off`: a later nudge with no time to place it; `unsupported`: e.g. "every other day"; `event`: "until after my surgery", ask the date. */
  | { kind: "unclear"; why: "no_time" | "one_off" | "unsupported" | "event" };

/** Lowercase without accents, punctuation kept (times need ":" and "."). */
function simplify(text: string): string {
  return foldAccents(text).replace(/[’‘]/g, "'");
}

/** Clock hours in words; "a la una" is one o'clock. */
const NUMBER_WORDS: Record<string, number> = { ...numberWordsBetween(1, 12), una: 1 };
const WORD_NUMBER = Object.keys(NUMBER_WORDS).join("|");

const TIME = new RegExp(
  String.raw`(?<prefix>\b(?:at|@|around|by|to|a las|a la|las|sobre las|hacia las|para las)\s+)?` +
    String.raw`(?<half>\bhalf\s+(?:past\s+)?)?` +
    String.raw`\b(?<hour>\d{1,2}(?!\d)|(?:${WORD_NUMBER})\b)(?:[:.h](?<minute>[0-5]\d)(?!\d))?` +
    String.raw`(?:\s*(?<meridiem>a\.?\s?m\b\.?|p\.?\s?m\b\.?))?` +
    String.raw`(?<fraction>\s+y\s+(?:media|cuarto)\b)?`,
  "g",
);

/** What may follow a number that makes it a duration or a count rather than a clock time. */
const NOT_A_TIME = /^\s*(?:-\s*)?(?:\/\s*\d|days?|weeks?|hours?|hrs?\b|mins?|minutes?|dias?|semanas?|horas?|minutos?|reps?|sets?|times|veces|x\b|\/\s*10|out of|de 10|of \d|de \d)/;

const LOCAL_PERIOD =
  /^\s*(?:o'?clock\s*)?(?:in the |de la |por la |en la |at )?(?<period>morning|evening|afternoon|night|tonight|manana|tarde|noche|madrugada)\b/;
const EVENING_CUES = /\b(?:tonight|evening|after work|after dinner|afternoon|por la tarde|por la noche|esta tarde|esta noche|despues del trabajo)\b/;
const MORNING_CUES = /\b(?:in the morning|mornings?|por la manana|de la manana|before work|antes del trabajo)\b/;
const NOT_THE_MORNING = /\b(?:instead of|rather than|not|en vez de|en lugar de|no) (?:the |in the |por la )?mornings?\b/;

const ONE_OFF = /\b(?:in an? (?:hour|bit|while)|in \d+ (?:min|minutes|hours?)|again at|later today|later|just today|today only|tonight only|en una hora|en un rato|mas tarde|dentro de|solo hoy|luego)\b/;
const RESUME = /\b(?:resume|start (?:them )?again|restart|unpause|back on|turn (?:them|it|the reminders) back on|i'?m back|im back|back from|reanud\w*|volvi|ya volvi|estoy de vuelta|ya estoy aqui|de nuevo|otra vez|retoma\w*)\b/;
const PAUSE = /\b(?:pause|paus\w*|vacation|holidays?|trip|travel\w*|away|hold|break|skip|cancel\w*|off|stop|no (?:texts|messages|reminders)|vacaciones|viaje|fuera|descanso|no me (?:mandes|envies|escribas)|sin mensajes|para(?:d|r))\b/;
const UNSUPPORTED = /\b(?:every other day|cada dos dias|dia si,? dia no|alternate days)\b/;

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, un: 1, una: 1, uno: 1, two: 2, dos: 2, three: 3, tres: 3, four: 4, cuatro: 4, five: 5, cinco: 5, couple: 2, few: 3 };

const RULED_OUT = /\b(?:too early|too late|way too early|so early|really early|doesn'?t work|does not work|can'?t do|not good for me|won'?t work|no puedo|no me viene|demasiado (?:temprano|pronto|tarde)|muy (?:temprano|pronto|tarde)|no me (?:va|viene bien|sirve))\b/;
const PREFERRED = /\b(?:better|works|work better|prefer|instead|rather|mejor|prefiero|en vez|en lugar)\b/;
const ADDING = /\b(?:also|another|a second|second reminder|additional|extra|as well|too(?=\s*(?:[,.!?;]|$|please|pls|thanks))|in addition|add|ademas|tambien|otro|otra|agreg\w*|anad\w*|sum\w*)\b/;
const REPLACED = /\b(?:instead of|rather than|en vez de|en lugar de|from)\s+(?:the\s+|las?\s+|a las\s+)?/;
/** With no "instead of": "can the 7am one be 9am", "move my 8am to 9am" — the reminder named by its time is the one replaced. */
const REPLACED_BY_NAME = /\b(?:change|move|switch|shift|swap|push|bump|can|could) (?:the|my|that)\s+(?=\d)/;
const THIS_ONCE = /\b(?:tonight|this evening|this afternoon|today|later today|just once|once|esta noche|esta tarde|hoy|solo una vez|una vez)\b/;
/** Said to be for once, whatever else is said ("just for tomorrow … instead"): never a standing change. */
const EXPLICITLY_ONCE = /\b(?:(?:just|only|solo|nada mas|nomas) (?:for |por )?(?:today|tonight|tomorrow|this once|once|this time|hoy|manana|esta vez|esta noche)|(?:today|tonight|tomorrow|hoy|manana|esta noche) (?:only|nada mas|nomas|solamente)|just this once|this one time|solo esta vez|por esta vez)\b/;
const STANDING = /\b(?:from now on|every ?day|daily|each day|always|instead|desde ahora|a partir de ahora|todos los dias|cada dia|siempre|en vez de|en lugar de)\b/;
const EVENT_PAUSE = /\b(?:until|till|til|hasta)\s+(?:after\s+|despues de\s+|que\s+)?(?:my|the|mi|la|el|me)?\s*(?:surgery|operation|op|procedure|appointment|treatment|recovery|scan|operacion|cirugia|intervencion|cita|tratamiento|recuperacion|operen|opere)\b/;

const TOMORROW = /\b(?:tomorrow|tmrw|manana)\b/;
const MORNING = /\b(?:la|las|por la|de la|en la)\s+manana\b/;
const EVENT = /\b(?:surgery|operation|op|procedure|hospital|operacion|cirugia|intervencion|operan|opere|operen|hospital)\b/;
const FOR_NOW = /\b(?:for now|for the time being|for a while|por ahora|de momento|por el momento|por un tiempo|una temporada)\b/;
const DURATION = /\b(?:\d+|a|one|two|three|four|a few|un|una|dos|tres|cuatro|unos|unas)\s+(?:days?|weeks?|dias?|semanas?)\b/;

/** "until I'm back from my trip", "until after that": an end the patient knows and hepbot cannot date. "Until further notice" is open-ended. */
const UNTIL_SOMETHING = /\b(?:until|till|til|hasta)\b(?!\s+(?:further notice|i say|i tell you|i text|i'?m ready|i ask|nuevo aviso|que (?:yo )?(?:le |te )?(?:diga|avise|escriba)))/;

export type PartOfDay = "morning" | "lunch" | "afternoon" | "evening" | "night" | "after_work";

// A short answer naming a part of the day, not a clock time.
const PARTS_OF_DAY: ReadonlyArray<[PartOfDay, RegExp]> = [
  ["after_work", /\b(?:after work|after my shift|when i get home|despues del trabajo|despues de trabajar|al salir del trabajo|cuando llegue a casa)\b/],
  ["lunch", /\b(?:lunch\w*|hora de (?:comer|la comida|almorzar)|a la hora del almuerzo|almuerzo)\b/],
  ["night", /\b(?:nights?|at night|before bed|bedtime|late|por la noche|en la noche|las noches|de noche|antes de dormir|antes de acostarme)\b/],
  ["evening", /\b(?:evenings?|tonight|after dinner|after supper|after tea)\b/],
  ["afternoon", /\b(?:afternoons?|por la tarde|en la tarde|las tardes|de tarde|tardecita)\b/],
  ["morning", /\b(?:mornings?|por la manana|en la manana|las mananas|de manana|temprano|early)\b/],
];
const MAX_PART_OF_DAY_WORDS = 6;
// "Afternoons are better", "mejor por la tarde", "I'd prefer evenings": the part of day wanted, its time still to ask.
const PART_WORDS: ReadonlyArray<[PartOfDay, string]> = [
  ["morning", "mornings?|manana|mananas"],
  ["lunch", "lunch(?:time)?|mediodia"],
  ["afternoon", "afternoons?|tarde|tardes"],
  ["evening", "evenings?"],
  ["night", "nights?|noche|noches"],
  ["after_work", "after work|despues del trabajo"],
];
const PART = PART_WORDS.map(([, words]) => words).join("|");
const PART_PREFERRED = new RegExp(
  String.raw`\b(?<first>${PART}) (?:are|is|would be|would work|work|works|es|son|me va|me van|seria|serian)? ?(?:much |way |mucho )?(?:better|best|mejor|mejores)\b` +
    String.raw`|\b(?:prefer|prefiero|mejor|rather|better|instead|en vez|en cambio) (?:in the |the |by |por la |en la |a la |las |de )?(?<after>${PART})\b(?! (?:ones?|exercises?|ejercicios|stretch\w*|session))`,
);

/** Whether the message says which part of the day the patient would rather have reminders in. */
export function prefersAPartOfDay(text: string): boolean {
  return preferredPartOfDay(simplify(text)) !== null;
}

/** The part of the day the patient prefers ("afternoons are better", "mejor por la tarde"), or null. */
function preferredPartOfDay(t: string): PartOfDay | null {
  const m = PART_PREFERRED.exec(t.replace(/[^a-z0-9: ]+/g, " ").replace(/\s+/g, " "));
  const said = m?.groups?.first ?? m?.groups?.after;
  if (said === undefined) return null;
  return PART_WORDS.find(([, words]) => new RegExp(`^(?:${words})$`).test(said))?.[0] ?? null;
}
// "Still mornings are bad" names a part of the day to avoid, not one wanted.
const NEGATED = /\b(?:not|no|never|bad|don'?t|doesn'?t|can'?t|cannot|too|nunca|imposible|mal|tampoco)\b/;

/** Being away or wanting a day without reminders, in the words of out-of-office notes and calendar invites. */
const AWAY =
  /\b(?:ooo|oof|out of (?:the )?(?:office|country)|out of town|away|(?<!\b(?:day|days|work|time) )off(?= (?:on|from|until|till|thru|through|the|next|this|tomorrow|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|out (?:on|from|until|till|thru|through|next|this|tomorrow)|on (?:vacation|holiday|leave|a trip)|vacation|holidays?|travel\w*|trip|not around|not home|not here|skip|nothing on|no (?:texts|messages|reminders)|paus\w*|no estoy|no estare|no voy a estar|fuera|de viaje|de vacaciones|ausente|sin mensajes|nada (?:el|los|la|las|del|este|esta|hasta|entre)|(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|fines de semana|finde) (?:nada|no)|(?:every ?day|daily|todos los dias|cada dia) (?:except|excepto|menos|salvo|but)|no me (?:mande|escriba|envie)\w*)\b/;

/**
 * "OOO Dec 12–19", "back on the 22nd", "off Thu & Fri", "skip Sundays", "del 5 al 12 de enero no
 * estoy": days away or without reminders, named with their dates or weekdays. About the reminders
 * whatever else the reader made of the message.
 */
export function namesDaysAway(text: string, now: Date, timeZone: string): boolean {
  const request = daysAwaySaid(text, now, timeZone);
  return request !== null && (request.kind !== "pause" || request.namedPeriod !== true);
}

/** The instant and its local day, for the instant last asked about: every message of a batch is read at one instant. */
let lastLocalNow: { ms: number; timeZone: string; local: DateTime; today: DateTime } | null = null;
function localNow(now: Date, timeZone: string): { local: DateTime; today: DateTime } {
  if (lastLocalNow?.ms !== now.getTime() || lastLocalNow.timeZone !== timeZone) {
    const local = DateTime.fromJSDate(now, { zone: timeZone });
    lastLocalNow = { ms: now.getTime(), timeZone, local, today: local.startOf("day") };
  }
  return lastLocalNow;
}

/**
 * Days away or without reminders said in a message, "next week" too ("knee hurts 6/10 and I'm away
 * next week"), as the pause or days off they ask for; null when none are said.
 */
export function daysAwaySaid(text: string, now: Date, timeZone: string): Extract<ScheduleRequest, { kind: "pause" | "days_off" }> | null {
  const t = simplify(text);
  const { today } = localNow(now, timeZone);
  if (dayBack(t, today) === undefined && (!AWAY.test(t) || findTimes(t).length > 0)) return null;
  const request = parseScheduleRequest(text, now, timeZone);
  if (request.kind === "pause" && request.untilLocalDate !== null) return request;
  return request.kind === "days_off" && request.weekdays.length > 0 ? request : null;
}

export function parseScheduleRequest(text: string, now: Date, timeZone: string): ScheduleRequest {
  const t = simplify(text);
  const { local, today } = localNow(now, timeZone);
  const times = findTimes(t);

  // "8 is too early for me, 10 would be better": bare hours on both sides.
  const preferredBare = RULED_OUT.test(t) && times.length === 0 ? bareHourPreferred(t) : null;
  if (preferredBare !== null) return { kind: "reminder_time", times: [preferredBare], mode: "replace", replaces: [] };
  // "Mornings don't work, 6pm instead": the time wanted is set; "not before 9" alone asks for one.
  const everyRuled = everyRuledOut(text);
  const ruled = everyRuled[0] ?? null;
  if (ruled !== null) {
    // A bound ("after 9") is not itself a time wanted; a time the patient ruled out in any clause never is.
    const wanted = times.filter((x) => !isRuledOut(x, everyRuled) && !everyRuled.some((r) => r.time === x));
    if (wanted.length > 0 && (ruled.time !== null || PREFERRED.test(t))) return { kind: "reminder_time", times: wanted, mode: "replace", replaces: [] };
    // "Too early, I'm still asleep at 8": the time named is the one that is too early.
    const relative = ruled.when === "early" || ruled.when === "late" || ruled.when === "that_time";
    // "Las 8 no, mejor por la tarde": the exact time in the afternoon is asked.
    const part = preferredPartOfDay(t);
    if (part !== null) return { kind: "part_of_day", when: part };
    const time = ruled.time ?? (relative ? (times[0] ?? bareHourRuledOut(t)) : null);
    return ruled.when === null ? { kind: "ruled_out", time } : { kind: "ruled_out", time, when: ruled.when };
  }
  if (RULED_OUT.test(t) && !PREFERRED.test(t)) return { kind: "ruled_out", time: times[0] ?? bareHourRuledOut(t) };
  // "7 is too early, better at 9" / "a las 7 no puedo, mejor a las 9": only the preferred time is set.
  if (RULED_OUT.test(t) && times.length > 1) {
    const ruled = t.split(/[,;.]|\bbut\b|\bpero\b/).filter((clause) => RULED_OUT.test(clause)).flatMap(findTimes);
    const wanted = times.filter((x) => !ruled.includes(x));
    if (ruled.length > 0 && wanted.length > 0) return { kind: "reminder_time", times: wanted, mode: "replace", replaces: [] };
  }
  if (times.length > 0) {
    const tomorrow = TOMORROW.test(t) && !MORNING.test(t);
    if (EXPLICITLY_ONCE.test(t) || ((THIS_ONCE.test(t) || ONE_OFF.test(t) || tomorrow) && !STANDING.test(t))) {
      const time = times[times.length - 1]!;
      const [hour, minute] = time.split(":").map(Number) as [number, number];
      const at = (tomorrow ? today.plus({ days: 1 }) : today).set({ hour, minute });
      return { kind: "one_off", time, localDate: (at <= local ? at.plus({ days: 1 }) : at).toISODate()! };
    }
    // The time said right after "instead of" / "from" is the one replaced: "instead of 8am can you do 6pm", "from 8am to 9:30am";
    // with no such time, the one a reminder is named by ("can the 7am one be 9am").
    const timeAfter = (marker: RegExpExecArray | null) => (marker === null ? undefined : timesInOrder(t).find((found) => found.index >= marker.index));
    const next = timeAfter(REPLACED.exec(t)) ?? timeAfter(REPLACED_BY_NAME.exec(t));
    const replaces = next === undefined ? [] : [next.time];
    const wanted = times.filter((time) => !replaces.includes(time));
    if (replaces.length > 0 && wanted.length > 0) return { kind: "reminder_time", times: wanted, mode: "replace", replaces };
    return { kind: "reminder_time", times, mode: ADDING.test(t) ? "add" : "replace", replaces: [] };
  }
  if (asksForDaysBack(t)) return { kind: "days_off", weekdays: [] };
  if (RESUME.test(t) && !/\buntil\b|\bhasta\b/.test(t) && dayBack(t, today) === undefined) return { kind: "resume" };
  if (UNSUPPORTED.test(t)) return { kind: "unclear", why: "unsupported" };
  const named = findNamedWeek(t, today);
  if (named !== undefined) return { kind: "pause", fromLocalDate: named.from.toISODate()!, untilLocalDate: named.until.toISODate()!, namedPeriod: true };
  const daysOff = findDaysOff(t);
  if (daysOff !== null) return { kind: "days_off", weekdays: daysOff };
  if (ONE_OFF.test(t)) return { kind: "unclear", why: "one_off" };
  const part = preferredPartOfDay(t);
  if (part !== null) return { kind: "part_of_day", when: part };

  const range = rangeSaid(t, today);
  if (range !== undefined) return pauseOf(range);
  // "Back on the 22nd", "away Monday, back Thursday", "until after Xmas".
  const back = dayBack(t, today);
  if (back !== undefined) return pauseOf(back);
  // The date reminders come back is read after "until" when there is one: "on Friday for my operation, stop until I'm out" is not "until Friday".
  const untilWord = UNTIL_SOMETHING.exec(t);
  const until = findResumeDate(untilWord === null ? t : t.slice(untilWord.index), today);
  if (until === undefined && (EVENT_PAUSE.test(t) || untilWord !== null)) return { kind: "unclear", why: "event" };
  // "Me operan mañana, no me mande nada por ahora": the day named is the operation's; when they are back is unknown.
  if (untilWord === null && EVENT.test(t) && FOR_NOW.test(t) && !DURATION.test(t)) return { kind: "unclear", why: "event" };
  // "Off Thu & Fri", "cancel tomorrow's reminder": those days only.
  const days = untilWord === null && !DURATION.test(t) ? daysSaid(t, today) : undefined;
  if (days !== undefined) return pauseOf(days);
  if (until !== undefined || PAUSE.test(t)) {
    return { kind: "pause", untilLocalDate: until === undefined ? null : until.toISODate() };
  }
  return { kind: "unclear", why: "no_time" };
}

function pauseOf(dates: { from?: DateTime; until: DateTime }): ScheduleRequest {
  return { kind: "pause", ...(dates.from === undefined ? {} : { fromLocalDate: dates.from.toISODate()! }), untilLocalDate: dates.until.toISODate()! };
}

/** "10 would be better", "mejor las 10": the bare hour the patient prefers, read as a waking hour. */
function bareHourPreferred(t: string): string | null {
  const m =
    /\b(?<hour>\d{1,2})(?::(?<minute>[0-5]\d))?\s+(?:would be|would work|works|is|es|seria|me va|me viene)\s+(?:much |mucho )?(?:better|best|mejor)\b/.exec(t) ??
    /\b(?:mejor|better|prefer|prefiero)\s+(?:a las |las |at )?(?<hour>\d{1,2})(?::(?<minute>[0-5]\d))?\b/.exec(t);
  return asHourOfDay(m);
}

/** "10", "10:30 please", "las 10": a bare hour given as the whole answer, read as a waking hour. */
function bareHourAnswer(t: string, partOfDay?: PartOfDay): string | null {
  const m = /^\s*(?:at |a las |las |around |about |like |maybe |sobre las |como a las )?(?<hour>\d{1,2})(?::(?<minute>[0-5]\d))?\s*(?:o'?clock|h|hrs|ish)?\s*(?:please|pls|plz|thanks|thank you|porfa|por favor|gracias)?[\s.!]*$/.exec(t);
  // In answer to "what time in the evening?", "7" is 7 PM.
  return partOfDay !== undefined && partOfDay !== "morning" && partOfDay !== "lunch" ? asHourOfDay(m, (hour) => hour < 12) : asHourOfDay(m);
}

/**
 * A bare hour matched with `hour` (and maybe `minute`) as "HH:mm"; null when it is no hour of the day. Without
 * am/pm it is read as a waking hour (nobody asks for reminders between 1 and 6 in the morning) unless `afternoon` says otherwise.
 */
function asHourOfDay(m: RegExpExecArray | null, afternoon: (hour: number) => boolean = (hour) => hour <= 6): string | null {
  if (!m?.groups) return null;
  const hour = Number(m.groups.hour);
  if (hour < 1 || hour > 23) return null;
  return `${String(afternoon(hour) ? hour + 12 : hour).padStart(2, "0")}:${m.groups.minute ?? "00"}`;
}

/** "7 is too early": a bare hour the patient rules out, read as a waking hour. */
function bareHourRuledOut(t: string): string | null {
  const m = /\b(?<hour>\d{1,2})(?::(?<minute>[0-5]\d))?\s+(?:is|es|son)\b/.exec(t);
  return asHourOfDay(m);
}

/** Clock times named in the message, as sorted "HH:mm". */
function findTimes(t: string): string[] {
  return [...new Set(timesInOrder(t).map((found) => found.time))].sort();
}

/** Clock times named in the message, where each is said ("noon" first). */
function timesInOrder(t: string): Array<{ time: string; index: number }> {
  const found: Array<{ time: string; index: number }> = [];
  const noon = /\b(?:noon|midday|mediodia)\b/.exec(t);
  if (noon !== null) found.push({ time: "12:00", index: noon.index });

  for (const match of t.matchAll(TIME)) {
    const g = match.groups ?? {};
    const rest = t.slice((match.index ?? 0) + match[0].length);
    if (NOT_A_TIME.test(rest)) continue;
    const isDigit = /^\d/.test(g.hour ?? "");
    const period = LOCAL_PERIOD.exec(rest)?.groups?.period;
    const clockLike = g.minute !== undefined || g.meridiem !== undefined || period !== undefined || g.fraction !== undefined;
    if (!clockLike && g.prefix === undefined && g.half === undefined) continue;
    if (!isDigit && g.prefix === undefined && g.meridiem === undefined && g.half === undefined && period === undefined) continue;

    let hour = isDigit ? Number(g.hour) : NUMBER_WORDS[g.hour!]!;
    let minute = g.minute !== undefined ? Number(g.minute) : 0;
    if (g.half !== undefined || /media/.test(g.fraction ?? "")) minute = 30;
    if (/cuarto/.test(g.fraction ?? "")) minute = 15;
    if (hour > 23 || (hour === 0 && g.minute === undefined)) continue;

    hour = resolveMeridiem(hour, g.hour ?? "", g.meridiem, period, t);
    found.push({ time: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, index: match.index ?? 0 });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Turns a 12-hour reading into 24 hours, from am/pm, a nearby "in the evening", the whole message, or waking hours. */
function resolveMeridiem(hour: number, written: string, meridiem: string | undefined, period: string | undefined, t: string): number {
  if (hour > 12 || /^0\d/.test(written)) return hour;
  const pm = (h: number) => (h === 12 ? 12 : h + 12);
  const am = (h: number) => (h === 12 ? 0 : h);
  if (meridiem !== undefined) return meridiem.startsWith("p") ? pm(hour) : am(hour);
  if (hour === 12) return 12;
  if (period !== undefined) {
    if (period === "morning" || period === "manana" || period === "madrugada") return am(hour);
    return pm(hour);
  }
  if (EVENING_CUES.test(t)) return pm(hour);
  if (MORNING_CUES.test(t) && !NOT_THE_MORNING.test(t)) return am(hour);
  // No cue at all: nobody asks for reminders between 1 and 6 in the morning.
  return hour <= 6 ? pm(hour) : hour;
}

/** The local date reminders start again, when the message names one. */
function findResumeDate(t: string, today: DateTime): DateTime | undefined {
  const span = /(?:\b(?:for|durante|por)\s+)?(?:the next\s+|los proximos\s+|las proximas\s+|a\s+)?(?<count>\d+|[a-z]+)?\s*(?:of\s+)?(?<unit>days?|weeks?|dias?|semanas?)\b/.exec(t);
  if (span?.groups) {
    const raw = span.groups.count;
    const count = raw === undefined ? 1 : /^\d+$/.test(raw) ? Number(raw) : COUNTS[raw];
    if (count !== undefined && count > 0 && count <= 90) {
      return today.plus(/^(?:day|dia)/.test(span.groups.unit!) ? { days: count } : { weeks: count });
    }
  }
  if (/\b(?:a|one|una)\s+(?:week|semana)\b/.test(t)) return today.plus({ weeks: 1 });

  if (/\b(?:next week|la semana que viene|la proxima semana|proxima semana)\b/.test(t)) {
    return today.plus({ weeks: 1 }).startOf("week");
  }
  return firstDateAfter(t, today);
}

/**
 * The answer to hepbot's own question about the reminders: a time after "what time would suit you
 * better?", a date after "what date should they come back?" ("June 20", "el 20"). Null when the
 * message is not one, so it is read as any other message.
 */
export function answerToScheduleQuestion(
  about: "time" | "resume_date",
  text: string,
  now: Date,
  timeZone: string,
  partOfDay?: PartOfDay,
): ScheduleRequest | null {
  if (about === "time") {
    // "7" after "in the evening it is, what time exactly?" is 7 in the evening.
    const cue = partOfDay === undefined ? "" : partOfDay === "morning" ? " in the morning" : partOfDay === "lunch" ? "" : " in the evening";
    const request = parseScheduleRequest(`${text}${cue}`, now, timeZone);
    if (request.kind === "reminder_time" || request.kind === "ruled_out" || request.kind === "part_of_day") return request;
    const t = simplify(text);
    // "10", "10 would be better", "mejor las 10": a bare hour answers the question, read as a waking hour (or in the part of day said).
    const bare = bareHourPreferred(t) ?? bareHourAnswer(t, partOfDay);
    if (bare !== null) return { kind: "reminder_time", times: [bare], mode: "replace", replaces: [] };
    const words = t.split(/\s+/).filter(Boolean).length;
    const part = words <= MAX_PART_OF_DAY_WORDS && !NEGATED.test(t) ? PARTS_OF_DAY.find(([, pattern]) => pattern.test(t)) : undefined;
    return part === undefined ? null : { kind: "part_of_day", when: part[0] };
  }
  const request = parseScheduleRequest(`until ${text}`, now, timeZone);
  return request.kind === "pause" && request.untilLocalDate !== null ? request : null;
}
