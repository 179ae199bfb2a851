import { describe, expect, it } from "vitest";
import { answerToScheduleQuestion, daysAwaySaid, namesDaysAway, parseScheduleRequest, type ScheduleRequest } from "../../src/conversation/schedule-request.js";

// Wednesday 5 March 2025, 10:00 in New York (16:00 in Madrid).
const NOW = new Date("2025-03-05T15:00:00Z");
const NY = "America/New_York";
const MADRID = "Europe/Madrid";

const time = (...times: string[]): ScheduleRequest => ({ kind: "reminder_time", times, mode: "replace", replaces: [] });
const pause = (untilLocalDate: string | null): ScheduleRequest => ({ kind: "pause", untilLocalDate });
const resume: ScheduleRequest = { kind: "resume" };
const unclear = (why: "no_time" | "one_off" | "unsupported" | "event"): ScheduleRequest => ({ kind: "unclear", why });

describe("parseScheduleRequest: what kind of change (issue #12)", () => {
  const replace = (times: string[], replaces: string[]): ScheduleRequest => ({ kind: "reminder_time", times, mode: "replace", replaces });
  const add = (...times: string[]): ScheduleRequest => ({ kind: "reminder_time", times, mode: "add", replaces: [] });
  it.each<[string, string, ScheduleRequest]>([
    ["can you text me at 6pm instead of 8am", NY, replace(["18:00"], ["08:00"])],
    // A reminder named by its time and given another; "just for tomorrow" is once, whatever "instead" says.
    ["can the 7am one be 9am from now on", NY, replace(["09:00"], ["07:00"])],
    ["instead of 7am can you do 8:30", NY, replace(["08:30"], ["07:00"])],
    ["can my reminders come at 9am instead of 7am", NY, replace(["09:00"], ["07:00"])],
    ["can you move my 8am to 9am", NY, replace(["09:00"], ["08:00"])],
    ["just for tomorrow can you text me at 10 instead", NY, { kind: "one_off", time: "10:00", localDate: "2025-03-06" }],
    ["solo por hoy, mándamelo a las 7 de la tarde en vez de a las 9", MADRID, { kind: "one_off", time: "19:00", localDate: "2025-03-05" }],
    ["¿me puede escribir a las 18:00 en vez de a las 8?", MADRID, replace(["18:00"], ["08:00"])],
    ["can I also get a reminder at 1pm?", NY, add("13:00")],
    ["añada otro a las 13:00, además del de la mañana", MADRID, add("13:00")],
    ["7 am is way too early for me", NY, { kind: "ruled_out", time: "07:00" }],
    ["las 7 es demasiado temprano", MADRID, { kind: "ruled_out", time: "07:00" }],
    ["7 is too early", NY, { kind: "ruled_out", time: "07:00" }],
    ["remind me tonight at 9", NY, { kind: "one_off", time: "21:00", localDate: "2025-03-05" }],
    ["recuérdemelo esta noche a las 9", MADRID, { kind: "one_off", time: "21:00", localDate: "2025-03-05" }],
    ["text me at 9pm from now on", NY, time("21:00")],
    ["no reminders from the 20th to the 27th please", NY, { kind: "pause", fromLocalDate: "2025-03-20", untilLocalDate: "2025-03-28" }],
    ["no me mande nada del 20 al 27", MADRID, { kind: "pause", fromLocalDate: "2025-03-20", untilLocalDate: "2025-03-28" }],
    ["pause them between March 15 and March 22", NY, { kind: "pause", fromLocalDate: "2025-03-15", untilLocalDate: "2025-03-23" }],
    ["please hold the reminders until after my surgery", NY, unclear("event")],
    ["pare los recordatorios hasta después de mi operación", MADRID, unclear("event")],
    ["no me escriba hasta que me operen", MADRID, unclear("event")],
    ["a las 7 no puedo, mejor a las 9", MADRID, time("09:00")],
    ["7am is too early, 9am would be better", NY, time("09:00")],
    ["can you remind me tomorrow at 7pm", NY, { kind: "one_off", time: "19:00", localDate: "2025-03-06" }],
    ["recuérdemelo mañana a las 8 de la tarde", MADRID, { kind: "one_off", time: "20:00", localDate: "2025-03-06" }],
    ["escríbame a las 8 de la mañana", MADRID, time("08:00")],
    ["no messages until I'm back from my trip", NY, unclear("event")],
    ["I'm going into hospital on Friday for my operation, stop until I'm out", NY, unclear("event")],
    ["mañana me operan, no me mande nada por ahora", MADRID, unclear("event")],
    ["pause the reminders until further notice", NY, pause(null)],
    // Wednesday 5 March 2025: next week is Monday 10 to Sunday 16, this weekend the 8th and 9th.
    ["text me at 5pm from now on", NY, time("17:00")],
    ["change my reminder to 7:30pm", NY, time("19:30")],
    ["no reminders next week", NY, { kind: "pause", fromLocalDate: "2025-03-10", untilLocalDate: "2025-03-17", namedPeriod: true }],
    ["no me mande nada la semana que viene", MADRID, { kind: "pause", fromLocalDate: "2025-03-10", untilLocalDate: "2025-03-17", namedPeriod: true }],
    ["no texts this weekend", NY, { kind: "pause", fromLocalDate: "2025-03-08", untilLocalDate: "2025-03-10", namedPeriod: true }],
    ["este fin de semana no me escriba", MADRID, { kind: "pause", fromLocalDate: "2025-03-08", untilLocalDate: "2025-03-10", namedPeriod: true }],
    ["pause until next week", NY, pause("2025-03-10")],
    ["text me next week", NY, pause("2025-03-10")],
    ["remind me next week", NY, pause("2025-03-10")],
    ["del 3 al 10 de enero no me mande nada", MADRID, { kind: "pause", fromLocalDate: "2026-01-03", untilLocalDate: "2026-01-11" }],
    ["not on Tuesdays", NY, { kind: "days_off", weekdays: [2] }],
    ["only weekdays please", NY, { kind: "days_off", weekdays: [6, 7] }],
    ["entre semana nada más", MADRID, { kind: "days_off", weekdays: [6, 7] }],
    ["los martes y jueves no me escriba", MADRID, { kind: "days_off", weekdays: [2, 4] }],
    ["los fines de semana no me mande mensajes", MADRID, { kind: "days_off", weekdays: [6, 7] }],
    ["you can text me on weekends again", NY, { kind: "days_off", weekdays: [] }],
    ["weekends off please", NY, { kind: "days_off", weekdays: [6, 7] }],
    ["sin mensajes los domingos", MADRID, { kind: "days_off", weekdays: [7] }],
    ["instead of 8am can you do 6pm", NY, { kind: "reminder_time", times: ["18:00"], mode: "replace", replaces: ["08:00"] }],
    ["move my reminder from 8am to 9:30am", NY, { kind: "reminder_time", times: ["09:30"], mode: "replace", replaces: ["08:00"] }],
    ["8 is too early for me, 10 would be better", NY, time("10:00")],
    ["add 7pm please", NY, { kind: "reminder_time", times: ["19:00"], mode: "add", replaces: [] }],
    ["mándeme los sábados también", MADRID, { kind: "days_off", weekdays: [] }],
  ])("%s", (text, zone, expected) => {
    expect(parseScheduleRequest(text, NOW, zone)).toEqual(expected);
  });
});

