import type { EscalationLevel, MessageKind } from "../../../src/reading/reading.js";
import { REAL_WORDS } from "../../../src/reading/concepts/typos.js";
import type { Wording } from "./wording.js";
import { APPENDED_EN, GUARDS_EN, WORDINGS_EN } from "./wordings-en.js";
import { APPENDED_ES, GUARDS_ES, WORDINGS_ES } from "./wordings-es.js";
import { prng } from "../../../bench/planner-core.bench.js";

/**
 * The challenge corpus: every wording × every speaker (patient, spouse, parent, adult child) ×
 * three message frames ("done but…", a question, "didn't do them because…", a pause request, a
 * plain report) × language, with seeded typos. Deterministic for a seed, so the committed fixture
 * can be regenerated and compared.
 */

export interface ChallengeLine {
  id: string;
  lang: "en" | "es";
  text: string;
  syndrome: string;
  speaker: Speaker;
  frame: Frame;
  expect: { kind: MessageKind[]; pain: number | null; escalate: EscalationLevel[] };
}

type Speaker = "patient" | "spouse" | "parent" | "child";
type Frame = "plain" | "done-but" | "question" | "not-done-because" | "pause";
const SPEAKERS: readonly Speaker[] = ["patient", "spouse", "parent", "child"];
const FRAMES: readonly Frame[] = ["plain", "done-but", "question", "not-done-because", "pause"];
const FRAMES_PER_LINE = 3;

const FRAME_TEXT: Record<"en" | "es", Record<Frame, readonly string[]>> = {
  en: {
    plain: ["{x}", "{x}.", "hi, {x}"],
    "done-but": ["did all my exercises but {x}", "done ✅ but {x}", "finished the set, {x} though"],
    question: ["{x}, is that normal?", "{x} - should I keep going with the exercises?", "{x}. what should I do?"],
    "not-done-because": ["didn't do them today because {x}", "skipped the exercises, {x}", "no exercises today, {x}"],
    pause: ["please pause the reminders for now, {x}", "can we stop the texts for a few days? {x}", "hold the exercises this week, {x}"],
  },
  es: {
    plain: ["{x}", "{x}.", "hola, {x}"],
    "done-but": ["ya hice los ejercicios pero {x}", "listo ✅ pero {x}", "terminé la rutina, aunque {x}"],
    question: ["{x}, ¿es normal?", "{x}, ¿sigo con los ejercicios?", "{x}. ¿qué hago?"],
    "not-done-because": ["hoy no los hice porque {x}", "no hice los ejercicios, {x}", "hoy nada de ejercicios, {x}"],
    pause: ["pausen los recordatorios por favor, {x}", "¿pueden parar los mensajes unos días? {x}", "esta semana no me manden ejercicios, {x}"],
  },
};

const SPEAKER_TEXT: Record<"en" | "es", Record<Exclude<Speaker, "patient">, readonly { prefix: string; he: "he" | "she" }[]>> = {
  en: {
    spouse: [{ prefix: "this is his wife, ", he: "he" }, { prefix: "her husband here, ", he: "she" }],
    parent: [{ prefix: "it's my son, ", he: "he" }, { prefix: "texting about my daughter, ", he: "she" }],
    child: [{ prefix: "writing for my dad, ", he: "he" }, { prefix: "my mom asked me to text you, ", he: "she" }],
  },
  es: {
    spouse: [{ prefix: "soy la esposa de Juan, ", he: "he" }, { prefix: "habla el marido de Rosa, ", he: "she" }],
    parent: [{ prefix: "le escribo por mi hijo, ", he: "he" }, { prefix: "es sobre mi hija, ", he: "she" }],
    child: [{ prefix: "es mi papá, ", he: "he" }, { prefix: "le escribo por mi mamá, ", he: "she" }],
  },
};

