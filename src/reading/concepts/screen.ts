import { isNegatedAt } from "../negation.js";
import { type ConceptRule, type Lexicon, patternOf } from "./lexicon.js";

export interface ScreenOptions {
  isQuestion: boolean;
}

/**
 * A symptom named after "if" in a question is not a report: "what if my knee swells?",
 * "if I ever get numbness do I call you?". Doubt is not a condition: "not sure if I hit my head".
 * Only the "if" clause itself is hypothetical: past its comma the symptom is what happens
 * ("if I push, my chest gets tight, should I stop").
 */
const CONDITION = /\b(?:if|in case|what if|whether|si|y si|que pasa si|en caso de que|por si)\b/g;
const DOUBT_BEFORE = /\b(?:not sure|unsure|dont know|do not know|wondering|no se|no estoy segur[oa])\s*$/;

export function isHypotheticalAt(sentence: string, index: number, isQuestion: boolean): boolean {
  if (!isQuestion) return false;
  const before = sentence.slice(0, index);
  for (const m of before.matchAll(CONDITION)) {
    const clause = before.slice(m.index + m[0].length);
    if (!clause.includes(",") && !DOUBT_BEFORE.test(before.slice(0, m.index))) return true;
  }
  return false;
}

/** Sentences of a normalised message; combinations are looked for within one. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?;¡¿\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Symptoms that are said with a negative ("no siento nada", "didnt even feel it", "sin darme
 * cuenta") are reports, not denials: hidden from the denial check so they do not deny their neighbours.
 */
const SELF_NEGATING = /\b(?:no (?:para|paraba|paro|deja|dejaba|dejo) de|(?:wont|doesnt|didnt|cant|couldnt|will not|does not|did not|can not|cannot) stop|no (?:siento|siente|sentia|senti|sintio) (?:nada|cuando|al (?:limpiar|orinar|sentar)\w*)|no (?:puedo|puede|pude|pudo|podia) \w+|no (?:me|le|se) (?:salen|sale|entra|llega|responde|puede|puedo)\w*|(?:didnt|did not|dont|doesnt|cant|couldnt|can not) (?:even )?(?:feel|notice|realise|realize)\w* (?:it|that|anything|a thing|when|the need|the urge|i|he|she|my|his|her|the)\b|no (?:feeling|sensation|control|urge|strength)|without (?:feeling|noticing|realising|realizing)|sin (?:darme|darse) cuenta|sin (?:sentir\w*|fuerza|aire|aliento|sensibilidad))\b/g;

function negationView(text: string): string {
  return text.replace(SELF_NEGATING, (phrase) => "_".repeat(phrase.length));
}

/** Whether the lexicon is said, not denied and not hypothetical, somewhere in this text. */
function says(text: string, view: string, lex: Lexicon, isQuestion: boolean, evenIfDenied: boolean): boolean {
  for (const m of text.matchAll(patternOf(lex))) {
    const index = m.index ?? 0;
    if (evenIfDenied) return true;
    if (isNegatedAt(view, index) || isHypotheticalAt(text, index, isQuestion)) continue;
    return true;
  }
  return false;
}

/** The concept rules whose combination the message states. */
export function screenConcepts(text: string, rules: readonly ConceptRule[], options: ScreenOptions): ConceptRule[] {
  const view = negationView(text);
  const sentences = sentencesOf(text).map((s) => ({ s, view: negationView(s) }));
  const fired: ConceptRule[] = [];
  for (const rule of rules) {
    if (rule.questionsOnly && !options.isQuestion) continue;
    const evenIfDenied = rule.denialDoesNotCancel ?? false;
    const question = options.isQuestion;
    if (rule.unless?.some((lex) => says(text, view, lex, false, true))) continue;
    if (rule.message && !rule.message.every((lex) => says(text, view, lex, question, evenIfDenied))) continue;
    const inOneSentence =
      !rule.sentence ||
      sentences.some(({ s, view }) => rule.sentence!.every((lex) => says(s, view, lex, question, evenIfDenied)));
    if (inOneSentence) fired.push(rule);
  }
  return fired;
}
