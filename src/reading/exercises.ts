import { keptAnswers } from "../core/kept-answers.js";
import { plainWords } from "../text/fold.js";
import { stem } from "../text/stem.js";
import { AFTER_AN_OBSERVANCE, DESPUES_DE_UN_RITO } from "./intents.js";
import { isNegatedAt } from "./negation.js";
import type { PromptedExercise } from "./reading.js";

/**
 * Which of the prompted exercises a patient names, and whether they say they did them:
 * "did the heel slides and quad sets, will do leg raises later" named all three but did two.
 */
export interface ExerciseMentions {
  /** Context names the patient mentioned, in context order. */
  named: string[];
  /** Named in a clause that says they were done (a bare mention is in neither list). */
  done: string[];
  /** Named in a clause that says they were skipped, left for later or not finished. */
  notDone: string[];
  /** Named with "only", "just", "solo": the others were not done. */
  only: string[];
  /** The message is nothing but exercise names ("bridges and bird dog"): an answer naming what was done. */
  namesOnly: boolean;
}

/** Words that say nothing about which exercise is meant. */
const GENERIC = new Set([
  "set", "exercise", "stretch", "the", "a", "an", "of", "to", "in", "on", "with", "and", "min", "minute", "place",
  "de", "en", "del", "la", "el", "los", "las", "con", "y", "al", "para", "ejercicio", "estiramiento",
]);

/** An exercise left for a later hour today: "bridges after evening prayers", "la caminata después de misa". */
const LEFT_FOR_LATER_TODAY = new RegExp(
  String.raw`\b(?:at lunch|after (?:dinner|lunch|supper|work|school)|${AFTER_AN_OBSERVANCE}|this (?:evening|afternoon)|despues de (?:la )?(?:cena|comida|trabajar|trabajo)|${DESPUES_DE_UN_RITO})\b`,
);
/** Clause words that put the exercises in it on the not-done side. */
const NOT_DONE_MARKER =
  /\b(?:no|not|didnt|havent|skip\w*|except|excepto|(?<!mas o )menos|salvo|without|sin|will|ill|gonna|later|tonight|tomorrow|at lunch|after work|ran out of|missed|couldnt|cant|left out|falta|faltan|falto|faltaron|luego(?! de)|despues(?! de)|mas tarde|manana|todavia|aun)\b|❌/;
/** Right after a name, these say it was not done: "bird dog ❌", "tilts no", "la inclinacion no", "bridges skipped". */
const NOT_DONE_AFTER =
  /^\W*(?:(?:is |was |are |were |esta |es |estuvo |fue )?(?:way |much |far |just |a bit |really |still )?(?:too hard|too difficult|too painful|too much for me|muy dificil|demasiado dificil|imposible)|(?:me|le) (?:dio|da|daba) (?:pereza|flojera|hueva|weva|paja|fiaca|ladilla|mucha pereza)|(?:me|le) (?:cuesta|cuestan|costo) demasiado|(?:me|le) (?:da|dan|dio) miedo|no me atrevi|(?:me|le) asusta|❌|(?:no|not|nope|nah|x)\b(?!\s*\d)(?!\s+(?:pain|problem|issue|issues|problems|trouble|dolor|problema|molestia)\b)|(?:(?:me |se |le )?(?:la|lo|las|los) (?:(?:he |ha )?(?:salte|salto|deje|dejo|saltado|dejado)))\b|se (?:me|le) (?:paso|pasaron|olvido|olvidaron)\b|nada\b(?! (?:mal|de dolor|raro|mas))|(?:skipped|missed|not done|not yet|pending|todavia no|aun no|pendiente|me falto|no lo hice|no la hice|no los hice|no las hice)\b|(?:didnt|did not|never) (?:happen|get done)\b|(?:i |he |she )?(?:cant|cannot|couldnt|could not|can not) (?:do|manage|get through)\b|(?:is |are |will be )?(?:next time|another day|for tomorrow|tomorrow|para manana|otro dia)\b|(?:can|could|may) (?:go to hell|go jump|get lost|take a hike|go die)\b|(?:se )?(?:puede|pueden|que se vaya|que se vayan) (?:ir )?al (?:diablo|carajo|demonio|infierno)\b|✖)/;
