import type { ConceptRule, Lexicon } from "./lexicon.js";
import { REAL_WORDS_ONE_SLIP_AWAY } from "./real-words.js";

/**
 * Typos in symptom words ("drroopy", "lopsdied", "bruden", "sanngre", "pecjo") read as the lexicon word they
 * almost are. Only the slips fingers make on a phone are undone — a doubled letter, a dropped letter, two
 * neighbours swapped, a key struck beside the one meant — never any other substituted letter, so "would"
 * never becomes "wound". The vocabulary is every plain word of five letters or more in the catalogue's lexicons.
 */

/**
 * Real words one slip away from a lexicon word; never "corrected". The later lines came from running an English and a
 * Spanish word list through the corrector: "overdoing" had become "overdosing", "stroked" "stroke", "sagrado" "sangrado".
 */
export const REAL_WORDS = new Set([
  // Found by running the word lists through the corrector again: "drizzling" had become "dizzling", "drying" "dying". Not "chess", said for "chest" by voice typing: the game is another sense.
  "drizzle", "drizzled", "drizzling", "drizzly", "breadth", "drying", "dyeing", "seated", "sizing", "choir", "swears", "stokes", "plush", "cushy", "krill", "passion", "password", "slurped", "slurping", "bleeped", "blooper", "bloopers",
  "beach", "beast", "binding", "blush", "bowls", "bracing", "tracing", "arcing", "racking", "grasping", "pitch", "pitches", "pitched", "pitcher", "pitching",
  "witch", "hitched", "weakened", "wreak", "tweak", "tweaked", "tweaking", "doors", "marked", "marketing", "marred", "striped", "stripped", "stripping", "tipping",
  "tipper", "triple", "tries", "plains", "plainly", "pined", "pining", "pinned", "hearth", "hearty", "stroked", "chives", "wheeled", "termed", "teamed", "overdo",
  "overdoing", "boozing", "boody", "blooming", "bloomed", "bloomers", "hurled", "hurling", "numbered", "numbering", "rancing", "cackle", "faintest",
  "sagrada", "sagrado", "sagradas", "sagrados", "hincar", "hinca", "patillas", "huerta", "huerto", "ruinas", "teatro", "magreado", "marejada",
  "patinar", "paras", "paran", "patinaba", "patinando", "pinar", "tipos", "nubes", "murta", "maria", "hutia", "otear", "telar", "tesar",
  "factura", "facturas", "factor", "factors", "cruise", "cruises", "cruising",
  "practise", "practised", "practises", "practising", "practiced",
  "theres", "heres", "wheres", "thats", "whats", "dont", "doesnt", "didnt", "wont", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
  "hadnt", "couldnt", "wouldnt", "shouldnt", "youre", "theyre", "youve", "theyve", "youll", "theyll", "youd", "theyd", "lets", "thanks",
  "backed", "seating", "selling", "sallow", "stoke", "lacked", "slipper", "would", "could", "should", "there", "where", "these", "those", "their",
  "about", "after", "other", "which", "while", "think", "thing", "going", "doing", "being", "still", "first", "today", "every", "again", "cheat",
  "baring", "string", "sting", "trial", "trail", "planted", "bleed", "coughs", "heard", "hears", "plain", "words", "world", "board", "broad",
  "lying", "laying", "falling", "filling", "feeling", "fainting", "painting", "pointing", "barely", "bearly", "sweat", "swear", "waist", "wrist",
  "hole", "whole", "tired", "tried", "tried", "quiet", "quite", "diary", "dairy", "angel", "angle", "causal", "casual", "form", "from", "cramps",
  "heat", "hear", "door", "sore", "face", "hand", "head", "word", "come", "lips", "hips", "sick", "ride", "lost", "fine", "went", "wipe", "feel",
  "fell", "pain", "band", "rest", "best", "test", "tell", "till", "tall", "wall", "well", "will", "fast", "last", "past", "feet", "seat", "beat",
  "hurt", "harm", "arms", "legs", "back", "neck", "knee", "calf", "shin", "foot", "toes", "skin", "body", "mind", "life", "live", "love", "lose",
  "bath", "walk", "talk", "take", "make", "like", "time", "home", "room", "pool", "cool", "good", "food", "mood", "boot", "shoe", "sure", "safe",
  "peso", "pesa", "solo", "sola", "mano", "dedo", "boca", "cara", "lado", "dijo", "dice", "hace", "pone", "sale", "entra", "bien", "menos", "como",
  "ever", "year", "sick", "cada", "casa", "cosa", "todo", "toda", "pies", "pide", "orar", "ando", "dolo", "nada", "vida", "dado", "paso", "piso", "caso", "mesa",
  "tablet", "tablets", "blanked", "blanking", "pasado", "pasada", "pasados", "pasadas", "siete", "viendo", "morirme", "morirse", "orinao", "perdo",
  "siren", "sirens", "sirena", "sirenas", "trainer", "anchor", "spain", "spanish", "afebrile", "afebril", "apyrexial", "neighbour", "neighbours", "marta",
  "fait", "pude", "pudo", "llevarme", "llevarse", "parar", "para", "pare", "pero", "perro", "caro", "carro", "vendaje", "vendajes", "pecho", "techo", "hecho", "dicho", "mucho", "poco", "pocos", "ahora", "horas",
]);

