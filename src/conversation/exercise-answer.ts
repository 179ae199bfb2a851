import type { ChannelName } from "../channels/channel.js";
import type { TemplateWriter } from "./reply-templates.js";
import { smsSegmentsAsSent } from "./sms-length.js";
import { similarWord } from "../text/edit-distance.js";
import { plainWords } from "../text/fold.js";
import { contentTokens, hasPrefixMention, phraseScore } from "../text/phrase-match.js";
import type { ProgramItem, Reply } from "./types.js";

/**
 * Answers a patient's question about an exercise from the library entry and their own
 * program, or says honestly that the therapist will answer. Never guesses beyond the library.
 */

export type QuestionIntent = "dose" | "how" | "specific";
export interface Tip {
  text: string;
  /** Steps count too: "squeeze your buttocks" answers "should I feel it in my bum?". */
  source: "cue" | "mistake" | "step";
}

export type ExerciseAnswer =
  | { kind: "answer"; item: ProgramItem; intent: QuestionIntent; tip: Tip | null }
  /** Dose overview of several exercises ("how many times a day?" with no exercise named). */
  | { kind: "program"; items: ProgramItem[] }
  /** The library has the exercise but not what was asked: what it has, plus the therapist. */
  | { kind: "partial"; item: ProgramItem; reason: string }
  | { kind: "which"; items: ProgramItem[] }
  | { kind: "therapist"; reason: string };

export interface ExerciseQuestion {
  text: string;
  program: ProgramItem[];
  lastPromptSlugs: string[] | null;
  /** Exercises the reader found in the message. */
  named: string[];
}

// Topics the library never covers: these go to the therapist whatever exercise they mention.
const OUT_OF_LIBRARY: Record<string, readonly string[]> = {
  medication: [
    "med", "meds", "medication*", "medicine*", "pill*", "painkiller*", "ibuprofen*", "advil", "motrin", "aleve", "naproxen",
    "tylenol", "paracetamol", "acetaminophen", "oxycodone", "oxy", "hydrocodone", "tramadol", "opioid*", "codeine",
    "muscle relaxant*", "blood thinner*", "prescri*", "medicamento*", "medicina*", "pastilla*", "analgesico*", "relajante*", "recet*",
  ],
  diagnosis: [
    "diagnos*", "mri", "x ray", "xray", "scan", "surgery", "surgeon", "tear", "torn", "arthritis", "fracture*", "radiografia*",
    "resonancia", "cirugia", "operacion", "rotura", "artritis",
  ],
  "is this normal": ["normal", "is this ok*", "is that ok*", "is it ok*", "es grave", "esta bien que"],
  symptoms: [
    "click*", "pop*", "crack*", "swell*", "swollen", "bruis*", "numb*", "tingl*", "burn*", "cramp*", "dizz*", "cruj*", "hinch*",
    "mare*", "hormigue*", "entumec*",
  ],
  "return to activity": [
    "drive", "driving", "golf*", "running", "jog*", "gym", "sport*", "back to work", "tennis", "swim*", "conducir", "manejar",
    "correr", "deporte*", "when will i", "how long until", "cuando podre",
  ],
  // How much or how often overall is the therapist's call: the library only knows each exercise's own dose.
  "program change": [
    "twice", "make up for", "make up", "double up", "extra session", "skip a day", "day off", "rest day", "take a break",
    "dos veces", "recuperar*", "compensar", "el doble", "dia de descanso", "descansar un dia", "saltarme un dia",
  ],
  "ice or heat": ["ice", "icing", "heat", "heating pad", "hielo", "calor", "frio"],
  equipment: ["colou*", "what weight", "heavier", "lighter", "new band", "new one", "replacement", "banda nueva", "peso", "pesas"],
  "difficulty change": [
    "too hard", "too easy", "easier", "harder", "modif*", "progress*", "demasiado dificil", "demasiado facil", "mas facil", "mas dificil",
  ],
};
const PAIN_WORDS = ["hurt*", "pain*", "ache*", "sore*", "duele*", "dolor*", "molest*"];

