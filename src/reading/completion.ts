import type { ExerciseMentions } from "./exercises.js";
import { ALL_OF_THEM, COMPLETION, COUNT_OF, DONE_EMOJI, NOT_DONE, PARTIAL } from "./intents.js";
import { isNegatedAt } from "./negation.js";
import { globalVersion } from "./regex.js";

export type CompletionState = "done" | "partial" | "not_done";

export interface Completion {
  state: CompletionState;
  rule: string;
}

const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6,
};

/**
 * What the patient says about doing the session: all of it, some of it, none of it, or
 * nothing (null). `context` is how many exercises were prompted.
 */
export function readCompletion(
  text: string,
  exercises: ExerciseMentions,
  context: number,
  isQuestion: boolean,
): Completion | null {
  const completed = COMPLETION.some((p) => undeniedMatch(text, p)) || DONE_EMOJI.test(text);
  const count = COUNT_OF.exec(text);
  if (count) {
    const did = toCount(count[1]!);
    const of = toCount(count[2]!);
    if (did < of) return { state: "partial", rule: "completion-count-some" };
    if (did === of) return { state: "done", rule: "completion-count-all" };
  }
  if (completed) {
    if (ALL_OF_THEM.test(text) && exercises.notDone.length === 0 && !/\b(?:except|excepto|menos|salvo|but not)\b/.test(text)) {
      return { state: "done", rule: "completion-all" };
    }
    if (exercises.notDone.length > 0) return { state: "partial", rule: "completion-exercises-skipped" };
    if (PARTIAL.some((p) => p.test(text))) return { state: "partial", rule: "completion-partial-words" };
    const named = new Set(exercises.done).size;
    if (named > 0 && context > 0 && named < context) return { state: "partial", rule: "completion-exercises-some" };
    return { state: "done", rule: "completion" };
  }
  if (isQuestion) return null;
  if (PARTIAL.some((p) => p.test(text))) return { state: "partial", rule: "partial-words" };
  if (NOT_DONE.some((p) => p.test(text))) return { state: "not_done", rule: "not-done-words" };
  return null;
}

function undeniedMatch(text: string, pattern: RegExp): boolean {
  for (const m of text.matchAll(globalVersion(pattern))) if (!isNegatedAt(text, m.index ?? 0, 3)) return true;
  return false;
}

function toCount(token: string): number {
  return COUNT_WORDS[token] ?? Number(token);
}