describe("parseScheduleRequest", () => {
  it.each<[string, string, ScheduleRequest]>([
    // English times
    ["text me at 7pm instead", NY, time("19:00")],
    ["can you text me at 7pm instead of the morning?", NY, time("19:00")],
    ["8 in the morning", NY, time("08:00")],
    ["pls stop texting me so early, 9am is better", NY, time("09:00")],
    ["I'll do them after work, remind me at 6", NY, time("18:00")],
    ["can I get the reminders at half seven instead", NY, time("07:30")],
    ["Could you move my reminders to 12:30? Mornings are packed.", NY, time("12:30")],
    ["at 8am and 6pm please", NY, time("08:00", "18:00")],
    ["7:45 p.m. works", NY, time("19:45")],
    ["noon works best", NY, time("12:00")],
    ["at 9 at night", NY, time("21:00")],
    // Spanish times
    ["mándame a las 19:30", MADRID, time("19:30")],
    ["¿me pueden mandar el recordatorio a las 8 de la noche?", MADRID, time("20:00")],
    ["a las 9 de la mañana, por favor", MADRID, time("09:00")],
    ["mejor a las 7 y media de la tarde", MADRID, time("19:30")],
    ["a las ocho", MADRID, time("08:00")],
    ["al mediodía", MADRID, time("12:00")],
    // pauses: the date is the day reminders start again
    ["I'm on vacation until Monday", NY, pause("2025-03-10")],
    ["on vacation till monday, pause pls", NY, pause("2025-03-10")],
    ["pause for a week", NY, pause("2025-03-12")],
    ["pause for 3 days", NY, pause("2025-03-08")],
    ["away for two weeks", NY, pause("2025-03-19")],
    ["traveling until the 20th", NY, pause("2025-03-20")],
    ["on holiday until March 15", NY, pause("2025-03-15")],
    ["cancel tomorrow's reminder, I'm at the hospital for a scan all day", NY, { kind: "pause", fromLocalDate: "2025-03-06", untilLocalDate: "2025-03-07" }],
    ["pause the reminders", NY, pause(null)],
    ["estoy de viaje hasta el lunes, pausen los mensajes", MADRID, pause("2025-03-10")],
    ["de vacaciones hasta el 3 de abril", MADRID, pause("2025-04-03")],
    ["pausa dos semanas", MADRID, pause("2025-03-19")],
    ["no me mandes nada hasta mañana", MADRID, pause("2025-03-06")],
    // resume
    ["I'm back, start again", NY, resume],
    ["back from holiday, you can resume the reminders 🏖️", NY, resume],
    ["ya volví, empecemos otra vez", MADRID, resume],
    ["reanuden los recordatorios", MADRID, resume],
    // unclear
    ["can you change the time?", NY, unclear("no_time")],
    ["remind me in an hour", NY, unclear("one_off")],
    ["not now, ask me again at 3", NY, { kind: "one_off", time: "15:00", localDate: "2025-03-05" }],
    ["no texts on weekends please", NY, { kind: "days_off", weekdays: [6, 7] }],
    ["every other day would be better", NY, unclear("unsupported")],
    ["¿me lo recuerdas en una hora?", MADRID, unclear("one_off")],
  ])("%s", (text, zone, expected) => {
    expect(parseScheduleRequest(text, NOW, zone)).toEqual(expected);
  });

  it("counts days from the patient's local date, not UTC", () => {
    // 02:00 UTC Thursday is still Wednesday evening in New York: "Monday" is 5 days on, "a week" is next Wednesday.
    const lateEvening = new Date("2025-03-06T02:00:00Z");
    expect(parseScheduleRequest("pause for a week", lateEvening, NY)).toEqual(pause("2025-03-12"));
    expect(parseScheduleRequest("pause for a week", lateEvening, MADRID)).toEqual(pause("2025-03-13"));
  });

  it("\"until Monday\" said on a Monday means next Monday", () => {
    const monday = new Date("2025-03-10T15:00:00Z");
    expect(parseScheduleRequest("away until Monday", monday, NY)).toEqual(pause("2025-03-17"));
  });

  it("counts and durations are not clock times", () => {
    expect(parseScheduleRequest("pause for 2 days", NOW, NY)).toEqual(pause("2025-03-07"));
    expect(parseScheduleRequest("no reminders for 10 days", NOW, NY)).toEqual(pause("2025-03-15"));
  });
});

