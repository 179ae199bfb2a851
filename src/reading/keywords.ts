import { unstretch } from "./normalize.js";
import type { MessageKind } from "./reading.js";

/**
 * Carrier and platform keywords (LABELS.md): a message that is nothing but one of these,
 * in any case, with any whitespace or punctuation around it, is that request. Opt-out
 * keywords are a legal obligation, so they are matched before anything else is read.
 */
const STOP_KEYWORDS = ["stop", "stopall", "stop all", "stop it", "unsubscribe", "unsuscribe", "unsubcribe", "cancel", "end", "quit", "optout", "opt out", "revoke", "parar", "para", "alto", "baja", "cancelar", "/stop", "unsub", "pare", "paren", "desuscribir", "desuscribirme", "desuscribirse"];
const START_KEYWORDS = ["start", "unstop", "/start", "subscribe", "resubscribe"];
const HELP_KEYWORDS = ["help", "info", "ayuda", "/help", "información", "informacion"];
const YES_WORDS = ["yes", "si", "sí", "y", "yes please", "yeah", "yep"];

/** Politeness that may ride along a keyword without changing it: "Stop por favor", "STOP please". */
const POLITENESS = /\s*(?:please|pls|plz|plis|pliz|por favor|porfavor|porfa|porfis|x favor|xfa|xfavor|now|right now|already|asap|thanks|thank you|gracias|me|ya|ahora|ahora mismo)\s*/g;

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
  if (polite !== bare && START_KEYWORDS.includes(polite)) return { kind: "start", rule: "keyword-start" };
  return null;
}

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