/** The whole session said done: then "doorway stretch at lunch" tells when it was done, not that it waits for lunch. */
const ALL_SAID_DONE = /\b(?:all|everything|todo|todos|todas) (?:done|finished|complete|completed|hechos?|hechas?|listos?|listas?|terminad[oa]s?)\b|\b(?:did|done|finished|completed) (?:them )?all\b/;
/** Right after a name, these say it was done: "bridges ✅", "tilts yes", "puentes si", "bridges 3x10". */
const DONE_AFTER = /^\W*(?:✅|si(?=\s*(?:$|[,;.!✅👍]|y\b|pero\b))|(?:yes|yep|yup|done|ok|fine|easy|no problem|went (?:fine|well|ok|great)|hecho|hecha|hechos|hechas|listo|lista|\d+\s*x\s*\d+|x\s*\d+|\d+\s*x|\d+ (?:sets?|reps?|series|repeticiones|veces|vez|times?|rounds?|each|every|cada))\b|\d+\s*(?:seg|segs|sec|secs|seconds|segundos|s|min|mins|minutes|minutos|cada lado|each side|per side|por lado)?(?:\s*\d+\s*(?:veces|times|x|sets?|series|rounds?|reps?))?\s*(?:$|[,;.]|y\b|and\b))/;
/** A dose just before a name: "3x10 bridges", "2 sets of bridges". */
const DOSE_BEFORE = /\b(?:\d+\s*x\s*\d+|\d+ (?:sets?|reps?|series|rounds?)(?: of \d+)?(?: of)?)\s*(?:the\s+|los\s+|las\s+)?$|(?<!\b(?:of|de)\s)(?:^|[,;.]\s*|\band\s|\by\s)(?:[2-9]|[1-9]\d)\s+$/;
/** Before a name: "only the bridges", "solo los puentes", "nada mas los puentes". */
const ONLY_BEFORE = /\b(?:only|just|solo|solamente|unicamente|nada mas|nomas|no mas)\s+(?:did\s+|managed\s+|hice\s+|pude\s+)?(?:the\s+|my\s+|los\s+|las\s+|el\s+|la\s+)?$/;
const ONLY_AFTER = /^\W*(?:only|solamente|nada mas|nomas|no mas|(?:and )?(?:thats it|that s it|thats all|that is all|eso es todo|y ya|y listo)(?! (?:for (?:today|now)|done|por hoy)\b))\b/;
/** Clause words that put the exercises in it on the done side. */
const DONE_MARKER =
  /\b(?:did|done|finished|completed?|managed|got through|went through|went for|hice|termine|complete|acabe|realice|logre|hechos?|hechas?)\b|✅/;
const CLAUSE_SPLIT = /[.;!?\n]|,|\b(?:but|pero|though|tho|and then|then|y luego)\b/;
/** Done-ness carries across a comma list ("did heel slides, quad sets and leg raises"), not past a sentence. */
const SENTENCE_SPLIT = /[.;!?\n]|\b(?:but|pero|though|tho|and then|then|y luego)\b/;
const LIST_CONTINUATION = /^\s*(?:(?:and|also|plus|the|my|both|y|tambien|los|las|el|la|\+|&)\s*)*$/;
/** Words of a name inside an idiom name nothing: "hice las 3 series sin parar" is no "Sentarse y pararse". */
const IDIOM = /\bsin parar\b|\bnon ?stop\b|\bno (?:paro|para|paraba) de\b/g;
/** A body-part word followed by these is a symptom, not an exercise: "knee hurts" is not Knee-to-chest. */
/** The equipment an exercise is named for, said to have broken: "my band snapped" is the band, not Band external rotation. */
const BROKE_NEXT = /^\W*(?:(?:just |finally |has |had |got )?(?:snapped|broke|broken|ripped|tore|torn|split|busted|se (?:me )?(?:rompio|reviento|revento))|(?:se (?:me )?)?(?:rota|rompio))\b/;
const SYMPTOM_NEXT = /^\W*(?:hurt\w*|sore|pain\w*|ache\w*|achy|is|feels?|felt|was|swollen|stiff|duele|dolor|esta|me duele|me molesta)\b/;

