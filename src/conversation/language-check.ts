import type { Lang } from "./types.js";

/**
 * Whether a reply stays in one language and, in Spanish, one register. Used on model phrasing;
 * the templates themselves are checked the same way by their tests. Carrier keywords (START, STOP,
 * HELP) and links are names, not English.
 */
const words = (list: string) => new RegExp(`(?<!\\p{L})(?:${list})(?!\\p{L})`, "iu");
const NAMES = /\b(?:START|STOP|HELP|hepbot|Video)\b|https?:\/\/\S+/g;
const OTHER: Record<Lang, RegExp> = {
  es: words("the|your|you|and|with|please|thanks|therapist|today|reminders?|what|this|that"),
  en: words("su|sus|usted|gracias|terapeuta|hoy|recordatorios?|ejercicios|qué|para|también"),
};
// "le" is not a mark of usted: "le pasé tu mensaje a tu terapeuta" is tú.
const USTED = words("usted|su|sus|llame|responda|escríbame|cuénteme|pregúnteme|dígame|sostenga|quiere|prefiere|necesite|comuníquese|toque|termine|pudo");
const TU = words("tú|tu|tus|te|ti|llama|responde|escríbeme|cuéntame|pregúntame|dime|sostén|quieres|prefieres|necesites|comunícate|toca|termines|pudiste|vas|estás|puedes|tienes|haces|hiciste|sigues|haz");

/** A word of the other language in `text`, or null. */
export function otherLanguageWord(text: string, lang: Lang): string | null {
  return OTHER[lang].exec(text.replace(NAMES, " "))?.[0] ?? null;
}

/** How a Spanish text addresses the reader: tú, usted, both (mixed), or neither. */
export function spanishRegisterOf(text: string): "tu" | "usted" | "mixed" | null {
  const clean = text.replace(NAMES, " ");
  const tu = TU.test(clean);
  const usted = USTED.test(clean);
  return tu && usted ? "mixed" : tu ? "tu" : usted ? "usted" : null;
}