const PRONOUNS = { he: { he: "he", his: "his", him: "him" }, she: { he: "she", his: "her", him: "her" } } as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function readsAsAnotherWord(changed: string, original: string): boolean {
  for (let i = 1; i < changed.length; i++) {
    const undone = changed.slice(0, i) + changed.slice(i + 1);
    if (changed[i] === changed[i - 1] && undone !== original && REAL_WORDS.has(undone)) return true;
  }
  return false;
}

/** One human typo in one longer word: two letters swapped, one dropped, or one doubled. */
function typo(random: () => number, text: string): string {
  const words = [...text.matchAll(/\p{L}{5,}/gu)];
  if (words.length === 0) return text;
  const w = pick(random, words);
  const word = w[0];
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  const changed =
    kind === 0 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    : kind === 1 ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word[at] + word.slice(at);
  // A slip that lands on another real word ("carga" → "cara", "dolor" → "door"), or reads as one once a
  // doubled letter is undone ("viviendo" → "viiendo", read "viendo"), cannot be read back from the text alone.
  if (REAL_WORDS.has(changed.toLowerCase()) || readsAsAnotherWord(changed.toLowerCase(), word.toLowerCase())) return text;
  return text.slice(0, w.index) + changed + text.slice((w.index ?? 0) + word.length);
}

function casual(random: () => number, text: string): string {
  const r = random();
  if (r < 0.15) return text.replace(/'/g, "");
  if (r < 0.25) return text.toUpperCase();
  if (r < 0.35) return text.charAt(0).toUpperCase() + text.slice(1);
  return text;
}

function symptomFor(w: Wording, lang: "en" | "es", speaker: Speaker, random: () => number): string {
  if (speaker === "patient") return w.first;
  const who = pick(random, SPEAKER_TEXT[lang][speaker]);
  const p = PRONOUNS[who.he];
  return who.prefix + w.third.replace(/\{he\}/g, p.he).replace(/\{his\}/g, p.his).replace(/\{him\}/g, p.him);
}

function expectFor(w: Wording, frame: Frame): ChallengeLine["expect"] {
  const flagged = w.level === "emergency" || w.level === "urgent";
  const frameKinds: Record<Frame, MessageKind[]> = {
    plain: ["pain", "other"],
    "done-but": ["pain", "done"],
    question: ["pain", "question"],
    "not-done-because": ["pain", "not_done"],
    pause: ["pain", "schedule"],
  };
  const kind: MessageKind[] = flagged ? (frame === "question" ? ["pain", "question"] : ["pain"]) : w.asksForTherapist ? [...new Set([...frameKinds[frame], "question" as const])] : frameKinds[frame];
  // Asked "is that normal?", a look-alike becomes a question about the patient's condition, which the
  // therapist may answer (LABELS Clarifications: therapist questions).
  const escalate: EscalationLevel[] = w.level === "none" && frame === "question" ? ["none", "therapist"] : [w.level];
  return { kind, pain: w.pain ?? null, escalate };
}

export function generateChallenge(seed = 20261202): ChallengeLine[] {
  const random = prng(seed);
  const lines: ChallengeLine[] = [];
  const sets: [("en" | "es"), readonly Wording[]][] = [
    ["en", [...WORDINGS_EN, ...GUARDS_EN]],
    ["es", [...WORDINGS_ES, ...GUARDS_ES]],
    ["en", APPENDED_EN],
    ["es", APPENDED_ES],
  ];
  for (const [lang, wordings] of sets) {
    for (const w of wordings) {
      for (const speaker of SPEAKERS) {
        const frames = [...FRAMES].sort(() => random() - 0.5).slice(0, FRAMES_PER_LINE);
        for (const frame of frames) {
          let text = pick(random, FRAME_TEXT[lang][frame]).replace("{x}", symptomFor(w, lang, speaker, random));
          if (random() < 0.3) text = typo(random, text);
          text = casual(random, text);
          lines.push({ id: `c${String(lines.length + 1).padStart(4, "0")}`, lang, text, syndrome: w.syndrome, speaker, frame, expect: expectFor(w, frame) });
        }
      }
    }
  }
  return lines;
}

export function toJsonl(lines: readonly ChallengeLine[]): string {
  return lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
}