const DOSE_WORDS = [
  "how many", "how much time", "how long", "reps", "rep", "sets", "repetition*", "hold for", "seconds", "times a day",
  "how often", "per day", "a day", "cuantas", "cuantos", "cuanto tiempo", "repeticion*", "series", "segundos", "veces", "mantener", "mantengo",
];
const HOW_WORDS = [
  "how do i", "how to", "how does", "look like", "looks like", "show me", "video", "remind me how", "what is", "whats", "what s",
  "forgot how", "cant remember", "can t remember", "como se hac*", "como hag*", "como lo hag*", "como es", "que es", "cual es", "no recuerdo",
];
const RANGE_QUESTION = ["how far", "how high", "how low", "how deep", "how much bend*", "hasta donde", "cuanto dobl*", "que tan"];

// Words that mean the same place or idea, so "bum" finds a cue about the glutes.
const SYNONYMS: Record<string, string> = {
  back: "back", spine: "back", lumbar: "back", espalda: "back",
  bum: "glute", butt: "glute", buttock: "glute", glute: "glute", gluteal: "glute", gluteo: "glute", nalga: "glute", cola: "glute",
  hamstring: "hamstring", isquiotibial: "hamstring", isquio: "hamstring",
  quad: "quad", quadricep: "quad", quadriceps: "quad", cuadricep: "quad", cuadriceps: "quad", thigh: "quad", muslo: "quad",
  knee: "knee", rodilla: "knee", hip: "hip", cadera: "hip", chest: "chest", pecho: "chest", shoulder: "shoulder", hombro: "shoulder",
  neck: "neck", cuello: "neck", ankle: "ankle", tobillo: "ankle", calf: "calf", pantorrilla: "calf", gemelo: "calf",
  feel: "feel", feeling: "feel", felt: "feel", sentir: "feel", siento: "feel", sentirlo: "feel", notar: "feel", noto: "feel", stretch: "feel", estiramiento: "feel",
  far: "range", deep: "range", low: "range", high: "range", bend: "range", bent: "range", range: "range", degree: "range", until: "range",
  comfortable: "range", hasta: "range", doblar: "range", dobla: "range", doblada: "range", lejo: "range", alto: "range", profundo: "range", comodo: "range",
  straight: "straight", recta: "straight", recto: "straight", estirada: "straight",
  support: "support", counter: "support", chair: "support", wall: "support", hold: "support", apoyo: "support", silla: "support", pared: "support",
  both: "side", one: "side", each: "side", side: "side", ambas: "side", ambo: "side", cada: "side", lado: "side",
  hurt: "pain", pain: "pain", painful: "pain", sharp: "pain", duele: "pain", dolor: "pain",
};

const ORDINALS: Record<string, number> = {
  first: 0, "1st": 0, second: 1, "2nd": 1, third: 2, "3rd": 2, fourth: 3, "4th": 3, fifth: 4, "5th": 4,
  primer: 0, primero: 0, primera: 0, segundo: 1, segunda: 1, tercer: 2, tercero: 2, tercera: 2, cuarto: 3, cuarta: 3, quinto: 4, quinta: 4,
};

// Words that make a message about the program even when it names no exercise ("¿cuánto tiempo hasta notar mejoría?").
const ABOUT_THE_EXERCISES = [
  "exercis*", "ejercicio*", "workout*", "routine", "rutina", "stretch*", "estiramiento*", "session*", "sesion*",
  "result*", "resultado*", "progress*", "improv*", "mejoria*", "mejorar*", "recover*", "recupera*", "band", "banda", "reps", "sets", "series",
  "knee", "rodilla", "back", "espalda", "hip", "cadera", "shoulder", "hombro", "leg", "pierna", "ankle", "tobillo", "neck", "cuello",
];

/** Whether a message is about the exercises: it names one of the patient's, or the program, a body part or progress. */
export function isAboutTheExercises(text: string, program: readonly ProgramItem[]): boolean {
  if (hasPrefixMention(text, ABOUT_THE_EXERCISES)) return true;
  return findNamedExercises(text, [], [...program]).length > 0;
}

