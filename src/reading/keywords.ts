import { unstretch } from "./normalize.js";
import type { MessageKind } from "./reading.js";

/**
 * Carrier and platform keywords (LABELS.md): a message that is nothing but one of these,
 * in any case, with any whitespace or punctuation around it, is that request. Opt-out
 * keywords are a legal obligation, so they are matched before anything else is read.
 */
const STOP_KEYWORDS = ["stop", "stopall", "stop all", "stop it", "unsubscribe", "unsuscribe", "unsubcribe", "cancel", "end", "quit", "optout", "opt out", "revoke", "parar", "para", "alto", "baja", "cancelar", "/stop", "unsub", "pare", "paren", "desuscribir", "desuscribirme", "desuscribirse", "stpo", "sotp", "vaja", "estop"];
const START_KEYWORDS = ["start", "unstop", "/start", "subscribe", "resubscribe"];
const HELP_KEYWORDS = ["help", "info", "ayuda", "/help", "información", "informacion"];
const YES_WORDS = ["yes", "si", "sí", "y", "yes please", "yeah", "yep"];

/** Politeness and emphasis that may ride along a keyword without changing it: "Stop por favor", "STOP please", "stop forever". */
const POLITENESS = /\s*(?:please|pls|plz|plis|pliz|por favor|porfavor|porfa|porfis|x favor|xfa|xfavor|now|right now|already|asap|thanks|thank you|gracias|me|ya|ahora|ahora mismo|forever|for good|permanently|seriously|para siempre|definitivamente|no more|no mas|nomas|enough|basta|ya basta)\s*/g;

/** A keyword with its politeness and a phone number fits in this; a longer sentence is not a bare keyword. */
const MAX_KEYWORD_SENTENCE = 60;

/** The bare keyword one sentence of a longer message is, or null (cheap for the long sentences that are none). */
export function sentenceKeyword(sentence: string): KeywordMatch | null {
  return sentence.length > MAX_KEYWORD_SENTENCE ? null : matchKeyword(sentence, false);
}

export interface KeywordMatch {
  kind: Extract<MessageKind, "stop" | "start" | "help">;
  rule: string;
}

/** The bare keyword in a raw message, or null. `optedOut` makes a bare YES an opt-in. */
export function matchKeyword(raw: string, optedOut: boolean): KeywordMatch | null {
  const bare = stripToKeyword(raw);
  if (STOP_KEYWORDS.includes(bare)) return { kind: "stop", rule: "keyword-stop" };
  // Telegram deep links arrive as "/start CODE".
  if (START_KEYWORDS.includes(bare) || bare.startsWith("/start ")) return { kind: "start", rule: "keyword-start" };
  if (HELP_KEYWORDS.includes(bare)) return { kind: "help", rule: "keyword-help" };
  if (optedOut && YES_WORDS.includes(bare)) return { kind: "start", rule: "keyword-yes-after-opt-out" };
  // Said twice or three times for emphasis: "stop stop stop", "baja baja".
  const repeated = repeatedKeyword(bare);
  if (repeated !== null && STOP_KEYWORDS.includes(repeated)) return { kind: "stop", rule: "keyword-stop-repeated" };
  const polite = bare.replace(POLITENESS, " ").trim();
  if (polite !== bare && STOP_KEYWORDS.includes(polite)) return { kind: "stop", rule: "keyword-stop" };
  // A count or a phone number after it: "STOP 2", "stop x3", "BAJA 55 1234 5678".
  const numbered = bare.replace(/(?:\s+x?\d+)+$/, "");
  if (numbered !== bare && STOP_KEYWORDS.includes(numbered)) return { kind: "stop", rule: "keyword-stop" };
  if (polite !== bare && START_KEYWORDS.includes(polite)) return { kind: "start", rule: "keyword-start" };
  return null;
}

/**
 * The opt-out keywords that keep their meaning with words after them. "Para", "pare", "alto" and
 * "end" start other sentences ("alto 1,80", "end of the day"), so they count only alone.
 */
const SENTENCE_STOP_KEYWORDS = STOP_KEYWORDS.filter((k) => !["para", "pare", "alto", "end"].includes(k));
/** Opt-out keywords that, said as a sentence, may be about the exercise instead: "Stop! my knee hurts", "quit, too painful". */
export const MAY_MEAN_THE_EXERCISE: ReadonlySet<string> = new Set(["stop", "stop it", "quit", "parar", "paren", "cancel", "cancelar"]);
// Laughter ends a thought in a text: "STOPPP lol my son signed me up".
const FIRST_SENTENCE_END = /[.!;,\n]|\s-+\s|\p{Extended_Pictographic}|\s(?=(?:lol|LOL|Lol|lmao|LMAO|haha|HAHA|jaja|JAJA)\b)/u;
const SENTENCE_END = /[.!?;\n]+|\p{Extended_Pictographic}/u;
/** The bot or a greeting addressed first: "HEP bot, stop. seriously", "hola, baja". */
const VOCATIVE = /^\W*(?:hep ?bot|bot|hey|hi|hello|hola|oye|buenas)\b[\s,:!]*/i;
/** Cancelling a visit is not an opt-out: "Cancel, my appointment tomorrow clashes". */
const A_VISIT = /\b(?:appointment|appt|visit|session|booking|cita|consulta|sesion)\b/i;

