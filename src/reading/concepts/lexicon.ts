import type { EscalationLevel } from "../reading.js";
import { firstChars, startsOf, topLevelAlternatives } from "./regex-fragment.js";

/**
 * A clinical concept's lay vocabulary: the words people use for one body site, symptom, onset or
 * modifier, in English and Spanish. Terms are regular-expression fragments over normalised text
 * (lower case, no accents, no apostrophes: "can't" is "cant", "caída" is "caida"), matched as
 * whole words. Shorthands keep the lists readable:
 *   {P}  a possessive or article of any speaker: my, his, her, their, the, your, our
 *   {S}  a Spanish possessive or article: mi, su, sus, el, la, los, las, le, me
 *   {W}  up to two filler words ("chest {W}tight" matches "chest is really tight")
 */
export interface Lexicon {
  name: string;
  en: readonly string[];
  es: readonly string[];
  /** As a rule's exception, it explains the whole message wherever it is said (screen.ts isExcepted). */
  explainsTheWholeMessage?: boolean;
  /** Its words date what is told beside them ("years ago"): a date is never itself something long ago (screen.ts says). */
  datesWhatIsTold?: boolean;
}

export function lexicon(name: string, en: readonly string[], es: readonly string[] = []): Lexicon {
  return { name, en, es };
}

/**
 * An exception that explains every sentence, not only its own: "Last session today! … goodbye" is no
 * last goodbye, and "a cold all week" explains a temperature told in the next sentence.
 */
export function explainingTheWholeMessage(lex: Lexicon): Lexicon {
  return { ...lex, explainsTheWholeMessage: true };
}

/** Words that date what is told beside them: "two years ago", "hace años". */
export function datingWhatIsTold(lex: Lexicon): Lexicon {
  return { ...lex, datesWhatIsTold: true };
}

/** Several lexicons read as one ("a limb or the face"). */
export function anyOf(name: string, ...parts: Lexicon[]): Lexicon {
  return { name, en: parts.flatMap((p) => p.en), es: parts.flatMap((p) => p.es) };
}

export type Syndrome =
  | "stroke"
  | "acs"
  | "breathing"
  | "pe-dvt"
  | "cauda-equina"
  | "anaphylaxis"
  | "sepsis"
  | "wound-infection"
  | "injury"
  | "syncope"
  | "collapse"
  | "emergency-care"
  | "falls"
  | "self-harm"
  | "bleeding"
  | "neuro"
  | "high-pain"
  | "therapist"
  | "safety-net";

/**
 * One red-flag concept: a combination of lexicons that a clinician can read as a sentence
 * ("a chest site AND a pressure-like feeling, in one sentence").
 */
export interface ConceptRule {
  id: string;
  syndrome: Syndrome;
  level: Exclude<EscalationLevel, "none">;
  /** symptom: the message becomes a pain report; mood and request do not change what it is. */
  effect: "symptom" | "mood" | "request";
  description: string;
  /** Every one of these must match, undenied, within one sentence. */
  sentence?: readonly Lexicon[];
  /** …and every one of these somewhere in the message. */
  message?: readonly Lexicon[];
  /**
   * The rule does not fire when one of these is said in a sentence it drew on, or anywhere in the
   * message for an exception that explains the whole message.
   */
  unless?: readonly Lexicon[];
  /** Only in a question ("can I take ibuprofen?"). */
  questionsOnly?: boolean;
  /**
   * A sign said to be over ("the fever's gone", "la hinchazón ya bajó") is not a report. Only for
   * signs whose passing settles them: a chest pain or a stroke sign that came and went still counts.
   */
  fadesWhenResolved?: boolean;
  /**
   * A sign in a sentence dated to an old injury and not to now is history (screen.ts isHistoryAt):
   * "since I broke my wrist I cant grip". Not for signs that are an emergency whenever they happen.
   */
  historyCancels?: boolean;
  /** Denials and hypotheticals do not cancel it: "I dont want to live" is still a cry for help. */
  denialDoesNotCancel?: boolean;
  /**
   * An event, not a suspicion: a fall or a blow to the head happened whatever a clinician found
   * since, so "the ER scanned it and said it was fine" does not clear it (screen.ts isRuledOutAt).
   */
  allClearDoesNotCancel?: boolean;
  /** Words of intensity that a stated score under 8 outweighs: "this pain is killing me, 6/10" is a 6. */
  yieldsToAScore?: boolean;
}

const SHORTHANDS: Record<string, string> = {
  "{P}": "(?:my|his|her|their|the|your|our|ma|mah)",
  "{S}": "(?:mi|su|sus|el|la|los|las|le|me|tu)",
  "{W}": "(?:\\w+ ){0,2}",
};

/** The lexicon's terms with their shorthands written out. */
export function termsOf(lex: Lexicon): string[] {
  return [...lex.en, ...lex.es].map((t) => t.replace(/\{[PSW]\}/g, (s) => SHORTHANDS[s]!));
}

const compiled = new WeakMap<Lexicon, RegExp>();

/** The lexicon as one global pattern of whole-word alternatives, compiled once. */
export function patternOf(lex: Lexicon): RegExp {
  let pattern = compiled.get(lex);
  if (pattern === undefined) {
    pattern = new RegExp(String.raw`(?<![\w])(?:${byFirstLetter(termsOf(lex).flatMap(topLevelAlternatives)).join("|")})(?![\w])`, "g");
    compiled.set(lex, pattern);
  }
  return pattern;
}

/** How many characters of each word a text is indexed by, for `mayBeIn`. */
const START_LENGTH = 3;