const MIN_LENGTH = 5;
/** Four-letter slips are read only as one of these key words with its letter put back ("blod" → "blood"). */
/** Four-letter key words read back from two swapped letters ("cnat" → "cant", "nubm" → "numb"). */
const SHORT_SWAPS = new Set(["cant", "numb", "pain", "calf", "fell", "hurt", "dizy", "pees", "lips", "jaw", "arm", "want"]);
const SHORT_TARGETS = new Set(["blood", "chest", "pecho", "pills", "words", "floor", "fever", "dolor", "miedo", "falta", "abajo", "faint", "heart", "numbs", "sweat", "wound", "vomit", "orinar", "sangre", "suelo", "cabeza", "fiebre", "looks", "broke", "wants", "mejor", "morir", "puedo", "puede", "carga", "never", "stuck", "wrist", "order", "slaps", "slept", "every", "years", "ahoga", "nasty", "parar", "habia", "ahogo", "muero", "muere", "rompi", "vivir", "ojala", "noche", "hijos", "quien", "tiene", "senti", "cojin", "feels", "threw", "stand", "acabe", "papel", "nadie", "sigue", "corta", "breath", "semana", "perdi"]);
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

interface Vocabulary {
  words: Set<string>;
  /** Lexicon words of four letters ("cara", "aire"), for diminutives only. */
  shortWords: Set<string>;
  /** Lexicon stems written with \w* ("droop", "hinchad"): any word starting with one is known. */
  stems: Set<string>;
}

