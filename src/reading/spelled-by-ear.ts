import { levenshtein } from "../text/edit-distance.js";
import { ENGLISH_NUMBER_WORDS, SPANISH_NUMBER_WORDS } from "../text/number-words.js";
import { spanishSound } from "../text/sound.js";
import { CONCEPT_RULES, SAFETY_NET_RULE } from "./concepts/catalogue.js";
import { type Lexicon, termsOf } from "./concepts/lexicon.js";
import { REAL_WORDS } from "./concepts/typos.js";

/**
 * Spanish written as it sounds — "me duele la cabesa", "no puedo mober el braso", "ise los ejersisios",
 * "ocho de dies" — read as the words the rules know. In a text that reads as Spanish, a word is read as
 * a known word when the two sound alike (../text/sound.ts) and it is spelt most like that one of the
 * known words that sound the same. A word that is itself known, English, or a real word that merely
 * sounds like a known one ("caza" is not "casa") is left as it is. English spelt by ear is read from a
 * table and the words around a homophone (at the end of this file), not from a sound key: English
 * spelling is too far from its sound, and a key tried against a dictionary merged 1,136 real words.
 */

/** Spanish words the intent, completion and score rules are written in, whose spelling changes when written by ear. */
const SPANISH_RULE_WORDS = [
  "hice", "hicimos", "hizo", "hecho", "hechos", "hecha", "hacer", "hacerlos", "hacerlo", "hago", "hace", "haciendo", "hicieron",
  "ejercicio", "ejercicios", "ahora", "ahorita", "ayer", "anoche", "hasta", "vez", "veces", "nuevo", "nueva", "llevo", "llego", "llegue",
  "semana", "semanas", "siempre", "nunca", "mucho", "mucha", "muchos", "poco", "poquito", "quiero", "quieren", "quisiera", "queria",
  "llamar", "llamen", "llame", "llamada", "hablar", "hable", "hablen", "escribir", "escriban", "recibir", "recordatorios", "recordatorio",
  "mensajes", "mensaje", "cancelar", "cancela", "cancelen", "baja", "dejen", "dejar", "envien", "manden", "mandar", "necesito", "necesita",
  "ayuda", "ayudar", "dolor", "dolores", "duele", "duelen", "dolio", "doliendo", "cabeza", "brazo", "brazos", "rodilla", "rodillas",
  "tobillo", "hombro", "hombros", "cadera", "espalda", "cuello", "codo", "pecho", "pierna", "piernas", "sentadillas", "silla", "pastilla",
  "pastillas", "caminar", "vivir", "volver", "vuelvo", "ultimo", "hielo", "calor", "crema", "cicatriz", "herida", "embarazada", "cansado",
  "cansada", "hinchado", "hinchada", "fiebre", "gracias", "dificil", "facil", "faciles", "dificiles", "despues", "antes", "tambien",
  "todavia", "entonces", "porque", "hoy", "estoy", "esta", "estaba", "bien", "mejor", "peor", "ninguno", "ninguna", "nada", "todos",
  "todas", "solo", "sola", "casi", "terminado", "termine", "terminamos", "complete", "seguir", "sigo", "empezar", "empiezo", "volvi",
  "cambiar", "cambio", "horario", "hora", "horas", "manana", "tarde", "noche", "lado", "lunes", "martes", "miercoles", "jueves", "viernes",
  "sabado", "domingo", "vacaciones", "viaje", "trabajo",
];

/** English words of the intents, never heard as Spanish ones; they also tell an English text from a Spanish one. */
const ENGLISH_RULE_WORDS = [
  "texting", "messaging", "sending", "going", "feeling", "getting", "walking", "working", "morning", "evening", "finished", "completed",
  "exercises", "exercise", "stretches", "yesterday", "tomorrow", "tonight", "question", "reminders", "therapist", "because", "couldnt",
  "wouldnt", "doing", "nothing", "something", "everything", "please", "thanks", "since", "tired",
];

/** Real Spanish words that sound like a word the rules know but mean something else. */
const REAL_WORDS_THAT_SOUND_ALIKE = new Set([
  "caza", "cazo", "casar", "ciento", "sierra", "tubo", "vago", "vaga", "vagar", "paja", "pera", "poso", "sita", "seso", "cese", "ceso", "rallo",
  "higo", "hilo", "savia", "tasa", "loza", "valla", "baya",
]);

/** How a stem written `\w*` in a lexicon ("hormigue\w*", "swell\w*") is commonly ended. */
const ENDINGS = {
  en: ["", "s", "ed", "ing", "y", "ly", "ness", "er"],
  es: ["o", "a", "os", "as", "e", "es", "en", "an", "ado", "ada", "ido", "ida", "ando", "iendo", "ar", "er", "ir", "aron", "ieron", "io", "ia"],
};

/**
 * The words a lexicon's terms are written in: plain words, stems with their common endings, and
 * words ended by a class or a group of letters ("arreglad[oa]", "dolor(?:es)?").
 */