export function answerExerciseQuestion(q: ExerciseQuestion): ExerciseAnswer {
  const offTopic = outOfLibrary(q.text);
  if (offTopic !== null) return { kind: "therapist", reason: `question the exercise library cannot answer (${offTopic})` };
  if (q.program.length === 0) return { kind: "therapist", reason: "question, but the patient has no active program" };

  const intent = questionIntent(q.text);
  const named = namedExercises(q);
  const context = named.length > 0 ? named : contextExercises(q);

  if (named.length === 0 && intent === "dose" && context.length > 1) return { kind: "program", items: context };

  // Several candidates: the one whose cues fit the question best, if one clearly does.
  let item = context.length === 1 ? context[0] : undefined;
  if (item === undefined && intent === "specific") {
    const ranked = context
      .map((candidate) => ({ candidate, score: bestTip(q.text, candidate)?.score ?? 0 }))
      .sort((a, b) => b.score - a.score);
    if (ranked[0] !== undefined && ranked[0].score > 0 && ranked[0].score > (ranked[1]?.score ?? 0)) item = ranked[0].candidate;
  }
  if (item === undefined) {
    // "Do I stop if it hurts?" with no exercise and nothing in the library: not a "which one?".
    if (intent === "specific" && hasPrefixMention(q.text, PAIN_WORDS)) return { kind: "therapist", reason: "question about pain during the exercises" };
    return { kind: "which", items: context };
  }

  if (intent !== "specific") return { kind: "answer", item, intent, tip: null };
  const tip = bestTip(q.text, item);
  if (tip !== null) return { kind: "answer", item, intent, tip: tip.tip };
  if (hasPrefixMention(q.text, PAIN_WORDS)) {
    return { kind: "partial", item, reason: `question about pain during ${item.name} that the library does not cover` };
  }
  return { kind: "partial", item, reason: `question about ${item.name} that the library does not cover` };
}

function outOfLibrary(text: string): string | null {
  for (const [topic, words] of Object.entries(OUT_OF_LIBRARY)) {
    if (hasPrefixMention(text, words)) return topic;
  }
  return null;
}

export function questionIntent(text: string): QuestionIntent {
  if (hasPrefixMention(text, RANGE_QUESTION)) return "specific";
  if (hasPrefixMention(text, DOSE_WORDS)) return "dose";
  if (hasPrefixMention(text, HOW_WORDS)) return "how";
  return "specific";
}

/**
 * Program items a message names, best match first: the reader's own list when it matches
 * the program, else names, aliases and slugs found fuzzily in the text ("clam shells").
 */
export function findNamedExercises(text: string, readerNamed: string[], program: ProgramItem[]): ProgramItem[] {
  const fromReader = program.filter((item) => readerNamed.some((n) => n === item.slug || plainWords(n) === plainWords(item.name)));
  if (fromReader.length > 0) return fromReader;
  return scoreMentions(text, program).map((s) => s.item);
}