export function matchExercises(text: string, prompted: readonly PromptedExercise[]): ExerciseMentions {
  const mentions: ExerciseMentions = { named: [], done: [], notDone: [], only: [], namesOnly: false };
  if (prompted.length === 0) return mentions;
  const { context, keys, acronyms, nameWords: allNameWords, exerciseWords } = programWords(prompted);
  const words = [...text.matchAll(/[a-z0-9]+/g)].map((m, at) => ({ stem: stem(m[0]), raw: m[0], index: m.index ?? 0, at }));
  // A name split by dictation or a typo: "ham string" is Hamstring, "Perry form is" is Piriformis.
  const joined = [2, 3].flatMap((n) =>
    words.slice(0, words.length - n + 1).map((w, at) => {
      const raw = words.slice(at, at + n).map((x) => x.raw).join("");
      return { stem: stem(raw), raw, index: w.index, at };
    }),
  );
  const idioms = [...text.matchAll(IDIOM)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inAnIdiom = (index: number) => idioms.some(({ start, end }) => index >= start && index < end);
  const hits: { name: string; index: number; end: number }[] = [];
  for (const [i, name] of context.entries()) {
    const nameKeys = keys[i] ?? [];
    const acronym = acronyms[i] ?? null;
    const nameWords = allNameWords[i] ?? [];
    const namesIt = (w: { stem: string }) => nameKeys.some((k) => namesKey(w.stem, k) || soundsAlike(w.stem, k));
    const hit = [...words, ...joined.filter((j) => nameKeys.some((k) => k === j.stem || soundsAlike(j.stem, k)))].find((w) => {
      if (acronym !== null && (w.raw === acronym || w.raw === `${acronym}s`)) return true;
      if (inAnIdiom(w.index)) return false;
      if (!namesIt(w)) return false;
      if (SYMPTOM_NEXT.test(text.slice(w.index + w.raw.length)) || BROKE_NEXT.test(text.slice(w.index + w.raw.length))) return false;
      // "knee" alone is a body part; "knee extensions" or "heel slides" is the exercise.
      if (!BODY_PARTS.has(w.stem)) return true;
      const near = words.slice(Math.max(0, w.at - 2), w.at + 3).filter((n) => n !== w);
      // A name of body parts only ("Knee to chest", "Rodilla al pecho") is named by both of them together.
      const onlyBodyParts = nameWords.every((n) => BODY_PARTS.has(n));
      return near.some((n) => nameWords.includes(n.stem) && (!BODY_PARTS.has(n.stem) || (onlyBodyParts && n.stem !== w.stem)));
    });
    if (hit) hits.push({ name, index: hit.index, end: hit.index + hit.raw.length });
  }
  let previousDone: number | null = null;
  const sorted = hits.sort((a, b) => a.index - b.index);
  for (const [k, { name, index, end }] of sorted.entries()) {
    mentions.named.push(name);
    const clause = clauseAround(text, index);
    // What follows a name up to the next named exercise: "bridges ✅ bird dog ❌" gives each its mark.
    const rest = text.slice(endOfName(text, end, exerciseWords), sorted[k + 1]?.index ?? text.length);
    if (ONLY_BEFORE.test(text.slice(0, index)) || ONLY_AFTER.test(rest)) mentions.only.push(name);
    const markedDone = DONE_AFTER.test(rest) || DOSE_BEFORE.test(text.slice(0, index)) || toldByItsPastTense(text.slice(index, end), name);
    const skipped =
      NOT_DONE_AFTER.test(rest) ||
      (!markedDone &&
        (NOT_DONE_MARKER.test(lastWords(clause.before, 6)) ||
          /\b(?:later|tonight|tomorrow|mas tarde|luego|manana|la noche|despues|couldnt|could not|no pude|no lo hice|no la hice|(?:i |we )?(?:skipped|skip|left out|gave up on|bailed on) (?:em|them|it|those|that one)|(?:me )?(?:los|las|lo|la) (?:salte|deje))\b/.test(clause.after) ||
          (LEFT_FOR_LATER_TODAY.test(clause.after) && !ALL_SAID_DONE.test(text) && !DONE_MARKER.test(clause.after)) ||
          isNegatedAt(text, index, 6)));
    if (skipped) {
      mentions.notDone.push(name);
      previousDone = null;
    } else if (markedDone || saysDone(clause, exerciseWords) || (previousDone !== null && onlyListWords(text.slice(previousDone, index), exerciseWords))) {
      mentions.done.push(name);
      previousDone = index;
    }
  }
  mentions.namesOnly = hits.length > 0 && words.every((w) => exerciseWords.has(w.stem) || CONNECTORS.has(w.raw) || NAME_LIST_EXTRAS.has(w.raw));
  mentions.named.sort((a, b) => context.indexOf(a) - context.indexOf(b));
  return mentions;
}

/**
 * An activity named by its verb in the past is one done: "walked 20 minutes" for Walking, "cycled to work" for Cycling.
 * Not a word of the name itself ("Seated march" is no "seated").
 */
function toldByItsPastTense(said: string, name: string): boolean {
  const nameWords = plainWords(name).split(/\s+/);
  if (nameWords.includes(said)) return false;
  return /[a-z]{3}ed$/.test(said) && nameWords.some((w) => /ing$/.test(w));
}

interface ProgramWords {
  context: string[];
  keys: string[][];
  acronyms: Array<string | null>;
  nameWords: string[][];
  exerciseWords: Set<string>;
}

/** The stemmed words of a program's names, worked out once per program: every message of its patients asks for them. */
const programsSeen = keptAnswers<ProgramWords>(200);

function programWords(prompted: readonly PromptedExercise[]): ProgramWords {
  const key = prompted.map((e) => [e.name, ...e.aliases].join("\u0001")).join("\u0002");
  return programsSeen(key, () => ({
    context: prompted.map((e) => e.name),
    keys: distinctiveKeys(prompted.map((e) => [e.name, ...e.aliases].join(" "))),
    acronyms: prompted.map((e) => acronymOf(e.name)),
    nameWords: prompted.map((e) => allKeysOf([e.name, ...e.aliases].join(" "))),
    exerciseWords: new Set(prompted.flatMap((e) => [e.name, ...e.aliases]).flatMap((name) => plainWords(name).split(/\s+/).map(stem))),
  }));
}

/** Where a multi-word name ends: "bird dog ❌" → just before the mark; "sentadilla en la pared no" → before "no". */
function endOfName(text: string, from: number, exerciseWords: Set<string>): number {
  const next = /^[\s-]*(?:(?:the|la|el|los|las)\s+)?([a-z]+)/.exec(text.slice(from));
  if (next && isExerciseWord(stem(next[1]!), exerciseWords)) return endOfName(text, from + next[0].length, exerciseWords);
  return from;
}

const BODY_PARTS = new Set([
  "knee", "hip", "leg", "calf", "back", "shoulder", "ankle", "neck", "chest", "heel", "arm", "wrist", "elbow", "foot", "toe",
  "rodilla", "cadera", "pierna", "espalda", "hombro", "tobillo", "cuello", "pecho", "talon", "brazo", "pie",
]);

/** The endings a verb or noun takes in either language: "walked" is "Walking", "caminé" is "Caminar", "sentarme" is "Sentarse". */
const INFLECTION = /^(?:s|es|ed|d|ing|er|ers|ar|ir|e|o|a|as|os|an|en|me|se|te|arse|arme|erse|irse|ado|ada|ando|iendo|aba|ia|amos)?$/;

function sameWordInflected(word: string, key: string): boolean {
  let shared = 0;
  while (shared < word.length && shared < key.length && word[shared] === key[shared]) shared++;
  return shared >= 4 && INFLECTION.test(word.slice(shared)) && INFLECTION.test(key.slice(shared));
}

/** Long words with the same first letter and consonants, doubled letters and vowels aside: "perryformis" and "piriformis". */
function soundsAlike(a: string, b: string): boolean {
  const skeleton = (w: string) => w.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
  return b.length >= 8 && a[0] === b[0] && Math.abs(a.length - b.length) <= 2 && skeleton(a) === skeleton(b);
}

/** A word of the message that names a word of an exercise's name: the same, its start ("clam" for clamshell), or inflected. */
function namesKey(word: string, key: string): boolean {
  return word === key || (word.length >= 4 && (key.startsWith(word) || sameWordInflected(word, key)));
}

function isExerciseWord(word: string, exerciseWords: Set<string>): boolean {
  return exerciseWords.has(word) || [...exerciseWords].some((k) => namesKey(word, k));
}

function allKeysOf(name: string): string[] {
  return plainWords(name)
    .split(/\s+/)
    .map(stem)
    .filter((w) => w && !GENERIC.has(w));
}

function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(-count).join(" ");
}

