import { plainWords } from "../text/fold.js";
import { hasPrefixMention } from "../text/phrase-match.js";
import type { Lang } from "./types.js";

/**
 * A reason the lexicon does not know ("had to take the car in", "se me inundó la cocina"), cut
 * from the patient's message so the reply can echo it in their own words rather than a generic
 * line. Pure. Returns null when no short clause stands out as the reason.
 */
export function statedReason(text: string, lang: Lang): string | null {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean === "" || UNSAFE_TO_ECHO.test(clean)) return null;
  const after = clean.match(lang === "es" ? BECAUSE_ES : BECAUSE_EN) ?? clean.match(lang === "es" ? BECAUSE_EN : BECAUSE_ES);
  const candidates = after ? [after[1]!] : clauses(clean);
  for (const candidate of candidates) {
    const clause = trimClause(candidate);
    if (clause !== null) return clause;
  }
  return null;
}

const BECAUSE_EN = /\b(?:because|cause|cuz|coz|bc|since)\b\s+(.+)$/i;
const BECAUSE_ES = /\b(?:porque|porq|pq|xq|ya que|debido a que)\b\s+(.+)$/i;
// A tick or a cross between words ("bridges ✔️ tilts ✔️ bird dog ✖️") makes a checklist: a report, not a reason.
const TICKED_LIST = /\p{L}[^\p{L}]*[✅✔✓☑❌✖✗❎][^\p{L}]*\p{L}/u;
// Links, addresses and long numbers are never repeated back.
const UNSAFE_TO_ECHO = /https?:|www\.|@|\d{5,}/i;
// The parts of a message that say it was skipped, or apologise, or greet: not the reason.
const NOT_A_REASON = [
  "didn t", "didnt", "did not", "couldn t", "couldnt", "could not", "can t", "cant", "haven t", "havent", "not today", "skip*", "missed", "no exercises",
  "not done", "not yet", "yet", "get to", "got to", "get round to", "get around to", "get them done", "no llegue a", "none today", "sorry", "long story", "it s a long story", "its a long story", "larga historia", "es una larga historia", "hi", "hello", "hey", "today", "so", "and", "but", "unfortunately", "no", "nope", "ok", "oh well",
  "no pude", "no los hice", "no hice", "hoy no", "no he podido", "sin hacer", "los salte", "no los he hecho", "lo siento", "perdon", "hola", "buenas",
  "hoy", "nada", "todavia no", "aun no", "todavia", "aun", "asi que", "y", "pero", "ya", "no", "vaya", "pues",
];
const MIN_WORDS = 2;
const MAX_WORDS = 9;
const MAX_CHARS = 60;

/** The message cut at commas, full stops, dashes and "so"/"así que", longest reason-like clause first. */
function clauses(text: string): string[] {
  return text
    .split(/[,.;:!?()\n]|\s[-–—]\s|\b(?:so|and so|así que|asi que|entonces|por eso)\b/i)
    .map((part) => part.trim())
    .filter((part) => part !== "" && !TICKED_LIST.test(part) && !isOnlyTheSkip(part) && !REPORT_OR_PLAN.test(plainWords(part)));
}

// What was done ("only did the first two") or will be ("will do them later"): the report, not the reason.
const REPORT_OR_PLAN = new RegExp(
  "\\b(?:did|done|finished|completed|managed|only|half|some of|of them|all of|will|ll|gonna|going to|later|tonight|tomorrow|" +
    "hice|hecho|hechos|termine|complete|solo|la mitad|algunos|de ellos|hare|voy a|luego|mas tarde|manana|esta noche|\\d)\\b",
);

/** A clause made only of "didn't do them", "sorry", "hoy no"…: nothing of the reason in it. */
function isOnlyTheSkip(clause: string): boolean {
  const words = plainWords(clause);
  if (words === "") return true;
  const rest = NOT_A_REASON.reduce((left, phrase) => (hasPrefixMention(left, [phrase]) ? left.replace(new RegExp(`\\b${phrase.replace("*", "\\w*")}\\b`, "g"), " ") : left), ` ${words} `);
  // "skipped the last", "no hice el resto": which ones were left out, not why.
  const left = rest
    .replace(/\b(?:them|it|the exercises|exercises|los ejercicios|ejercicios|los|las|lo|i|me|my|do|hacer|hacerlos|the|last|rest|others?|ones?|first|second|third|el|la|ultimo|ultimos|resto|demas|otros?|uno|primero|segundo)\b/g, " ")
    .trim();
  return left.split(/\s+/).filter(Boolean).length < MIN_WORDS;
}

function trimClause(candidate: string): string | null {
  // Emoji and ticks around the words ("✅✅❌ se me hizo tarde") are not said back: only the words are.
  const clause = candidate.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/^(?:and|but|y|pero)\s+/i, "");
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS || clause.length > MAX_CHARS) return null;
  if (!/\p{L}/u.test(clause)) return null;
  return clause.replace(/"/g, "'");
}
