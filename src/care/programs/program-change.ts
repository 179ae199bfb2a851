import { doseWords, type Dose, type DoseLang, type DoseStyle } from "./dose-words.js";

/**
 * What changed between two versions of a program, in the patient's words: "added Bridges; Heel
 * slides now 3 sets of 15; stopped Quad sets". Said once, in the first prompt after the therapist
 * moved the patient to the new version. Pure.
 */

export interface ChangeItem extends Dose {
  /** The exercise's name in the patient's language: the same name is the same exercise. */
  name: string;
}

/** At most this many changes are spelled out; the rest are counted. */
export const MAX_CHANGES_SHOWN = 3;

const WORDS: Record<DoseLang, { added: string; now: string; stopped: string; more: (n: number) => string }> = {
  en: { added: "added", now: "now", stopped: "stopped", more: (n) => `and ${n} more change${n === 1 ? "" : "s"}` },
  es: { added: "nuevo:", now: "ahora", stopped: "ya no:", more: (n) => `y ${n} cambio${n === 1 ? "" : "s"} más` },
};

/** The changes, or "" when the exercises and doses are the same (a new order or notes only). */
export function programChangeWords(before: readonly ChangeItem[], after: readonly ChangeItem[], lang: DoseLang, style: DoseStyle): string {
  const w = WORDS[lang];
  const old = new Map(before.map((item) => [item.name, item]));
  const kept = new Set(after.map((item) => item.name));
  const changes: string[] = [];
  for (const item of after) {
    const was = old.get(item.name);
    if (!was) changes.push(`${w.added} ${item.name}`);
    else if (was.sets !== item.sets || was.reps !== item.reps || was.holdSeconds !== item.holdSeconds) {
      changes.push(`${item.name} ${w.now} ${doseWords(item, lang, style)}`);
    }
  }
  for (const item of before) if (!kept.has(item.name)) changes.push(`${w.stopped} ${item.name}`);
  if (changes.length <= MAX_CHANGES_SHOWN) return changes.join("; ");
  return `${changes.slice(0, MAX_CHANGES_SHOWN).join("; ")}; ${w.more(changes.length - MAX_CHANGES_SHOWN)}`;
}