function lexiconWords(lexicons: Iterable<Lexicon>): { en: string[]; es: string[] } {
  const words = { en: [] as string[], es: [] as string[] };
  for (const lex of lexicons) {
    for (const lang of ["en", "es"] as const) {
      for (const term of termsOf({ ...lex, [lang === "en" ? "es" : "en"]: [] })) {
        for (const m of term.matchAll(WORD_IN_A_TERM)) {
          const [, word, stem, letters, group, optional] = m as unknown as [string, string, string?, string?, string?, string?];
          // A stem of five letters or more may be a word itself ("fuerza\w*"); a shorter one ("cerr\w*") seldom is.
          const endings = stem ? [...(word.length >= 5 ? [""] : []), ...ENDINGS[lang]] : letters ? [...letters] : group ? group.split("|") : [""];
          words[lang].push(...[...endings, ...(optional ? [""] : [])].map((ending) => word + ending));
        }
      }
    }
  }
  return words;
}

/** A word of four letters or more, not inside an escape or a shorthand, and how it ends. */
const WORD_IN_A_TERM = /(?<![\\{a-z])([a-z]{4,})(?:(\\w\*)|\[([a-z]+)\]|\(\?:([a-z|]+)\))?(\?)?(?![a-z\\[(])/g;

/** The known words by their sound. */
function bySound(words: Iterable<string>, sound: (word: string) => string): Map<string, string[]> {
  const heard = new Map<string, string[]>();
  for (const word of new Set(words)) {
    const key = sound(word);
    const seen = heard.get(key);
    if (seen === undefined) heard.set(key, [word]);
    else seen.push(word);
  }
  return heard;
}

/** Of the known words that sound like this one, the one spelt most like it; none when two are as near, or all too far. */
function nearest(word: string, candidates: readonly string[] | undefined): string | null {
  if (candidates === undefined) return null;
  let best: string | null = null;
  let bestDistance = Math.ceil(word.length * 0.4) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    else if (distance === bestDistance) best = null;
  }
  return best;
}

const rules = CONCEPT_RULES.concat(SAFETY_NET_RULE);
const lexicons = new Set(rules.flatMap((r) => [...(r.sentence ?? []), ...(r.message ?? [])]));
const fromLexicons = lexiconWords(lexicons);
const SPANISH_NUMBERS = Object.keys(SPANISH_NUMBER_WORDS);
const ENGLISH = new Set([...ENGLISH_RULE_WORDS, ...fromLexicons.en, ...Object.keys(ENGLISH_NUMBER_WORDS)]);
// Lexicons in Spanish also hold the English words Spanglish uses ("pills"): those are not heard as Spanish.
const SPANISH = new Set([...SPANISH_RULE_WORDS, ...SPANISH_NUMBERS, ...fromLexicons.es.filter((w) => !ENGLISH.has(w))]);
const KNOWN = new Set([...SPANISH, ...ENGLISH, ...REAL_WORDS, ...REAL_WORDS_THAT_SOUND_ALIKE]);
const SPANISH_BY_SOUND = bySound(SPANISH, spanishSound);
const RULE_WORDS_BY_SOUND = bySound([...SPANISH_RULE_WORDS, ...SPANISH_NUMBERS], spanishSound);
const heard = new Map<string, string | null>();

const SPANISH_FUNCTION_WORDS = /\b(?:de|la|el|que|los|las|se|mi|por|con|para|una|un|es|esta|estoy|lo|le|pero|muy|ya|hoy|del|al|su|y)\b/g;
const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|i|my|to|of|it|is|in|a|you|for|with|was|im|but|have|this|that|on|at|so|just)\b/g;

/**
 * Whether a normalised text reads as Spanish — more of its little words, or else of the words the rules
 * know, are Spanish: only then are its words heard as Spanish ones ("10/10 vibes" is not "vives").
 */
export function readsAsSpanish(text: string): boolean {
  const spanish = text.match(SPANISH_FUNCTION_WORDS)?.length ?? 0;
  const english = text.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  if (spanish !== english) return spanish > english;
  const words = text.match(/[a-z]+/g) ?? [];
  return words.filter((w) => SPANISH.has(w) && !ENGLISH.has(w)).length >= words.filter((w) => ENGLISH.has(w) && !SPANISH.has(w)).length;
}

/** The known word this one is spelt by ear for, or null. */
export function heardAs(word: string): string | null {
  // English, but in a Spanish text always the ten of "ocho de dies".
  if (word === "dies") return "diez";
  if (word.length < 3 || KNOWN.has(word)) return null;
  let known = heard.get(word);
  if (known === undefined) {
    // A three-letter word is heard only as one of the rules' own words ("ise" is "hice"): lexicons hold too many short look-alikes.
    const byEar = word.length === 3 ? RULE_WORDS_BY_SOUND : SPANISH_BY_SOUND;
    known = nearest(word, byEar.get(spanishSound(word)));
    // A doubled letter alone ("programme") is a slip of the fingers, the typo corrector's to mend.
    if (known === word.replace(/([a-z])\1+/g, "$1")) known = null;
    if (heard.size < 20_000) heard.set(word, known);
  }
  return known;
}

const ENGLISH_ING = new Set([...ENGLISH].filter((w) => w.endsWith("ing")));

/** English said with its final "g" dropped ("stop textin me", "doin them", "achin"), or null. */
export function withItsG(word: string): string | null {
  return word.length >= 5 && word.endsWith("in") && ENGLISH_ING.has(`${word}g`) ? `${word}g` : null;
}

/**
 * English spelt by ear, word by word: misspellings that are no English word, for the numbers and the
 * body and symptom words the rules read ("pain was a sevin", "im numm", "my throte", "a burdin").
 */
const ENGLISH_BY_EAR = new Map(
  Object.entries({
    wun: "one", thre: "three", fore: "four", fiv: "five", fiev: "five", sixe: "six", sevin: "seven", sevan: "seven", sevn: "seven",
    eigt: "eight", eigth: "eight", ayt: "eight", nien: "nine", nyne: "nine", tenn: "ten", twelv: "twelve",
    numm: "numb", throte: "throat", throt: "throat", burdin: "burden", burdon: "burden", beter: "better", wud: "would",
    cud: "could", cudnt: "couldnt", shud: "should", shudnt: "shouldnt", pressher: "pressure", presure: "pressure", stomick: "stomach",
    stumach: "stomach", akes: "aches", ake: "ache", aking: "aching", confuzed: "confused", confuesd: "confused", rist: "wrist", risst: "wrist", pregnent: "pregnant",
    tawk: "talk", tawking: "talking", ibuprofin: "ibuprofen", ise: "ice", heet: "heat", sholder: "shoulder", sholders: "shoulders",
    bak: "back", hedache: "headache", brest: "breast", chesst: "chest", cof: "cough", coff: "cough", cofing: "coughing",
    swolen: "swollen", swolled: "swollen", bleding: "bleeding", bledding: "bleeding", dizzey: "dizzy", dizy: "dizzy", feaver: "fever",
    fevor: "fever", feever: "fever", sweting: "sweating", swetting: "sweating", brethin: "breathing", nees: "knees",
    feal: "feel", fealing: "feeling", herts: "hurts", hert: "hurt", passt: "passed", anymor: "anymore", evryone: "everyone",
    evrybody: "everybody", nite: "night", sleap: "sleep", pils: "pills", waek: "weak", wek: "weak",
  }),
);

/** Real English words that a writer by ear puts for another, told apart by the words around them. */
const ENGLISH_HOMOPHONES: [RegExp, string][] = [
  // A score: "ate out of ten", "pain is a sicks", "pane is fiv".
  [/\b(?:ate)\b(?= (?:out of|outta|of|\/) ?(?:10|ten)\b)|(?<=\b(?:a|its|is|at|an) )ate\b/g, "eight"],
  [/\bfor(?= (?:out of|outta|\/) ?(?:10|ten)\b)/g, "four"],
  // …or as a voice recogniser heard it: "a night out of ten", "to out of ten", "won out of ten".
  [/\b(?:to|too)(?= (?:out of|outta|\/) ?(?:10|ten)\b)/g, "two"],
  [/\bwon(?= (?:out of|outta|\/) ?(?:10|ten)\b)/g, "one"],
  [/\b(?:night|nite|nein|knight)(?= (?:out of|outta|\/) ?(?:10|ten)\b)/g, "nine"],
  [/(?<=\b(?:hit|hitting|bumped|bumping|banged|banging|smacked|struck|cracked) (?:my|his|her) )had\b/g, "head"],
  [/\btree(?= (?:out of|outta|\/) ?(?:10|ten)\b)|(?<=\b(?:pain|pane) (?:is|was) (?:a )?)tree\b/g, "three"],
  [/(?<=\b(?:a|is|at|about|its) )sicks\b/g, "six"],
  [/\bpane(?= (?:is|was|got|in|level|now|today)\b)/g, "pain"],
  // The body: "legs feel week", "put wait on it", "round my waste", "herd a pop".
  [/(?<=\b(?:feels?|felt|feeling|is|are|so|very|too|gone|went|side is|side|legs?|arms?) )week\b(?! (?:ago|now|after|before|of|\d|one|two|three|four|five|six|off|in)\b)/g, "weak"],
  [/(?<=\b(?:put|putting|bear|bearing|take|taking) (?:any )?)wait\b/g, "weight"],
  [/(?<=\b(?:my|his|her|the|round|around) )waste\b/g, "waist"],
  [/\bherd(?= (?:a|it|something|the) )/g, "heard"],
  // One word written as two: "better off with out me".
  [/\bwith out\b/g, "without"],
];

/** The English word this one is spelt by ear for, or null. */
export function englishHeardAs(word: string): string | null {
  return ENGLISH_BY_EAR.get(word) ?? withItsG(word);
}

/** English text with the homophones a writer by ear puts for a word read as that word. */
export function withHomophonesHeard(text: string): string {
  return ENGLISH_HOMOPHONES.reduce((read, [pattern, word]) => read.replace(pattern, word), text);
}