function vocabularyOf(rules: readonly ConceptRule[]): Vocabulary {
  const words = new Set<string>();
  const stems = new Set<string>();
  const shortWords = new Set<string>();
  const lexicons = new Set<Lexicon>(rules.flatMap((r) => [...(r.sentence ?? []), ...(r.message ?? [])]));
  for (const lex of lexicons) {
    for (const term of [...lex.en, ...lex.es]) {
      // "droop\w*" and "privad[oa]" are stems: "privada" is a word of the lexicon, not a slip of "privad". A stem
      // spelt two ways, "paraly[sz]\w*", is both stems: "paralysed" is no slip of "paraly" + "ed".
      const spelledOut = term.replace(/([a-z]+)\[([a-z]+)\]\\w\*/g, (_, start: string, letters: string) => [...letters].map((l) => `${start}${l}\\w*`).join("|"));
      for (const m of spelledOut.matchAll(/(?<![\\{])\b([a-z]{4,})(\\w\*|\[)?/g)) {
        if (m[2]) stems.add(m[1]!);
        else if (m[1]!.length >= MIN_LENGTH) words.add(m[1]!);
        else shortWords.add(m[1]!);
      }
    }
  }
  return { words, stems, shortWords };
}

/**
 * A Spanish diminutive read as its word, when that word is the lexicons' ("la carita caída", "el airecito", "presioncita en el
 * pechito", "las piernitas débiles", "hinchadita"): the small word makes a sign sound small, never another sign.
 */
const DIMINUTIVE = /^([a-z]+?)(ec|c)?(?:it|ill)(o|a|os|as)$/;
function undiminished(word: string, v: Vocabulary): string | null {
  if (NOT_DIMINUTIVES.has(word)) return null;
  const m = DIMINUTIVE.exec(word);
  if (m === null) return null;
  // "poquito" is "poco", "amiguito" "amigo": the spelling keeps the sound before the i.
  const stem = m[1]!.replace(/qu$/, "c").replace(/gu$/, "g");
  const ending = m[3]!;
  const plural = ending.endsWith("s") ? "s" : "";
  // "cabecita" is "cabeza", "pedacito" "pedazo": a z before the ending is a c before the i.
  const zed = (m[1]! + (m[2] ?? "")).replace(/c$/, "z") + ending;
  const candidates = m[2] ? [m[1]! + plural, m[1]! + (m[2] === "ec" ? "e" : "") + plural, zed] : [stem + ending, stem + (ending[0] === "o" ? "a" : "o") + plural];
  return candidates.find((c) => c.length >= 3 && (v.words.has(c) || v.shortWords.has(c) || isStemInflected(c, v, MIN_LENGTH))) ?? null;
}
/** Words that end like a diminutive and are not one ("visita", "bendita", "necesita"). */
const NOT_DIMINUTIVES = new Set(["bonita", "bonito", "visita", "visitas", "maldita", "maldito", "bendita", "bendito", "favorita", "favorito", "necesita", "necesitas", "cita", "citas", "infinito", "infinita", "gratuito", "gratuita", "apetito", "delito", "mito", "grito", "gritos", "frito", "frita", "escrito", "escrita", "distrito", "transito", "exquisito", "erudito", "requisito", "solicita", "incita", "excita", "excito", "habito", "vomito", "vomita", "limita", "limito", "medita", "facilita", "palpita", "palpito", "agita", "agito", "precipito", "deposito", "proposito", "ejercito", "credito", "merito", "meritos", "pepita", "margarita", "dinamita", "mezquita", "ermita", "marmita", "cuita", "chiquita", "pollito", "malito", "malita"]);

/** What may follow a stem in a corrected word: an inflection, not more word ("dolorway" is not "dolor"). */
const INFLECTION = /^(?:|[bdgklmnprt]?(?:ing|ed|er|ers)|s|es|d|y|ly|ness|ado|ada|ados|adas|ido|ida|idos|idas|o|a|os|as|ando|iendo|e|en|an|on|aba|ia|ar|er|ir|se|rse|eron|ieron|aron)$/;

/** A correction must land on a vocabulary word, or a stem plus an inflection; short words on a full word only. */
function isTarget(candidate: string, v: Vocabulary, short: boolean): boolean {
  if (v.words.has(candidate)) return true;
  return !short && isStemInflected(candidate, v, 4);
}

/** A lexicon stem at least `shortestStem` letters long, then an inflection: "hinchad" + "as". */
function isStemInflected(candidate: string, v: Vocabulary, shortestStem: number): boolean {
  for (let end = shortestStem; end <= candidate.length; end++) {
    if (v.stems.has(candidate.slice(0, end)) && INFLECTION.test(candidate.slice(end))) return true;
  }
  return false;
}

/** A word made from a lexicon word is a real word, not a slip: "shortness" is "short" + "ness", never the stem "sort" + "ness". */
const DERIVATION = /^(?:ness|less|ful|fully|ly|ment|ments)$/;
function isDerivedWord(word: string, v: Vocabulary): boolean {
  for (let end = MIN_LENGTH; end < word.length; end++) {
    if (v.words.has(word.slice(0, end)) && DERIVATION.test(word.slice(end))) return true;
  }
  return false;
}

/** The lexicon word this one is a phone slip of, or null. Whole words win over stems, swaps over the rest. */
function correction(word: string, v: Vocabulary): string | null {
  const candidates: string[] = [];
  for (let i = 1; i + 1 < word.length; i++) candidates.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 1; i < word.length; i++) candidates.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 1; i <= word.length; i++) for (const letter of LETTERS) candidates.push(word.slice(0, i) + letter + word.slice(i));
  // The first letter is seldom the one that slipped: "suando" is "sudando" before it is "usando", "draging" "dragging" before "raging".
  // Its two letters swapped ("hcest") is a slip; a letter before it is not one worth reading: "sending" would be "ending", "blimp" "limp".
  candidates.push(word[1]! + word[0]! + word.slice(2));
  const short = word.length < MIN_LENGTH;
  const usable = candidates.filter((c) => c !== word && c.length >= MIN_LENGTH - 1 && (!short || c.length > word.length));
  // A whole lexicon word first: "moraads" is "moradas", not the stem "morad" with an "s".
  if (!short) {
    const whole = usable.find((c) => v.words.has(c));
    if (whole !== undefined) return whole;
  }
  // A doubled letter is the commonest slip ("cansso"): undone first, before a swap reads "cansos".
  for (let i = 1; i < word.length; i++) {
    const dropped = word.slice(0, i) + word.slice(i + 1);
    if (word[i] === word[i - 1] && dropped.length >= MIN_LENGTH && isTarget(dropped, v, false)) return dropped;
  }
  if (short) return usable.find((c) => SHORT_TARGETS.has(c)) ?? [word[1]! + word[0]! + word.slice(2), ...candidates.slice(0, word.length - 2)].find((c) => SHORT_SWAPS.has(c)) ?? null;
  return usable.find((c) => isTarget(c, v, false)) ?? null;
}

