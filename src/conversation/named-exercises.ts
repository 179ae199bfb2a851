import { findNamedExercises } from "./exercise-answer.js";
import { plainWords } from "../text/fold.js";
import { phraseScore } from "../text/phrase-match.js";
import type { ConversationInput, ProgramItem } from "./types.js";

/**
 * The program's exercises a report names, split into those done and those skipped by the clause
 * each is named in: "did the ankle pumps but not the rest", "didn't do the heel slides, they hurt",
 * "solo hice los puentes". Pure.
 */
export interface NamedInReport {
  done: ProgramItem[];
  skipped: ProgramItem[];
}

const SKIPPED_CLAUSE =
  /\b(?:didn t|didnt|did not|not|no|never|skipped|skip|missed|except|without|couldn t|couldnt|could not|no hice|no pude|no he hecho|sin|menos|salte|excepto|ni)\b/;

export function namedInReport(input: Pick<ConversationInput, "text" | "reading" | "program">): NamedInReport {
  const named = findNamedExercises(input.text, input.reading.exercises, input.program);
  // "All but the heel slides" leaves them out: that "but" is "except", not a new clause.
  const clauses = input.text
    .replace(/\b(all|everything|every one|all of them|them all) but\b/gi, "$1 except")
    .split(/[,.;:!?\n]|\bbut\b|\bpero\b|\bthough\b|\baunque\b/i).map((c) => c.trim()).filter(Boolean);
  const result: NamedInReport = { done: [], skipped: [] };
  for (const item of named) {
    const phrases = [item.name, ...item.aliases, item.slug.replace(/-/g, " ")];
    // Named loosely ("the standing ones"), the item is in no clause by its name: the message's own words decide.
    const clause = clauses.find((c) => phrases.some((p) => phraseScore(p, c) > 0)) ?? input.text;
    (SKIPPED_CLAUSE.test(plainWords(clause)) ? result.skipped : result.done).push(item);
  }
  return result;
}

/** The text with the program's exercise names taken out: "gato-camello" is an exercise, not a cat to look after. */
export function withoutExerciseNames(text: string, program: readonly ProgramItem[]): string {
  let words = ` ${plainWords(text)} `;
  const names = program.flatMap((item) => [item.name, ...item.aliases]).map(plainWords).filter((n) => n !== "");
  for (const name of names.sort((a, b) => b.length - a.length)) words = words.split(` ${name} `).join(" ");
  return words.trim();
}
