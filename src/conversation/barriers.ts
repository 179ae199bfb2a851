import { keptAnswers } from "../core/kept-answers.js";
import { withinOneEdit } from "../text/edit-distance.js";
import { plainWords } from "../text/fold.js";
import { LEXICON, type Barrier, type LexiconEntry } from "./barrier-lexicon.js";
import type { Lang } from "./types.js";

export type { Barrier } from "./barrier-lexicon.js";

/**
 * What got in the way of the exercises, read from the patient's own words (English or Spanish)
 * with the lexicon in `barrier-lexicon.ts`. Pure. Each reason comes with how to name it back
 * ("the meetings", "your mum", "la boda"), so the reply reflects the patient's terms instead of a
 * category label.
 */
export interface BarrierFound {
  barrier: Barrier;
  /** The reason as the patient put it, in their language, ready to drop into a reply. */
  said: string;
}

/** How Spanish replies address the patient: the possessive in "su madre" / "tu madre". */
export type Register = "tu" | "usted";

/** The first reason found in `text`, in the lexicon's order of specificity, or null. */
export function findBarrier(text: string, lang: Lang, register: Register = "usted"): BarrierFound | null {
  // Deciding one reply asks about the same message several times; the answer is kept for a while.
  return recentlyFound(`${lang}:${register}:${text}`, () => {
    const found = searchText(text, lang, register);
    return found && Object.freeze(found);
  });
}

const recentlyFound = keptAnswers<BarrierFound | null>(200);

/**
 * Words that look like a reason and are not one: exercises named after animals ("the cat-cow", "perro de caza"),
 * a cold drink, a numb leg that "se me pasó caminando"; "away" that is not being away ("took my breath away", "did them
 * right away", "the ache went away").
 */
const NOT_A_REASON = /\b(?:(?:took|takes|take|taking) (?:my|his|her|your|the) breath away|(?:right|straight|far) away|(?:pain|ache|aches|stiffness|soreness|swelling|cramps?|numbness|tingling|it|that) (?:\w+ )?(?:went|goes|has gone|had gone|faded|fades|melted) away|(?:gave|give|giving|threw|throw|put|tidied|cleared) (?:\w+ )?away|cat ?(?:cow|camel)s?|bird ?dogs?|dead ?bugs?|gato ?camellos?|perro ?(?:pajaro|de caza)|cold (?:drinks?|water|beers?|shower|packs?|compress)|se (?:me|le) paso (?:caminando|andando|solo|sola|rapido|enseguida|al rato|con))\b/g;

/** "No, me quedé dormida": a "no" that answers the prompt, closed by punctuation, denies nothing after it. */
const ANSWERING_NO = /\b(?:no|nope|nah|not|sin)\s*[,.;:!?]+/gi;
/** The text with such answers taken out, for callers that strip punctuation before looking for a reason. */
export function withoutAnsweringNo(text: string): string {
  return text.replace(ANSWERING_NO, " ");
}

function searchText(text: string, lang: Lang, register: Register): BarrierFound | null {
  const words = plainWords(withoutAnsweringNo(text)).replace(NOT_A_REASON, " ").replace(/\s+/g, " ").trim();
  if (words === "") return null;
  const haystack = ` ${words} `;
  const exact = (phrase: string, deniable: boolean) => mentions(haystack, phrase, deniable);
  const found = search(exact, lang, register, words);
  if (found !== null) return found;
  // Typos: single words of seven letters or more, one edit away ("exausted", "trabjo", "migrane").
  const tokens = words.split(" ");
  return search((phrase) => nearlyMentions(tokens, phrase), lang, register, words);
}

/** Every barrier the lexicon knows, for tests and the strategy library's completeness check. */
export const BARRIERS: readonly Barrier[] = [...new Set(LEXICON.map(([barrier]) => barrier))];

/** Equipment named is no reason until it is missing: "fell asleep on the mat" is not, "no mat at my mum's" is. */
const EQUIPMENT_LACKING = /\b(?:no|not|without|sin|forgot|forget|lost|left|broke|broken|snapped|snap|missing|cant find|couldnt find|dont have|didnt have|havent got|need|olvide|olvido|deje|dejo|perdi|perdio|rompi|rompio|roto|rota|falta|no tengo|no encuentro|necesito|se quedo|se me quedo)\b/;