/** A slip of a whole lexicon word, even when the slip also reads as stem + inflection ("feelling" is "feeling", not "feel" + "ling"). */
function wholeWordSlip(word: string, v: Vocabulary): string | null {
  if (word.length < MIN_LENGTH + 1) return null;
  for (let i = 0; i < word.length; i++) {
    const dropped = word.slice(0, i) + word.slice(i + 1);
    if (word[i] === word[i - 1] && v.words.has(dropped)) return dropped;
  }
  return null;
}

/** Each letter's neighbours on a phone's QWERTY keyboard: the key a thumb lands on beside the one it meant. */
const NEIGHBOURS: Record<string, string> = {
  q: "wa", w: "qeas", e: "wrds", r: "etdf", t: "ryfg", y: "tugh", u: "yihj", i: "uojk", o: "ipkl", p: "ol",
  a: "qwsz", s: "awedxz", d: "serfcx", f: "drtgvc", g: "ftyhbv", h: "gyujnb", j: "huikmn", k: "jiolm", l: "kop",
  z: "asx", x: "zsdc", c: "xdfv", v: "cfgb", b: "vghn", n: "bhjm", m: "njk",
};

/**
 * One letter struck on the key beside it ("pecjo", "brwath", "doslocated"): read as the lexicon word (or stem) it then is. Past the
 * first letter and before the last; a five-letter word only as one of the short key words.
 */
/** "matadme", "dejadnos": a Spanish command with its pronoun, missing from word lists. */
const CLITIC_IMPERATIVE = /[aei]d(?:me|nos|le|les|lo|la|los|las)$/;
function neighbourKeySlip(word: string, v: Vocabulary): string | null {
  if (word.length < MIN_LENGTH || CLITIC_IMPERATIVE.test(word)) return null;
  // Not the last letter either: there a neighbour is an ending ("arrives", "arrived"), not a slip.
  for (let i = 1; i < word.length - 1; i++) {
    for (const key of NEIGHBOURS[word[i]!] ?? "") {
      const candidate = word.slice(0, i) + key + word.slice(i + 1);
      if (word.length > MIN_LENGTH ? isTarget(candidate, v, false) : SHORT_TARGETS.has(candidate)) return candidate;
    }
  }
  return null;
}

const isKnownWord = (word: string, v: Vocabulary) => REAL_WORDS.has(word) || v.words.has(word) || isDerivedWord(word, v);

/** The word a phone slip of this one would be, or null; a stem and its inflection ("hinchadas") is no slip. */
function slipOf(word: string, v: Vocabulary): string | null {
  return wholeWordSlip(word, v) ?? (isTarget(word, v, false) ? null : (correction(word, v) ?? neighbourKeySlip(word, v)));
}

/**
 * Reads each word that is not a lexicon word as the lexicon word it is a diminutive or a phone slip of. A real word is
 * never read as a slip ("seemed" is not "seeped", "singing" not "stinging"): ./real-words.ts lists them.
 */
export function typoCorrector(rules: readonly ConceptRule[]): (text: string) => string {
  const v = vocabularyOf(rules);
  const cache = new Map<string, string>();
  return (text) =>
    text.replace(/[a-z]{4,}/g, (word) => {
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const fixed = isKnownWord(word, v) ? word : (undiminished(word, v) ?? (REAL_WORDS_ONE_SLIP_AWAY.has(word) ? word : (slipOf(word, v) ?? word)));
      if (cache.size < 10_000) cache.set(word, fixed);
      return fixed;
    });
}

/** The slips alone, for scripts/real-words.ts: what each word would be read as if it were not a real word, or null. */
export function slipReader(rules: readonly ConceptRule[]): (word: string) => string | null {
  const v = vocabularyOf(rules);
  return (word) => (isKnownWord(word, v) || undiminished(word, v) !== null ? null : slipOf(word, v));
}