/** Words that may sit in a bare list of names without making it more than that. */
// "bridges and bird dog, that's it for today": the list closed.
const NAME_LIST_EXTRAS = new Set(["n", "today", "hoy", "this", "morning", "manana", "esta", "ones", "one", "too", "tambien", "e", "thats", "it", "for", "now", "eso", "es", "todo", "por"]);
const CONNECTORS = new Set(["and", "also", "plus", "the", "my", "both", "then", "y", "tambien", "los", "las", "el", "la", "de", "con"]);

/** "bridges and bird dogs": nothing but exercise words and connectors between two mentions, in one sentence. */
function onlyListWords(between: string, exerciseWords: Set<string>): boolean {
  const betweenWords = between.match(/[a-z0-9]+/g) ?? [];
  return !/[.;!?\n]/.test(between) && betweenWords.length <= 8 && betweenWords.every((w) => CONNECTORS.has(w) || exerciseWords.has(stem(w)));
}

/**
 * Done when the clause says so ("did the bridges", "bridges done"), or a list continues from one that did
 * ("did heel slides, quad sets and leg raises") — not a name opening a clause of its own ("…done, side planks got ghosted").
 */
function saysDone(clause: { before: string; sentenceBefore: string; after: string }, exerciseWords: Set<string>): boolean {
  if (DONE_MARKER.test(clause.before) || DONE_MARKER.test(clause.after)) return true;
  const listGoesOn = (clause.after.match(/[a-z0-9]+/g) ?? []).every((w) => /^\d+$/.test(w) || CONNECTORS.has(w) || NAME_LIST_EXTRAS.has(w) || isExerciseWord(stem(w), exerciseWords));
  return LIST_CONTINUATION.test(clause.before) && DONE_MARKER.test(clause.sentenceBefore) && listGoesOn;
}

function clauseAround(text: string, index: number): { before: string; sentenceBefore: string; after: string } {
  const head = text.slice(0, index);
  return {
    before: head.split(CLAUSE_SPLIT).pop() ?? "",
    sentenceBefore: head.split(SENTENCE_SPLIT).pop() ?? "",
    after: text.slice(index).split(CLAUSE_SPLIT)[0] ?? "",
  };
}

/** For each name, its words that no other context name shares (stemmed), so "heel" picks Heel slides. */
function distinctiveKeys(context: readonly string[]): string[][] {
  const perName = context.map((name) =>
    [...new Set(allKeysOf(name).filter((w) => !/^\d+$/.test(w)))],
  );
  const counts = new Map<string, number>();
  for (const words of perName) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return perName.map((words) => {
    const own = words.filter((w) => counts.get(w) === 1);
    return own.length > 0 ? own : words;
  });
}

/** "Terminal knee extension" → "tke", so "did the TKEs" names it. */
function acronymOf(name: string): string | null {
  const words = plainWords(name).split(/\s+/).filter((w) => w && !GENERIC.has(stem(w)));
  return words.length >= 3 ? words.map((w) => w[0]).join("") : null;
}