function search(matches: (phrase: string, deniable: boolean) => boolean, lang: Lang, register: Register, words: string): BarrierFound | null {
  for (const [barrier, entries] of LEXICON) {
    // Equipment is a reason when it is missing, so its "no" ("no band here") is the reason itself.
    const lacking = barrier === "equipment";
    if (lacking && !EQUIPMENT_LACKING.test(words)) continue;
    for (const entry of entries) {
      const said = saidFor(entry, (phrase) => matches(phrase, !lacking), lang, register);
      if (said !== null) return { barrier, said };
    }
  }
  return null;
}

/** The entry's words for the reason when the text names it: the patient's own where the lexicon has them. */
function saidFor(entry: LexiconEntry, matches: (phrase: string) => boolean, lang: Lang, register: Register): string | null {
  // "My sister was sick" needs both: her alone ("at my sister's") is no illness.
  if ((entry.namesOnly || entry.needsNamed) && !entry.phrases.some(matches)) return null;
  const own = entry.named?.[lang];
  if (own !== undefined) {
    // The longest name first: "my mother in law" before "my mother".
    const named = Object.keys(own).sort((a, b) => b.length - a.length).find(matches);
    if (named !== undefined) return withPossessive(own[named]!, register);
  }
  if (entry.needsNamed) return null;
  const other = entry.named?.[lang === "en" ? "es" : "en"];
  const any = entry.phrases.some(matches) || (other !== undefined && Object.keys(other).some(matches));
  return any ? entry.said[lang] : null;
}

function withPossessive(said: string, register: Register): string {
  return said.replace("{sus}", register === "tu" ? "tus" : "sus").replace("{su}", register === "tu" ? "tu" : "su");
}

/** Lexicon phrases folded once: `plainWords` of each phrase, and whether it matches as a prefix. */
const folded = new Map<string, { needle: string; prefix: boolean }>();

function fold(phrase: string): { needle: string; prefix: boolean } {
  let entry = folded.get(phrase);
  if (entry === undefined) {
    const prefix = phrase.endsWith("*");
    entry = { needle: plainWords(prefix ? phrase.slice(0, -1) : phrase), prefix };
    folded.set(phrase, entry);
  }
  return entry;
}

/** "no fever", "sin fiebre", "not sick": a reason denied is not the reason. "No time" names itself with its "no". */
const DENIED_BEFORE = /\b(?:no|not|without|sin|never|nunca|zero|ni)\s$/;

function mentions(haystack: string, phrase: string, deniable: boolean): boolean {
  const { needle, prefix } = fold(phrase);
  const sought = ` ${needle}${prefix ? "" : " "}`;
  for (let at = haystack.indexOf(sought); at >= 0; at = haystack.indexOf(sought, at + 1)) {
    if (!deniable || !DENIED_BEFORE.test(haystack.slice(Math.max(0, at - 12), at + 1))) return true;
  }
  return false;
}

// Shorter words are too close to other words ("cumple" / "cumplí", "cold" / "could").
const TYPO_MIN_LENGTH = 7;

// Real words one letter from a lexicon word ("wasting" / "fasting", "ayudando" / "ayunando", "casada" / "cansada"): never typos of it.
const REAL_WORDS = new Set(["wasting", "lasting", "casting", "ayudando", "ayudado", "casada", "casado", "working", "walking", "talking"]);

function nearlyMentions(tokens: readonly string[], phrase: string): boolean {
  const { needle, prefix } = fold(phrase);
  if (needle.includes(" ") || needle.length < TYPO_MIN_LENGTH) return false;
  // A slip keeps the first letter: "exausted", "trabjo", "migrane".
  const slip = (token: string, word: string) => token[0] === word[0] && !REAL_WORDS.has(token) && withinOneEdit(token, word);
  return tokens.some((token) => (prefix ? token.length >= needle.length && slip(token.slice(0, needle.length), needle) : slip(token, needle)));
}