describe("answerToScheduleQuestion: the answer to 'what time would suit you better?' (#12)", () => {
  it.each<[string, Parameters<typeof answerToScheduleQuestion>[4], ReturnType<typeof answerToScheduleQuestion>]>([
    ["10", undefined, { kind: "reminder_time", times: ["10:00"], mode: "replace", replaces: [] }],
    ["10 would be better", undefined, { kind: "reminder_time", times: ["10:00"], mode: "replace", replaces: [] }],
    ["evenings", undefined, { kind: "part_of_day", when: "evening" }],
    ["after dinner", undefined, { kind: "part_of_day", when: "evening" }],
    ["lunchtime", undefined, { kind: "part_of_day", when: "lunch" }],
    ["por la tarde", undefined, { kind: "part_of_day", when: "afternoon" }],
    ["7", "evening", { kind: "reminder_time", times: ["19:00"], mode: "replace", replaces: [] }],
    ["7:30", "evening", { kind: "reminder_time", times: ["19:30"], mode: "replace", replaces: [] }],
    ["a las 6", "afternoon", { kind: "reminder_time", times: ["18:00"], mode: "replace", replaces: [] }],
    ["9", "morning", { kind: "reminder_time", times: ["09:00"], mode: "replace", replaces: [] }],
    ["still mornings are bad", undefined, { kind: "ruled_out", time: null, when: "morning" }],
    ["my knee hurts", undefined, null],
    ["afternoons are better than mornings", undefined, { kind: "part_of_day", when: "afternoon" }],
    ["las 8 no, mejor en la tarde", undefined, { kind: "part_of_day", when: "afternoon" }],
  ])("%s (said: %s)", (text, partOfDay, expected) => {
    expect(answerToScheduleQuestion("time", text, NOW, NY, partOfDay)).toEqual(expected);
  });
});

