/**
 * A dose in the words people use: "1 set of 10, hold 5 minutes", "3 series de 10, mantener 30 segundos".
 * The one home for dose wording in prompts, previews, the dashboard and the handout. Pure.
 *
 * `short` is for SMS, where every character costs: "3x10, hold 5 min". `long` is for chat channels
 * and the dashboard: "3 sets of 10, hold 5 minutes". Spanish uses the infinitive ("mantener"), which
 * reads the same whether the clinic says tú or usted.
 */

export type DoseLang = "en" | "es";
export type DoseStyle = "short" | "long";

export interface Dose {
  sets: number;
  reps: number;
  holdSeconds: number;
}

export interface Frequency {
  timesPerDay: number;
  daysPerWeek: number;
}

interface Words {
  set: [string, string];
  of: string;
  hold: string;
  second: [string, string];
  minute: [string, string];
  secShort: string;
  minShort: string;
  perDay: (times: number) => string;
  perWeek: (days: number) => string;
}

const WORDS: Record<DoseLang, Words> = {
  en: {
    set: ["set", "sets"],
    of: "of",
    hold: "hold",
    second: ["second", "seconds"],
    minute: ["minute", "minutes"],
    secShort: "s",
    minShort: "min",
    perDay: (n) => (n === 1 ? "once a day" : n === 2 ? "twice a day" : `${n} times a day`),
    perWeek: (n) => (n === 1 ? "1 day a week" : `${n} days a week`),
  },
  es: {
    set: ["serie", "series"],
    of: "de",
    hold: "mantener",
    second: ["segundo", "segundos"],
    minute: ["minuto", "minutos"],
    secShort: "s",
    minShort: "min",
    perDay: (n) => (n === 1 ? "1 vez al día" : `${n} veces al día`),
    perWeek: (n) => (n === 1 ? "1 día a la semana" : `${n} días a la semana`),
  },
};

const plural = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** "5 minutes", "90 seconds", "1 minute"; short: "5 min", "90 s". Whole minutes read as minutes, anything else as seconds. */
export function holdDuration(seconds: number, lang: DoseLang, style: DoseStyle): string {
  const w = WORDS[lang];
  const wholeMinutes = seconds >= 60 && seconds % 60 === 0;
  if (style === "short") return wholeMinutes ? `${seconds / 60} ${w.minShort}` : `${seconds} ${w.secShort}`;
  return wholeMinutes ? plural(seconds / 60, w.minute) : plural(seconds, w.second);
}

/** "3 sets of 10" / "1 set of 1" / "3x10"; with ", hold 5 minutes" when the exercise is held. */
export function doseWords(dose: Dose, lang: DoseLang, style: DoseStyle): string {
  const w = WORDS[lang];
  const base = style === "short" ? `${dose.sets}x${dose.reps}` : `${plural(dose.sets, w.set)} ${w.of} ${dose.reps}`;
  return dose.holdSeconds > 0 ? `${base}, ${w.hold} ${holdDuration(dose.holdSeconds, lang, style)}` : base;
}

/** "twice a day, 5 days a week"; empty when it is the usual once a day, every day. */
export function frequencyWords(frequency: Frequency, lang: DoseLang): string {
  const w = WORDS[lang];
  return [frequency.timesPerDay > 1 ? w.perDay(frequency.timesPerDay) : "", frequency.daysPerWeek < 7 ? w.perWeek(frequency.daysPerWeek) : ""]
    .filter(Boolean)
    .join(", ");
}
