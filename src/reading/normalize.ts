import { withinOneKeySlip } from "../text/edit-distance.js";
import { withAutocorrectUndone } from "./autocorrect.js";
import { withDictationUndone } from "./dictated.js";
import { spanishFor } from "./neighbour-languages.js";
import { englishInItsUsualForm, spanishInItsUsualForm } from "./second-language.js";
import { englishHeardAs, heardAs, readsAsSpanish, withHomophonesHeard } from "./spelled-by-ear.js";

/** Emojis typed for the word they picture ("gonna take all the 💊", "🔪 myself"): read as that word. */
const EMOJI_WORDS: Record<string, string> = { "💊": "pills", "🔪": "knife", "🔫": "gun", "🪢": "rope", "🩸": "blood", "🫀": "heart", "🚑": "ambulance", "🦵": "leg", "🫁": "breathe" };
const EMOJI_FOR_WORDS = new RegExp(Object.keys(EMOJI_WORDS).join("|"), "gu");

/** Texting shorthand the word-by-word pass cannot see, with a slash or a digit inside: "better off w/o me", "b4", "nothing 2day". */
const SHORTHAND_WITH_SIGNS: Record<string, string> = {
  "w/o": "without", "w/": "with", "b/c": "because", b4: "before", "2day": "today", "2nite": "tonight", "2night": "tonight",
  gr8: "great", l8r: "later", some1: "someone", any1: "anyone", every1: "everyone", no1: "no one",
};
const SHORTHAND_WITH_SIGNS_PATTERN = new RegExp(String.raw`(?<![\w/])(?:${Object.keys(SHORTHAND_WITH_SIGNS).map((k) => k.replace("/", "\\/")).join("|")})(?![\w/])`, "g");

/** "v sleepy", "v swollen": "v" for "very" before how the patient feels ("V-sits" stay an exercise). */
const V_FOR_VERY = /\bv (?=(?:sleepy|drowsy|dizzy|woozy|groggy|faint|weak|tired|bad|sore|painful|swollen|hot|red|short|confused|sick|unwell|ill|low|worried|scared|numb|heavy|tight|pale|cold|shaky)\b)/g;

/** A missed space after a negation on a phone ("cantbreathe", "cant breath", "nopuedo respirar"). */
const GLUED_AFTER_NEGATION = /\b(cant|cannot|couldnt|dont|didnt|no)(breathe|breath|breathing|swallow|walk|move|feel|stand|talk|speak|live|puedo|peudo|pedo|puede|peude|pudo|pude|siento)\b/g;
/** "nomepuedo mover", "nosemueve": the Spanish negation and its pronoun glued to the verb. */
const GLUED_NEGATION_AND_PRONOUN = /\bno(me|se|le)(puedo|puede|pude|pudo|siento|siente|sale|mueve|muevo|duele|deja)\b/g;

/** "my foot's started slapping", "throat's a bit snug": the body part and its verb, not a plural ("foots", "throats") the rules do not know. */
const A_BODY_PART_IS = /\b(foot|knee|kneecap|hip|back|arm|leg|hand|face|chest|throat|head|neck|shoulder|ankle|wrist|calf|elbow|heart|tongue|lip|mouth|eye|toe|finger|thigh|wound|scar|incision|stomach|belly|tummy|skin|temp|temperature|fever|pulse|groin|heel|shin|jaw|vision|sight|speech|voice|breathing)[’']s\b/g;

/** "…stayed in bed, you know? didn't do them", "me dolía, ¿sabes?": a tag asks nothing; the statement before it stands. */
const TAG_QUESTION = /\s*,?\s*(?<!\b(?:do|did|does|would|will|dont|didnt|doesnt|if|what|como|lo|si|que|tu|usted|ustedes|le|te|me) )\b(?:you know|ya know|y know|u know|sabes|viste|me entiendes|me explico)\s*\?+/g;

/** "HICE. LOS. EJERCICIOS. PERO. ME. DUELE. UN. 8.": a full stop typed after every word is a space, not a sentence's end. */
function withoutAStopAfterEveryWord(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length < 4 || words.filter((w) => w.endsWith(".")).length < 0.75 * words.length) return text;
  return words.map((w, i) => (i < words.length - 1 ? w.replace(/\.$/, "") : w)).join(" ");
}