describe("dates written the way people write them: calendar invites, out-of-office notes (#12)", () => {
  // Wednesday 5 March 2025. A range includes its last day: back the day after.
  const away = (fromLocalDate: string | undefined, untilLocalDate: string): ScheduleRequest =>
    fromLocalDate === undefined ? { kind: "pause", untilLocalDate } : { kind: "pause", fromLocalDate, untilLocalDate };
  const off = (...weekdays: number[]): ScheduleRequest => ({ kind: "days_off", weekdays });
  it.each<[string, string, ScheduleRequest]>([
    // ranges: –, to, thru, through, al, del … al, the month said once on either side
    ["OOO Dec 12–19", NY, away("2025-12-12", "2025-12-20")],
    ["out of office 12-19 Dec", NY, away("2025-12-12", "2025-12-20")],
    ["away from the 3rd through the 10th", NY, away("2025-04-03", "2025-04-11")],
    ["away Mar 20 thru 27", NY, away("2025-03-20", "2025-03-28")],
    ["pause from April 28 to May 3", NY, away("2025-04-28", "2025-05-04")],
    ["del 5 al 12 de enero no estoy", MADRID, away("2026-01-05", "2026-01-13")],
    ["de vacaciones del 1 al 15 de abril", MADRID, away("2025-04-01", "2025-04-16")],
    ["no estoy del lunes al miércoles", MADRID, away("2025-03-10", "2025-03-13")],
    // one day or a list of days, weekday abbreviations, tomorrow, a holiday
    ["off Thu & Fri", NY, away("2025-03-06", "2025-03-08")],
    ["estoy fuera el jueves y el viernes", MADRID, away("2025-03-06", "2025-03-08")],
    ["not around Friday the 7th", NY, away("2025-03-07", "2025-03-08")],
    ["skip tomorrow", NY, away("2025-03-06", "2025-03-07")],
    ["off on Thanksgiving", NY, away("2025-11-27", "2025-11-28")],
    // the day back: back on, until, hasta, vuelvo el; through and after include the day named
    ["back on the 22nd", NY, away(undefined, "2025-03-22")],
    ["back Monday the 10th", NY, away(undefined, "2025-03-10")],
    ["vuelvo el 22", MADRID, away(undefined, "2025-03-22")],
    ["fuera hasta el lunes 10", MADRID, away(undefined, "2025-03-10")],
    ["traveling thru Sunday", NY, away(undefined, "2025-03-10")],
    ["no texts until after Xmas", NY, away(undefined, "2025-12-26")],
    ["no me escriba hasta después de Reyes", MADRID, away(undefined, "2026-01-07")],
    ["out until Easter", NY, away(undefined, "2025-04-20")],
    ["I'm away Monday, back Thursday", NY, away("2025-03-10", "2025-03-13")],
    // standing days off: plurals, "every", "my … days", "except", weekday abbreviations in a list
    ["skip Sundays", NY, off(7)],
    ["nothing on my dialysis days Mon/Wed/Fri", NY, off(1, 3, 5)],
    ["every day except Sunday", NY, off(7)],
    ["todos los días menos el domingo", MADRID, off(7)],
    ["nada los lunes, miércoles y viernes que tengo diálisis", MADRID, off(1, 3, 5)],
    ["no texts on weekdays", NY, off(1, 2, 3, 4, 5)],
    // across the new year, "the week of", "next" before a day, dates in figures in the zone's order (only in a range or after a cue)
    ["del 28 de diciembre al 3 de enero estoy fuera", MADRID, away("2025-12-28", "2026-01-04")],
    ["away Dec 28 - Jan 3", NY, away("2025-12-28", "2026-01-04")],
    ["no reminders the week of the 17th", NY, away("2025-03-17", "2025-03-24")],
    ["away this Friday through next Tuesday", NY, away("2025-03-07", "2025-03-12")],
    ["leaving on the 20th, back the 30th", NY, away("2025-03-20", "2025-03-30")],
    ["me voy de vacaciones el 20, vuelvo el 30", MADRID, away("2025-03-20", "2025-03-30")],
    ["OOO 3/10-3/14", NY, away("2025-03-10", "2025-03-15")],
    ["fuera del 10/4 al 14/4", MADRID, away("2025-04-10", "2025-04-15")],
    ["I'm gone 4/2 to 4/9", NY, away("2025-04-02", "2025-04-10")],
    ["did 2/3 today, pain 6/10", NY, { kind: "unclear", why: "no_time" }],
    // "too tired" is no "too" that adds a time
    ["skipped today, too tired, can you text me at 7 instead", NY, { kind: "reminder_time", times: ["07:00"], mode: "replace", replaces: [] }],
  ])("%s", (text, zone, expected) => {
    expect(parseScheduleRequest(text, NOW, zone)).toEqual(expected);
  });

  it.each<[string, boolean]>([
    ["OOO Dec 12–19", true],
    ["back on the 22nd", true],
    ["off Thu & Fri", true],
    ["skip Sundays", true],
    ["del 5 al 12 de enero no estoy", true],
    ["my back hurts on Monday", false],
    ["did them Monday and Tuesday", false],
    ["3 sets of 12-15 reps", false],
    ["I'm back!", false],
    ["off to the gym at 6pm on Friday", false],
    ["knee pain 6-7 today", false],
    ["out of breath today", false],
    ["I have the day off tomorrow so I'll do them then", false],
    ["my back on Monday was awful, better now", false],
    ["skip today", false],
    ["knee is off today, sore 5/10", false],
  ])("namesDaysAway: %s → %s", (text, expected) => {
    expect(namesDaysAway(text, NOW, NY)).toBe(expected);
  });

  it.each([
    ["hechos, no me duele nada, mañana sigo", MADRID],
    ["did them, nothing hurts today", NY],
    ["done! off to work", NY],
    ["haven't done them yet, can never stay awake after sunday lunch, will do tonight", NY],
    ["los hago después de la comida del domingo", MADRID],
  ])("daysAwaySaid: '%s' says no days away", (text, zone) => {
    expect(daysAwaySaid(text, NOW, zone)).toBeNull();
  });
});