function scoreMentions(text: string, program: ProgramItem[]): { item: ProgramItem; score: number }[] {
  return program
    .map((item) => ({
      item,
      score: Math.max(...[item.name, ...item.aliases, item.slug.replace(/-/g, " ")].map((p) => phraseScore(p, text))),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The exercise(s) a question is about: the best-named ones (ties kept), else one picked by ordinal ("the third one"). */
function namedExercises(q: ExerciseQuestion): ProgramItem[] {
  const fromReader = findNamedExercises("", q.named, q.program);
  if (fromReader.length > 0) return fromReader;
  const scored = scoreMentions(q.text, q.program);
  if (scored.length > 0) return scored.filter((s) => s.score === scored[0]!.score).map((s) => s.item);

  const ordinal = findOrdinal(q.text);
  if (ordinal !== null) {
    const list = contextExercises(q);
    const chosen = ordinal === "last" ? list[list.length - 1] : list[ordinal];
    if (chosen !== undefined) return [chosen];
  }
  return [];
}

function findOrdinal(text: string): number | "last" | null {
  const t = plainWords(text);
  if (/\b(?:last|ultimo|ultima) (?:one|exercise|ejercicio)\b|\bel ultimo\b|\bla ultima\b/.test(t)) return "last";
  for (const [word, index] of Object.entries(ORDINALS)) {
    if (new RegExp(`\\b${word} (?:one|exercise|ejercicio)\\b|\\b(?:el|la) ${word}\\b`).test(t)) return index;
  }
  return null;
}

/** The last prompt's exercises, or the whole program when there was no prompt. */
function contextExercises(q: ExerciseQuestion): ProgramItem[] {
  if (q.lastPromptSlugs !== null && q.lastPromptSlugs.length > 0) {
    const items = q.lastPromptSlugs
      .map((slug) => q.program.find((item) => item.slug === slug))
      .filter((item): item is ProgramItem => item !== undefined);
    if (items.length > 0) return items;
  }
  return q.program;
}

function canonical(text: string): string[] {
  return contentTokens(text).map((w) => SYNONYMS[w] ?? w);
}

/** The cue or common mistake sharing the most meaning with the question, once the exercise's own name is set aside. */
function bestTip(question: string, item: ProgramItem): { tip: Tip; score: number } | null {
  // Only the name itself: aliases like "glute bridge" would hide the very word asked about.
  const nameWords = new Set(canonical(item.name));
  const asked = [...new Set(canonical(question))].filter((w) => !nameWords.has(w));
  if (asked.length === 0) return null;

  // A "how far" question is about range above all; cues and mistakes beat plain steps on a tie.
  const rangeWeight = hasPrefixMention(question, RANGE_QUESTION) ? 3 : 1;
  const weight = (w: string) => (w === "range" ? rangeWeight : w === "feel" ? 1 : 2);
  let best: { tip: Tip; score: number } | null = null;
  const lines: Tip[] = [
    ...item.cues.map((text) => ({ text, source: "cue" as const })),
    ...item.commonMistakes.map((text) => ({ text, source: "mistake" as const })),
    ...item.instructions.map((text) => ({ text, source: "step" as const })),
  ];
  for (const line of lines) {
    const words = canonical(line.text);
    const matched = asked.filter((w) => words.some((v) => similarWord(v, w))).reduce((sum, w) => sum + weight(w), 0);
    const score = matched > 0 && line.source !== "step" ? matched + 0.5 : matched;
    if (score > 0 && (best === null || score > best.score)) best = { tip: line, score };
  }
  return best;
}

// ---- rendering -------------------------------------------------------------------------

/** The patient's own dose, worded from templates: "3 sets of 10, hold 5 s, twice a day". */
export function doseText(item: Pick<ProgramItem, "sets" | "reps" | "holdSeconds" | "timesPerDay">, t: TemplateWriter): string {
  const parts = [t.fixed(item.sets === 1 ? "dose.one_set" : "dose.sets_reps", { sets: item.sets, reps: item.reps })];
  if (item.holdSeconds > 0) parts.push(t.fixed("dose.hold", { hold: holdText(item.holdSeconds, t, "long") }));
  parts.push(perDay(item.timesPerDay, t));
  return parts.join(", ");
}

/** "5 minutes" / "30 seconds", "5 min" / "30 s" short: whole minutes read as minutes (300 s is "5 minutes"). */
export function holdText(seconds: number, t: TemplateWriter, style: "short" | "long"): string {
  const minutes = seconds >= 60 && seconds % 60 === 0 ? seconds / 60 : null;
  if (style === "short") return minutes !== null ? `${minutes} ${t.fixed("unit.min_short")}` : `${seconds} ${t.fixed("unit.s_short")}`;
  if (minutes !== null) return `${minutes} ${t.fixed(minutes === 1 ? "unit.minute" : "unit.minutes")}`;
  return `${seconds} ${t.fixed("unit.seconds")}`;
}

function perDay(times: number, t: TemplateWriter): string {
  return times === 1 ? t.fixed("dose.per_day_once") : t.fixed("dose.per_day", { times });
}

/** "Clamshells 2x10 (hold 2 s)", with how often each day said once when it is the same for all. */
function programList(items: ProgramItem[], t: TemplateWriter): string {
  const shortList = (group: ProgramItem[]) =>
    group.map((item) => t.fixed(item.holdSeconds > 0 ? "dose.short_hold" : "dose.short", { name: item.name, sets: item.sets, reps: item.reps, hold: holdText(item.holdSeconds, t, "short") })).join("; ");
  // Grouped by how often, so a long program still fits two SMS segments: "3 times a day: A; B. Once a day: C."
  const byTimesPerDay = new Map<number, ProgramItem[]>();
  for (const item of items) byTimesPerDay.set(item.timesPerDay, [...(byTimesPerDay.get(item.timesPerDay) ?? []), item]);
  if (byTimesPerDay.size === 1) return `${shortList(items)}. ${t.fixed("dose.each_per_day", { perDay: perDay(items[0]!.timesPerDay, t) })}`;
  return [...byTimesPerDay]
    .map(([times, group]) => {
      const often = perDay(times, t);
      return t.fixed("dose.group_per_day", { perDay: often[0]!.toUpperCase() + often.slice(1), list: shortList(group) });
    })
    .join(" ");
}

function stepsText(steps: string[], t: TemplateWriter): string {
  return steps.map((step, i) => t.fixed("answer.step", { n: i + 1, step: step.trim() })).join(" ");
}

function tipText(tip: Tip, t: TemplateWriter): string {
  const text = tip.text.trim().replace(/[.!]?$/, "");
  const lowered = /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  return tip.source === "mistake" ? t.fixed("answer.mistake", { mistake: lowered }) : t.fixed("answer.cue", { cue: text });
}

/**
 * Fills `family` with the steps. Off SMS, all of them; on SMS, fewer until the reply fits two
 * segments, down to `minSteps` (a "how do I…" answer keeps every step even if it runs longer).
 */
function withSteps(
  family: string,
  steps: string[],
  values: Record<string, string>,
  minSteps: number,
  channel: ChannelName,
  t: TemplateWriter,
): Reply {
  const render = (n: number) => t.pick(family, { ...values, steps: stepsText(steps.slice(0, n), t) });
  let reply = render(steps.length);
  for (let n = steps.length - 1; channel === "sms" && n >= minSteps && smsSegmentsAsSent(reply.text) > 2; n--) {
    reply = { ...render(n), template: reply.template };
  }
  return { ...reply, text: tidy(reply.text) };
}

/** Empty placeholders leave double spaces; a reply never shows them. */
function tidy(text: string): string {
  return text.replace(/[ \t]{2,}/g, " ").replace(/ ([.,])/g, "$1").trim();
}

export function renderExerciseAnswer(answer: ExerciseAnswer, channel: ChannelName, t: TemplateWriter): Reply {
  switch (answer.kind) {
    case "answer": {
      const { item, tip } = answer;
      const values = { name: item.name, dose: doseText(item, t), videoUrl: item.videoUrl };
      if (tip !== null) {
        // A step that answers the question is said once, as the tip.
        const steps = item.instructions.filter((step) => tip.source !== "step" || step !== tip.text);
        return withSteps("question.answer.tip", steps, { ...values, tip: tipText(tip, t) }, 0, channel, t);
      }
      if (answer.intent === "dose") return withSteps("question.answer.dose", item.instructions, values, 0, channel, t);
      // Every step in a chat; an SMS keeps to two segments, the video showing what the dropped steps said.
      return withSteps("question.answer.how", item.instructions, values, channel === "sms" ? 1 : item.instructions.length, channel, t);
    }
    case "partial": {
      const { item } = answer;
      return withSteps("question.partial", item.instructions, { name: item.name, videoUrl: item.videoUrl }, 1, channel, t);
    }
    case "program": {
      return t.pick("question.program", { list: programList(answer.items, t) });
    }
    case "which":
      return t.pick("question.which", { list: joinOr(answer.items.map((i) => i.name), t) });
    case "therapist":
      return t.pick("question.therapist");
  }
}

function joinOr(names: string[], t: TemplateWriter): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${t.fixed("list.or")} ${names[names.length - 1]}`;
}
