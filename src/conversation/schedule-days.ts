import type { DateTime } from "luxon";

/**
 * The days in a reminder request: one week or weekend to pause ("next week", "este fin de semana")
 * and standing days without reminders ("no texts on weekends", "los martes y jueves no", "entre
 * semana nada más"). Pure; `schedule-request.ts` decides what kind of request a message is.
 */

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
  lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6, domingo: 7,
};

/** Every weekend, not one: "on weekends", "los fines de semana". */
const WEEKENDS = /\b(?:weekends|fines de semana|findes)\b/;
/** One weekend or week, not every one: "this weekend", "next week", "este fin de semana", "la semana que viene". */
const THIS_WEEKEND = /\b(?:this|the|este|el) (?:coming )?(?:weekend|fin de semana|finde)\b(?! que viene| proximo)/;
const NEXT_WEEKEND = /\b(?:next weekend|(?:el )?(?:fin de semana|finde) que viene|(?:el )?proximo fin de semana)\b/;
const NEXT_WEEK = /\b(?:next week|(?:la )?semana que viene|(?:la )?proxima semana)\b/;
const PAUSE_CUE = /\b(?:no|not|don'?t|dont|stop|pause\w*|hold|off|skip|cancel\w*|without|sin|nada|pare\w*|paren|parar|pausa\w*|ningun\w*|away|ooo|out of (?:the )?office|out of town|on (?:vacation|holiday|leave)|travel\w*|fuera|de viaje|de vacaciones)\b/;
/** "Text me next week": the week they want reminders again, not one without them. */
const WANTS_THEM_THEN = /\b(?:text|remind|message|write|ping|contact) (?:me|us)\b.*\b(?:next week|semana que viene|proxima semana)\b|\b(?:escribame|escribeme|mandeme|mandame|recuerdeme|recuerdame)\b/;
const UNTIL_BEFORE = /\b(?:until|till|til|hasta|after|despues de)\s+(?:the\s+|la\s+|el\s+)?$/;

/**
 * "no reminders next week", "this weekend", "este fin de semana": the first day without reminders
 * and the day they come back. "Until next week" is a resume date instead (findResumeDate).
 */
export function findNamedWeek(t: string, today: DateTime): { from: DateTime; until: DateTime } | undefined {
  // "Text me next week" wants them back next week (a resume date), not a week without them.
  if (!PAUSE_CUE.test(t) || WANTS_THEM_THEN.test(t)) return undefined;
  const at = (re: RegExp) => {
    const m = re.exec(t);
    return m !== null && !UNTIL_BEFORE.test(t.slice(0, m.index)) ? m : null;
  };
  const monday = today.plus({ weeks: 1 }).startOf("week");
  if (at(NEXT_WEEKEND)) return { from: monday.plus({ days: 5 }), until: monday.plus({ weeks: 1 }) };
  if (at(THIS_WEEKEND)) {
    const saturday = today.weekday >= 6 ? today : today.set({ weekday: 6 });
    return { from: saturday, until: monday };
  }
  if (at(NEXT_WEEK) && !/\b(?:from|desde|a partir de)\s+(?:the\s+|la\s+)?$/.test(t.slice(0, t.search(NEXT_WEEK)))) {
    return { from: monday, until: monday.plus({ weeks: 1 }) };
  }
  return undefined;
}

const WEEKDAY_ONLY = /\b(?:only (?:on )?weekdays|weekdays only|only during the week|monday (?:to|through|thru) friday only|(?:solo|solamente|nada mas que) entre semana|entre semana (?:nada mas|solamente|solo)|de lunes a viernes (?:nada mas|solo|solamente)|solo de lunes a viernes)\b/;
const WEEKEND_ONLY = /\b(?:only (?:on )?weekends|weekends only|solo (?:los )?fines de semana|fines de semana (?:nada mas|solo|solamente))\b/;
/** "not on", "no texts on", "los martes no": the days named are ruled out. */
const NOT_ON = /\b(?:not|no|never|don'?t|dont|skip|off|nothing|except|nada|nunca|sin|excepto|salvo|menos)\b/;
/** Days said as standing ones even in the singular: "every Monday", "my dialysis days Mon/Wed/Fri", "todos los lunes", "cada viernes". */
const STANDING = /\b(?:every|each|cada|todos los|all)\b|\b(?:my|on|the|mis|los)\s+(?:[a-z]+\s+)?(?:days|dias)\b/;
/** Monday to Friday, every week: "no texts on weekdays", "entre semana no". */
const ON_WEEKDAYS = /\b(?:weekdays|(?:los )?dias (?:de semana|laborables)|entre semana)\b/;
const PLURAL_DAYS: Record<string, number> = {
  mondays: 1, tuesdays: 2, wednesdays: 3, thursdays: 4, fridays: 5, saturdays: 6, sundays: 7, sabados: 6, domingos: 7,
  mons: 1, tues: 2, weds: 3, thurs: 4, fris: 5, sats: 6, suns: 7,
};
const SPANISH_DAY = "lunes|martes|miercoles|jueves|viernes|sabados?|domingos?";
/** "los martes y jueves", "los lunes, miércoles y viernes": every day of the list after "los". */
const SPANISH_DAY_LIST = new RegExp(`\\blos (?:${SPANISH_DAY})(?:(?:\\s*,\\s*|\\s+y\\s+)(?:${SPANISH_DAY}))*\\b`);

/** "Text me on weekends again", "los sábados también": the days off are lifted ("every day again" could mean a resume). */
const DAYS_AGAIN =
  /\b(?:weekends|fines de semana|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos))\b.*\b(?:again|back|too|as well|otra vez|de nuevo|tambien)\b/;

/** "Text me on weekends again": the patient wants their days off lifted. */
export function asksForDaysBack(t: string): boolean {
  return DAYS_AGAIN.test(t) && !NOT_ON.test(t);
}

/** Standing days the patient wants no reminders on, or null when the message names none. */
export function findDaysOff(t: string): number[] | null {
  if (WEEKDAY_ONLY.test(t)) return [6, 7];
  if (WEEKEND_ONLY.test(t)) return [1, 2, 3, 4, 5];
  if (!NOT_ON.test(t)) return null;
  if (WEEKENDS.test(t)) return [6, 7];
  if (ON_WEEKDAYS.test(t)) return [1, 2, 3, 4, 5];
  const standing = STANDING.test(t) ? Object.entries(WEEKDAYS).filter(([word]) => new RegExp(`\\b${word}\\b`).test(t)).map(([, day]) => day) : [];
  const spanish = SPANISH_DAY_LIST.exec(t)?.[0] ?? "";
  const days = [
    ...standing,
    ...Object.entries(PLURAL_DAYS).filter(([word]) => new RegExp(`\\b${word}\\b`).test(t)).map(([, day]) => day),
    ...spanish.split(/[\s,]+/).flatMap((word) => (WEEKDAYS[word.replace(/s$/, "")] ?? WEEKDAYS[word]) ?? []),
  ];
  return days.length > 0 ? [...new Set(days)].sort((a, b) => a - b) : null;
}