/**
 * Text as the rules see it: lower case, accents and apostrophes removed ("didn't" → "didnt",
 * "terminé" → "termine"), check-mark emojis unified, whitespace collapsed and frequent typos fixed.
 * Every pattern in the reader is written against this form.
 */
export function normalise(raw: string): string {
  const spaced = withoutAStopAfterEveryWord(raw)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(A_BODY_PART_IS, "$1 is")
    .replace(/[’‘'`´]/g, "")
    // "pins-and-needles", "sit-to-stand", "light-headed": the words, as the rules write them.
    .replace(/(?<=[a-z])-(?=[a-z])/g, " ")
    .replace(/[“”]/g, '"')
    // Keycap digits are digits: "6️⃣/🔟" is "6/10".
    .replace(/([0-9])\uFE0F?\u20E3/g, "$1")
    .replace(/🔟/gu, "10")
    .replace(/[\u{1F3FB}-\u{1F3FF}\uFE0F]/gu, "") // skin tones and emoji presentation: 👍🏼 is 👍
    // A coloured dot or a thumb down opening or closing a checklist's line marks it done or not.
    .replace(/^[ \t]*(?:🟢|🟩|💚)|(?:🟢|🟩|💚)[ \t]*$/gmu, " ✅ ")
    .replace(/^[ \t]*(?:🔴|🟥|👎)|(?:🔴|🟥|👎)[ \t]*$/gmu, " ❌ ")
    .replace(/(?:✅|✔|☑|✓)/g, " ✅ ")
    .replace(/(?:❌|❎|✖|✗|✘|🚫)/g, " ❌ ")
    .replace(EMOJI_FOR_WORDS, (emoji) => ` ${EMOJI_WORDS[emoji]} `)
    .replace(SHORTHAND_WITH_SIGNS_PATTERN, (shorthand) => SHORTHAND_WITH_SIGNS[shorthand]!)
    .replace(V_FOR_VERY, "very ")
    .replace(/\s+/g, " ")
    .trim();
  const text = withAutocorrectUndone(withDictationUndone(spaced)).replace(TAG_QUESTION, ".");
  const spanish = readsAsSpanish(text);
  const words = text.replace(GLUED_AFTER_NEGATION, "$1 $2").replace(GLUED_NEGATION_AND_PRONOUN, "no $1 $2").replace(/[a-z]+/g, (word) => fixTypo(unstretch(word), spanish));
  return inOneByte((spanish ? spanishInItsUsualForm(words) : englishInItsUsualForm(withHomophonesHeard(words))).replace(REMINDERS_BY_OTHER_NAMES, (_, before: string) => `${before} ${/^(?:los|las|mis|sus|tus|estos|esos)$/.test(before) ? "recordatorios" : "reminders"}`).replace(ASKED_IF_NORMAL, (_, frame: string, rest: string) => frame + rest.replace(SUBJUNCTIVE_VERB, (verb) => INDICATIVE[verb]!)));
}

/**
 * "¿Es normal que no pueda orinar?" asks about something happening now, and Spanish puts its verb in
 * the subjunctive; the rules know symptoms in the indicative ("no puede orinar"), so after a frame that
 * asks whether a present state is normal, the verb is read in the indicative. Only these frames: after
 * "cuando" or "miedo de que" the subjunctive is a hypothetical and stays one.
 */
const INDICATIVE: Record<string, string> = {
  sienta: "siente", sientas: "sientes", sientan: "sienten", pueda: "puede", puedas: "puedes", puedan: "pueden",
  salga: "sale", salgan: "salen", tenga: "tiene", tengan: "tienen", duela: "duele", duelan: "duelen",
  duerma: "duerme", duerman: "duermen", hinche: "hincha", hinchen: "hinchan", vea: "ve", vean: "ven",
  haga: "hace", hagan: "hacen", caiga: "cae", caigan: "caen", mueva: "mueve", muevan: "mueven", respire: "respira",
  hable: "habla", orine: "orina", ahogue: "ahoga", maree: "marea", quede: "queda", queden: "quedan", vaya: "va",
  vayan: "van", pase: "pasa", pasen: "pasan", siga: "sigue", sigan: "siguen", apoye: "apoya", aguante: "aguanta",
  controle: "controla", desmaye: "desmaya", hormiguee: "hormiguea", entienda: "entiende", recuerde: "recuerda",
  trabe: "traba", suba: "sube", baje: "baja", tiemble: "tiembla", tiemblen: "tiemblan", escupa: "escupe", tosa: "tose",
  sude: "suda", arda: "arde", ardan: "arden", supure: "supura", cueste: "cuesta", falte: "falta", falten: "faltan",
  sangren: "sangran", rompa: "rompe", levante: "levanta",
};
const SUBJUNCTIVES = Object.keys(INDICATIVE).join("|");
const ASKED_IF_NORMAL = new RegExp(
  String.raw`\b((?:(?:(?:no )?es|sera|seria|sea|esta) (?:normal|raro|malo|grave|preocupante|bien|logico|comun|peligroso) (?:(?:[a-z]+ ){1,8}?y )?|me preocupa |(?:debo|deberia) preocuparme (?:de |por )?|hay que preocuparse (?:de |por )?)que (?:[a-z]+ ){0,10}?)((?:${SUBJUNCTIVES})\b[^.!?;]*)`,
  "g",
);
/** Every such verb to the end of the clause: "¿no es raro que me duela la pantorrilla y me falte el aliento?". */
const SUBJUNCTIVE_VERB = new RegExp(String.raw`\b(?:${SUBJUNCTIVES})\b`, "g");

/**
 * People name the reminders their own way ("the nudges", "your pings", "los avisos"); said after an
 * article or a possessive they are the reminders, which the intents know by that one word.
 */
const REMINDERS_BY_OTHER_NAMES =
  /\b(the|these|those|your|ur|my|all the|exercise|daily|morning|evening|los|las|mis|sus|tus|estos|esos)\s+(?:nudges|pings|prompts|buzzes|check ?ins|notis|avisos|mensajitos|alertas)\b/g;

/**
 * The same text, stored one byte per character when it has no character beyond Latin-1. A text that
 * lost its accents may still be stored two bytes per character, and the engine then compiles each of
 * the reader's many patterns a second time, for two-byte text; past a total amount of compiled pattern
 * code it interprets patterns instead of compiling them, and reading slows down.
 */
function inOneByte(text: string): string {
  return /[^\u0000-\u00ff]/.test(text) ? text : Buffer.from(text, "latin1").toString("latin1");
}

/**
 * Texting stretches words for emphasis ("doneeee", "siiii", "STOPPP"); no English or Spanish
 * word has a letter three times in a row, so a run of three or more is one letter — or two, when
 * the word is one spelt with a double letter ("feeels" is "feels", "sooo" is "so").
 */
export function unstretch(word: string): string {
  if (!/([a-z])\1{2}/.test(word)) return word;
  const single = word.replace(/([a-z])\1{2,}/g, "$1");
  const double = word.replace(/([a-z])\1{2,}/g, "$1$1");
  return DOUBLE_LETTER_WORDS.has(double) ? double : single;
}

/** Everyday words spelt with a double letter, that a stretch must not shorten. */
const DOUBLE_LETTER_WORDS = new Set([
  "feel", "feels", "feeling", "need", "needs", "needed", "knee", "knees", "sleep", "week", "weeks", "been", "seen", "see", "free", "three", "keep", "feet",
  "bleed", "bleeding", "swell", "swelling", "swollen", "still", "well", "will", "all", "really", "good", "too", "soon", "cool", "room", "foot", "door",
  "floor", "blood", "look", "looks", "stiff", "off", "less", "pass", "passed", "press", "better", "little", "sorry", "happy", "hello",
  "llevo", "ella", "calle", "alli", "llamar", "perro", "correr", "arriba", "cerrar", "carro", "leer", "cree",
]);

/** Misspellings too short or too odd for the edit-distance fix below. */
const KNOWN_TYPOS: Record<string, string> = {
  mnay: "many",
  // "cp" is how people who work in health text chest pain.
  cp: "chest pain",
  // Spanish spelt by ear: "hize todo", "la rodiya", "un pokito", "la cabesa".
  hize: "hice",
  hizes: "hiciste",
  cabesa: "cabeza",
  rodiya: "rodilla",
  rodiyas: "rodillas",
  pokito: "poquito",
  poko: "poco",
  havnt: "havent",
  hvnt: "havent",
  havet: "havent",
  didint: "didnt",
  didn: "didnt",
  dint: "didnt",
  dnt: "dont",
  cnt: "cant",
  whn: "when",
  alot: "a lot",
  fnished: "finished",
  finshed: "finished",
  kne: "knee",
  nee: "knee",
  thx: "thanks",
  ty: "thanks",
  pls: "please",
  plz: "please",
  plse: "please",
  u: "you",
  ur: "your",
  em: "them",
  dun: "done",
  doen: "done",
  dne: "done",
  ddone: "done",
  didit: "did it",
  finised: "finished",
  brething: "breathing",
  cheast: "chest",
  chst: "chest",
  hurst: "hurts",
  hrts: "hurts",
  hurtz: "hurts",
  numbe: "numb",
  tinglin: "tingling",
  excersize: "exercise",
  excersizes: "exercises",
  exersize: "exercise",
  exersizes: "exercises",
  ejercisios: "ejercicios",
  // Pain said in Spanish with a slip: the score's words must still read (issue #11).
  dloor: "dolor",
  dolro: "dolor",
  doolr: "dolor",
  neuve: "nueve",
  nuve: "nueve",
  ohco: "ocho",
  ochoo: "ocho",
  deiz: "diez",
  dize: "diez",
  ejersicios: "ejercicios",
  // Texting shorthand (issue #11): what people type on phones, spelt out so the lexicons hear it.
  kms: "kill myself",
  unalive: "kill",
  unaliving: "killing",
  unalived: "killed",
  od: "overdose",
  oding: "overdosing",
  idk: "i dont know",
  idc: "i dont care",
  rn: "right now",
  txt: "text",
  txts: "texts",
  txting: "texting",
  msg: "message",
  msgs: "messages",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  tmrow: "tomorrow",
  wk: "week",
  wks: "weeks",
  wknd: "weekend",
  wkend: "weekend",
  wo: "without",
  abt: "about",
  thnx: "thanks",
  vid: "video",
  vids: "videos",
  tmb: "tambien",
  keria: "queria",
  escrivirme: "escribirme",
  escrivir: "escribir",
  escrivan: "escriban",
  escrivanme: "escribanme",
  q: "que",
  breth: "breath",
  brth: "breath",
  seana: "semana",
  parare: "pararse",
  flla: "falla",
  smana: "semana",
  brethe: "breathe",
  breahte: "breathe",
  // Said by ear (issue #11): "start agen", "ESTOP".
  agen: "again",
  acident: "accident",
  haf: "half",
  sais: "seis",
  nueb: "nueve",
  ormigeo: "hormigueo",
  aorita: "ahorita",
  iboprofeno: "ibuprofeno",
  estop: "stop",
};

/** Words the rules depend on; a longer word one edit away from one of them is read as it. */
const VOCABULARY = [
  "finished",
  "completed",
  "exercises",
  "exercise",
  "breathe",
  "breathing",
  "breathless",
  "numbness",
  "tingling",
  "tingly",
  "swollen",
  "swelling",
  "bleeding",
  "fainted",
  "passed",
  "stretches",
  "yesterday",
  "tomorrow",
  "question",
  "reminders",
  "reminder",
  "therapist",
  "pressure",
  "tightness",
  "dizzy",
  "slurred",
  "drooping",
  "unsubscribe",
  "weakness",
  "terrible",
  "terrible",
  "infection",
  "incision",
  "discharge",
  "terminado",
  "ejercicios",
  "hormigueo",
  "respirar",
  "desmaye",
  "hinchada",
  "hinchado",
  "recordatorios",
  "mensaje",
  "mensajes",
  "nueve",
  "duele",
  "duelen",
  "dolor",
  "semana",
  "semanas",
];
const VOCABULARY_SET = new Set(VOCABULARY);
/**
 * Real words one key slip away from a vocabulary word; never "corrected". Found by running an English and a Spanish
 * word list through the corrector ("selling" had become "swelling", "discharged" "discharge", "hincada" "hinchada").
 */
const LOOKALIKES = new Set([
  "breath", "drooling", "breathed", "passes", "missed", "finishes", "pressures", "exercised", "breathes", "complete", "completes", "reminded", "respira", "ejercicio",
  "discharged", "discharges", "dropping", "dwelling", "selling", "welling", "stretched", "competed", "finish", "remainder", "remainders", "rightness", "spurred",
  "tainted", "tinging", "excess", "breaths", "breather", "passer", "inches", "chores", "phones", "threes", "shores", "hashes", "massages", "harden", "grills",
  "phases", "cortex", "commence", "suelen", "hincada", "hincado", "hormiguero", "barrios", "emanas", "asiendo", "espirar", "cuelen", "semanal", "terminando",
  "terminados", "germinado",
]);

/** Texting spells Spanish "qui" as "ki": "kiero", "kiiero", "kisiera", "kitenme". */
const KI_FOR_QUI = /^ki+(?=(?:ero|ere|eres|eren|eria|erias|siera|sieras|siste|se|ten|tenme|tar|tarme|tame|teme)$)/;

/**
 * Spanish texting shorthand that is another word, or nothing, in English: "la caja d pastillas",
 * "torcido pa un lado", "el brazo izq", "ya no quiero msjs".
 */
const SPANISH_SHORTHAND: Record<string, string> = {
  d: "de", pa: "para", izq: "izquierdo", izqda: "izquierda", izqdo: "izquierdo", msj: "mensaje", msjs: "mensajes", mjs: "mensajes",
  mjes: "mensajes", mensajs: "mensajes", tb: "tambien", bn: "bien", dsp: "despues", dps: "despues", cdo: "cuando", qdo: "cuando", dnd: "donde",
};

function fixTypo(word: string, spanish: boolean): string {
  const known = KNOWN_TYPOS[word] ?? (spanish ? SPANISH_SHORTHAND[word] : undefined);
  if (known !== undefined) return known;
  if (KI_FOR_QUI.test(word)) return word.replace(KI_FOR_QUI, "qui");
  if (VOCABULARY_SET.has(word) || LOOKALIKES.has(word)) return word;
  if (word.length >= 6) {
    for (const target of VOCABULARY) {
      if (Math.abs(target.length - word.length) <= 1 && withinOneKeySlip(word, target)) return target;
    }
  }
  return (spanish ? (spanishFor(word) ?? heardAs(word)) : englishHeardAs(word)) ?? word;
}

/** Splits a normalised text into clauses at sentence punctuation and contrast words. */
export function clauses(text: string): string[] {
  return text
    .split(/[.;!?¡¿\n]+|,|\b(?:but|pero|though|tho|however|although|aunque|except|excepto|then)\b/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}