/**
 * A text indexed by each place a lexicon's match may begin (the start, and after each non-word
 * character): the places, and the first one, two and three characters there, each once.
 */
export interface WordStarts {
  readonly text: string;
  readonly positions: readonly number[];
  /** The first one, two and three characters at each position. */
  readonly prefixesAt: readonly (readonly string[])[];
  readonly prefixes: ReadonlySet<string>;
}

export function wordStartsOf(text: string): WordStarts {
  const positions: number[] = [];
  const prefixesAt: string[][] = [];
  const prefixes = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /\w/.test(text[i - 1]!)) continue;
    const here: string[] = [];
    for (let n = 1; n <= START_LENGTH && i + n <= text.length; n++) here.push(text.slice(i, i + n));
    positions.push(i);
    prefixesAt.push(here);
    for (const prefix of here) prefixes.add(prefix);
  }
  return { text, positions, prefixesAt, prefixes };
}

const beginnings = new WeakMap<Lexicon, Set<string> | null>();

/** The one to three characters every match of the lexicon begins with, or null when they are not known. */
function beginningsOf(lex: Lexicon): Set<string> | null {
  let starts = beginnings.get(lex);
  if (starts === undefined) {
    starts = new Set<string>();
    for (const alternative of termsOf(lex).flatMap(topLevelAlternatives)) {
      const these = startsOf(alternative, START_LENGTH);
      if (these === null) {
        starts = null;
        break;
      }
      for (const start of these) starts.add(start);
    }
    beginnings.set(lex, starts);
  }
  return starts;
}

/**
 * False when no match of the lexicon can begin at any of these word starts, so its pattern need
 * not run: most of the hundreds of lexicons share no word beginning with a given message. True
 * when one may, or when the lexicon's beginnings are not known: one term that starts with `\w`
 * makes them unknown, so such a term is better written from its first fixed word, behind a
 * look-behind ("(?<=\w(?:ria|rian) )mejor sin mi").
 */
export function mayBeIn(lex: Lexicon, { prefixes }: WordStarts): boolean {
  const starts = beginningsOf(lex);
  if (starts === null) return true;
  // Look the smaller set up in the larger.
  const [few, many] = starts.size < prefixes.size ? [starts, prefixes] : [prefixes, starts];
  for (const start of few) if (many.has(start)) return true;
  return false;
}

const byFirstChar = new WeakMap<Lexicon, Map<string, RegExp>>();

/**
 * The lexicon's terms that can begin with this character, as one sticky pattern: at a given place
 * the others cannot match, and those that can keep their order, so the same term wins.
 */
function stickyPatternFor(lex: Lexicon, char: string): RegExp {
  let patterns = byFirstChar.get(lex);
  if (patterns === undefined) byFirstChar.set(lex, (patterns = new Map()));
  let pattern = patterns.get(char);
  if (pattern === undefined) {
    const these = termsOf(lex)
      .flatMap(topLevelAlternatives)
      .filter((alternative) => [...startsOf(alternative, 1)!].includes(char));
    pattern = new RegExp(String.raw`(?<![\w])(?:${byFirstLetter(these).join("|")})(?![\w])`, "y");
    patterns.set(char, pattern);
  }
  return pattern;
}

/**
 * The lexicon's first match at or after `from`, the one its global pattern would find from there,
 * tried only at the word starts where one of its beginnings stands, with only the terms that can
 * begin there: a scan of every character by a pattern of hundreds of terms costs far more.
 */
export function nextMatch(lex: Lexicon, at: WordStarts, from: number): RegExpExecArray | null {
  const starts = beginningsOf(lex);
  if (starts === null) {
    const pattern = patternOf(lex);
    pattern.lastIndex = from;
    return pattern.exec(at.text);
  }
  const { text, positions, prefixesAt } = at;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    if (i < from || !prefixesAt[k]!.some((prefix) => starts.has(prefix))) continue;
    const sticky = stickyPatternFor(lex, text[i]!);
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m !== null) return m;
  }
  return null;
}

/**
 * The alternatives regrouped by their first letter ("kill…|knock…" → "k(?:ill…|nock…)"), so the
 * engine tries at each word the few that start with its letter, not all of them: the self-harm
 * lexicon alone has hundreds. The same match is found: alternatives that start with different
 * letters never match at the same place, those with the same letter keep their order, and every
 * alternative that starts otherwise (a group, a look-around) keeps its place among the rest,
 * behind a look-ahead at the letters it can start with.
 */
function byFirstLetter(alternatives: readonly string[]): string[] {
  const out: string[] = [];
  let run = new Map<string, string[]>();
  const endRun = () => {
    for (const [letter, rests] of run) out.push(rests.length === 1 ? letter + rests[0] : `${letter}(?:${rests.join("|")})`);
    run = new Map();
  };
  for (const alternative of alternatives) {
    const letter = /^[a-z0-9](?![?*+{])/.exec(alternative)?.[0];
    if (letter === undefined) {
      endRun();
      out.push(withFirstCharLookahead(alternative));
      continue;
    }
    const rests = run.get(letter) ?? [];
    rests.push(alternative.slice(1));
    run.set(letter, rests);
  }
  endRun();
  return out;
}

/** "(?:everyone|they) would…" → "(?=[et])(?:everyone|they) would…": one check skips it where it cannot start. */
function withFirstCharLookahead(alternative: string): string {
  const chars = firstChars(alternative);
  if (chars === null) return alternative;
  return `(?=[${[...chars].sort().map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join("")}])${alternative}`;
}