/**
 * The opt-out keyword said as a sentence of its own, with a reason or a complaint around it (LABELS: "however
 * emphatic"): "STOP. 2nd time asking", "Baja 🙏 ya me dieron el alta", "this is the 4th text today. STOP. enough
 * already". Read after red flags, so "STOP. my chest hurts" is still an emergency; a limit ("…until Monday") makes it a pause.
 */
export function stopKeywordSentence(raw: string): string | null {
  const said = keywordSentence(raw, SENTENCE_STOP_KEYWORDS, STOP_KEYWORDS);
  return said === null || (said.startsWith("cancel") && A_VISIT.test(raw)) ? null : said;
}

/**
 * A carrier keyword in capitals opening the message, then a new clause of the writer's own: "STOPPP my wife keeps
 * reading these out loud lol", "STOP I never signed up for this". Capitals, as carriers print them, keep "stop my
 * knee from clicking?" out.
 */
const KEYWORD_IN_CAPITALS_FIRST = /^\W*(?:S+T+O+P+|STOPALL|UNSUBSCRIBE|PARAR|BAJA)[\s.!,]/;
const THEN_A_CLAUSE_OF_THEIR_OWN = /^\W*\p{L}+[\s.!,]+(?:my|i|im|ive|you|your|u|this|these|we|he|she|they|the (?:texts|messages|reminders)|mi|yo|ya|estos|estas|ustedes|no quiero)\b/iu;
export function shoutsAKeywordFirst(raw: string): boolean {
  return KEYWORD_IN_CAPITALS_FIRST.test(raw) && THEN_A_CLAUSE_OF_THEIR_OWN.test(raw);
}

/** Telegram's /help with words after it, as commands take them: "/help how do I tell you I finished?" */
const HELP_COMMAND_WITH_WORDS = /^\s*\/(?:help|ayuda)(?:@\w+)?\s+\S/i;

/** "INFO pls, got 2 texts from this number and idk what they are": the info keyword as a sentence. "Help" is left out: "help, I fell". */
const SENTENCE_INFO_KEYWORDS = HELP_KEYWORDS.filter((k) => k !== "help" && k !== "ayuda");
export function saysInfoKeywordSentence(raw: string): boolean {
  return keywordSentence(raw, SENTENCE_INFO_KEYWORDS) !== null || HELP_COMMAND_WITH_WORDS.test(raw);
}

/** "Sí, quiero recibirlos otra vez. UNSTOP": the opt-in keyword as a sentence. */
export function saysStartKeywordSentence(raw: string): boolean {
  return keywordSentence(raw, START_KEYWORDS) !== null;
}

/**
 * One of `keywords` as a sentence of its own (with politeness, or repeated) among others: first, up to
 * a comma ("baja, gracias"), or anywhere between full stops ("this is the 4th text today. STOP. enough already").
 * In capitals, as carriers print them, `shoutedKeywords` count too: "ALTO. 4 mensajes hoy", "END. surgery cancelled".
 */
function keywordSentence(message: string, keywords: readonly string[], shoutedKeywords: readonly string[] = keywords): string | null {
  const lower = message.toLowerCase();
  if (!shoutedKeywords.some((k) => lower.includes(k))) return null;
  const raw = message.replace(VOCATIVE, "");
  const end = FIRST_SENTENCE_END.exec(raw);
  if (end === null || end.index === 0) return null;
  // …or last, after a comma or a colon: "ignore the STOP my son sent, UNSTOP please", "he says to type this to unsubscribe: /stop".
  const lastClause = raw.slice(Math.max(raw.lastIndexOf(","), raw.lastIndexOf(":")) + 1);
  const sentences = [raw.slice(0, end.index), ...raw.split(SENTENCE_END).slice(1), lastClause];
  for (const sentence of sentences) {
    const bare = stripToKeyword(sentence);
    const allowed = isShouted(sentence) ? shoutedKeywords : keywords;
    const said = [bare, bare.replace(POLITENESS, " ").trim(), repeatedKeyword(bare)].find((k): k is string => k !== null && allowed.includes(k));
    if (said !== undefined) return said;
  }
  return null;
}

const isShouted = (sentence: string) => /\p{Lu}/u.test(sentence) && !/\p{Ll}/u.test(sentence);

function repeatedKeyword(bare: string): string | null {
  const words = bare.split(" ");
  return words.length > 1 && words.every((w) => w === words[0]) ? words[0]! : null;
}

function stripToKeyword(raw: string): string {
  const bare = unstretch(raw.toLowerCase())
    .replace(/@\w+/g, "") // Telegram appends the bot name: /stop@hepbot
    .replace(/[^\p{L}\p{N}/\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Spelled out or held down: "s t o p", "Stopp".
  const spelled = /^(?:\p{L} )+\p{L}$/u.test(bare) ? bare.replace(/ /g, "") : bare;
  return /^s+t+o+p+$/.test(spelled) ? "stop" : spelled;
}
