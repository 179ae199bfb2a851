import type { Action, ConversationInput, ConversationReading, Lang } from "../../src/conversation/types.js";
import { NOW, daysBefore, input, program, reading } from "./fixtures.js";

/**
 * The engine's behaviour table, one row per situation and language. Shared by the engine
 * test (which checks each row) and the reply-corpus test (which checks every reply they make).
 */
export interface EngineCase {
  name: string;
  input: ConversationInput;
  /** Action types, in order. */
  actions: Action["type"][];
  /** Template family of the reply, or null for no reply. */
  family: string | null;
  contains?: (string | RegExp)[];
  escalation?: "therapist" | "urgent" | "emergency";
}

function row(
  name: string,
  lang: Lang,
  text: string,
  r: ConversationReading,
  expect: Omit<EngineCase, "name" | "input">,
  over: Partial<ConversationInput> = {},
): EngineCase {
  return { name: `${lang}: ${name}`, input: { ...input(lang, r.kind, text, over), reading: r }, ...expect };
}

const painDays = (scores: number[]) => scores.map((score, i) => ({ score, at: new Date(NOW.getTime() - (i + 1) * 86_400_000) }));

export const ENGINE_CASES: EngineCase[] = [
  // done / partial
  row("done", "en", "Done!", reading("done"), { actions: ["completion"], family: "done" }),
  row("done", "es", "¡Hecho!", reading("done"), { actions: ["completion"], family: "done" }),
  row("partial names the exercise", "en", "only managed the bridges", reading("partial", { exercises: ["Bridges"] }), {
    actions: ["completion"],
    family: "partial.named_ask_barrier",
    contains: ["Bridges", "?"],
  }),
  row("partial names the exercise", "es", "solo hice los puentes hoy", reading("partial"), { actions: ["completion"], family: "partial.named_ask_barrier", contains: ["Puentes", "?"] }),
  row("done with mild pain", "en", "did them, knee a bit sore 3/10", reading("done", { pain: 3 }), {
    actions: ["pain_report", "completion"],
    family: "done.mild_pain",
    contains: ["3/10"],
  }),
  row("done with mild pain", "es", "hechos, un poco de dolor 3/10", reading("done", { pain: 3 }), {
    actions: ["pain_report", "completion"],
    family: "done.mild_pain",
    contains: ["3/10"],
  }),
  row(
    "partial with equipment problem",
    "en",
    "did squats + TKEs, no step ups bc the step thing you gave me cracked",
    reading("partial", { escalate: "therapist", redFlags: ["equipment-problem"] }),
    { actions: ["completion", "escalation"], family: "partial.affirm", escalation: "therapist", contains: ["therapist", "?"] },
    { program: program("knee-replacement-early", "en") },
  ),
  row(
    "done, pain 2+ above baseline",
    "en",
    "done, hip 4/10 today",
    reading("done", { pain: 4 }),
    { actions: ["pain_report", "completion", "escalation"], family: "completion.therapist", escalation: "therapist" },
    { history: { completionDates: [], recentPain: painDays([2, 2, 1, 2]), paused: false, optedOut: false } },
  ),

  // not done
  row("not done, no reason: asked once", "en", "skipped today", reading("not_done"), { actions: [], family: "not_done.ask_barrier", contains: ["?"] }),
  row("not done, no reason: asked once", "es", "hoy no los hice", reading("not_done"), { actions: [], family: "not_done.ask_barrier", contains: ["?"] }),
  row("not done: work reflected, one strategy", "en", "couldn't, work was crazy", reading("not_done"), { actions: [], family: "reflect.time", contains: ["work", "?"] }),
  row("not done: work reflected, one strategy", "es", "hoy no pude, mucho trabajo", reading("not_done"), { actions: [], family: "reflect.time", contains: ["el trabajo", "?"] }),
  row("forgot", "en", "forgot 🙈", reading("not_done"), { actions: [], family: "reflect.forgot", contains: ["?"] }),
  row("forgot", "es", "se me olvidó", reading("not_done"), { actions: [], family: "reflect.forgot", contains: ["?"] }),
  row("low motivation", "en", "can't be bothered today", reading("not_done"), {
    actions: ["escalation"],
    family: "reflect.low_mood",
    escalation: "therapist",
    contains: ["?"],
  }),
  // Issue #12: "what's the point" questions the exercises' worth; it is doubt, reflected and asked about, for the digest.
  row("what's the point: doubt", "en", "can't be bothered, what's the point", reading("not_done"), {
    actions: ["escalation"],
    family: "reflect.doubt",
    escalation: "therapist",
    contains: ["?"],
  }),
  row("low motivation", "es", "no tengo ganas de nada", reading("not_done"), {
    actions: ["escalation"],
    family: "reflect.low_mood",
    escalation: "therapist",
    contains: ["?"],
  }),
  row(
    "low mood",
    "en",
    "i didnt do them. feeling really down lately, whats even the point",
    reading("not_done", { escalate: "therapist", redFlags: ["low-mood"] }),
    { actions: ["escalation"], family: "reflect.low_mood", escalation: "therapist", contains: ["?", "therapist"] },
  ),
  row(
    "low mood",
    "es",
    "no los hice, estoy muy desanimada",
    reading("not_done", { escalate: "therapist", redFlags: ["low-mood"] }),
    { actions: ["escalation"], family: "reflect.low_mood", escalation: "therapist", contains: ["?", "terapeuta"] },
  ),

  // pain
  row("pain words, no score", "en", "hip feels a little achy", reading("pain"), { actions: ["pain_report"], family: "pain.noted" }),
  row("pain words, no score", "es", "me molesta un poco la cadera", reading("pain"), { actions: ["pain_report"], family: "pain.noted" }),
  row("pain 6/10", "en", "hip is sore, about six out of ten", reading("pain", { pain: 6, escalate: "therapist" }), {
    actions: ["pain_report", "escalation"],
    family: "pain.therapist",
    escalation: "therapist",
    contains: ["555-0100"],
  }),
  row("pain 6/10", "es", "me duele la cadera, un 6 de 10", reading("pain", { pain: 6, escalate: "therapist" }), {
    actions: ["pain_report", "escalation"],
    family: "pain.therapist",
    escalation: "therapist",
    contains: ["912 345 678"],
  }),
  row("pain 9/10 (reader said none: the score still escalates)", "en", "pain is 9/10 all night", reading("pain", { pain: 9 }), {
    actions: ["pain_report", "escalation"],
    family: "urgent",
    escalation: "urgent",
    contains: ["911", "today"],
  }),
  row("pain 9/10", "es", "el dolor es un 9 de 10", reading("pain", { pain: 9, escalate: "urgent" }), {
    actions: ["pain_report", "escalation"],
    family: "urgent",
    escalation: "urgent",
    contains: ["112", "hoy"],
  }),

  // emergency
  row(
    "emergency",
    "en",
    "chest feels tight and I can't catch my breath",
    reading("pain", { escalate: "emergency", redFlags: ["chest-pain", "breathing-trouble"] }),
    { actions: ["escalation"], family: "emergency", escalation: "emergency", contains: ["911", "now", "therapist"] },
  ),
  row(
    "emergency",
    "es",
    "me aprieta el pecho y no puedo respirar",
    reading("pain", { escalate: "emergency", redFlags: ["chest-pain"] }),
    { actions: ["escalation"], family: "emergency", escalation: "emergency", contains: ["112", "ahora", "terapeuta"] },
  ),
  row(
    "emergency with completion: the normal flow stops",
    "en",
    "done but my face is drooping and speech is slurred",
    reading("pain", { escalate: "emergency", redFlags: ["stroke-signs"] }),
    { actions: ["escalation"], family: "emergency", escalation: "emergency", contains: ["911"] },
  ),
  row(
    "emergency, clinic without a number: 911",
    "en",
    "I fainted after the squats",
    reading("pain", { escalate: "emergency", redFlags: ["fainting"] }),
    { actions: ["escalation"], family: "emergency", escalation: "emergency", contains: ["911"] },
    { clinic: { name: "Riverside Physical Therapy", contact: "555-0100" } },
  ),
  row(
    "fall with head strike",
    "en",
    "I fell and hit my head on the counter",
    reading("pain", { escalate: "emergency", redFlags: ["head-strike"] }),
    { actions: ["pause_program", "escalation"], family: "emergency", escalation: "emergency", contains: ["911"] },
  ),

  // fall
  row("fall", "en", "I fell in the kitchen this morning, I'm ok but my hip hurts", reading("pain", { escalate: "urgent", redFlags: ["fall"] }), {
    actions: ["pause_program", "pain_report", "escalation"],
    family: "fall",
    escalation: "urgent",
    contains: ["paused", "911"],
  }),
  row("fall", "es", "me caí en la cocina, estoy bien pero me duele la cadera", reading("pain", { escalate: "urgent", redFlags: ["fall"] }), {
    actions: ["pause_program", "pain_report", "escalation"],
    family: "fall",
    escalation: "urgent",
    contains: ["112"],
  }),

  // questions
  row("how-to question", "en", "what does a clamshell look like?", reading("question"), {
    actions: [],
    family: "question.answer.how",
    contains: ["https://videos.hepbot.example/clamshells", "2 sets of 10", "Lie on your side"],
  }),
  row("dose question", "es", "¿cuántas repeticiones de los puentes?", reading("question"), {
    actions: [],
    family: "question.answer.dose",
    contains: ["https://videos.hepbot.example/bridges", "2 series de 10", "sostenga 3 segundos"],
  }),
  row("medication question", "en", "can I take ibuprofen before doing the exercises?", reading("question"), {
    actions: ["escalation"],
    family: "handoff.medication",
    escalation: "therapist",
    contains: ["therapist", "prescribed"],
  }),
  row("medication question", "es", "¿puedo tomar ibuprofeno antes de los ejercicios?", reading("question"), {
    actions: ["escalation"],
    family: "handoff.medication",
    escalation: "therapist",
    contains: ["terapeuta", "recetaron"],
  }),
  row(
    "reader sends it to the therapist",
    "en",
    "bridges are too hard for me, is there an easier version?",
    reading("question", { escalate: "therapist", redFlags: ["exercise-difficulty"] }),
    { actions: ["escalation"], family: "question.therapist", escalation: "therapist" },
  ),

  // schedule
  row("new reminder time", "en", "text me at 7pm instead", reading("schedule"), {
    actions: ["schedule"],
    family: "schedule.time",
    contains: ["7:00 PM"],
  }),
  row("new reminder time", "es", "mándame a las 19:30", reading("schedule"), {
    actions: ["schedule"],
    family: "schedule.time",
    contains: ["19:30"],
  }),
  row("vacation", "en", "I'm on vacation until Monday", reading("schedule"), {
    actions: ["schedule"],
    family: "schedule.pause_until",
    contains: ["Monday, March 10"],
  }),
  row("vacation", "es", "estoy de viaje hasta el lunes, pausen los mensajes", reading("schedule"), {
    actions: ["schedule"],
    family: "schedule.pause_until",
    contains: ["lunes, 10 de marzo"],
  }),
  row("resume", "en", "I'm back, start again", reading("schedule"), { actions: ["schedule"], family: "schedule.resume" }, {
    history: { completionDates: [], recentPain: [], paused: true, optedOut: false },
  }),
  row("resume", "es", "ya volví, reanuden los recordatorios", reading("schedule"), { actions: ["schedule"], family: "schedule.resume" }),
  row("unclear time", "en", "can you change when the reminders come?", reading("schedule"), {
    // The time asked for is awaited: the answer is one exchange with the question.
    actions: ["await"],
    family: "schedule.ask_time",
    contains: ["?"],
  }),
  row("unclear time", "es", "¿me pueden cambiar la hora de los mensajes?", reading("schedule"), {
    // The time asked for is awaited: the answer is one exchange with the question.
    actions: ["await"],
    family: "schedule.ask_time",
    contains: ["?"],
  }),

  // consent
  row("stop", "en", "STOP", reading("stop"), { actions: ["consent"], family: "stop", contains: ["START"] }),
  row("stop", "es", "BAJA", reading("stop"), { actions: ["consent"], family: "stop", contains: ["START"] }),
  // "through" names no date here: the reason for the opt-out, not a pause.
  row("stop with a reason", "en", "I don't want my medical info going through Telegram. Stop all messages please.", reading("stop"), { actions: ["consent"], family: "stop", contains: ["START"] }),
  row("stop when already opted out: nothing", "en", "stop", reading("stop"), { actions: [], family: null }, {
    history: { completionDates: [], recentPain: [], paused: false, optedOut: true },
  }),
  row("start", "en", "START", reading("start"), { actions: ["consent"], family: "start" }, {
    history: { completionDates: [], recentPain: [], paused: false, optedOut: true },
  }),
  row("start", "es", "quiero volver a recibir los mensajes", reading("start"), { actions: ["consent"], family: "start" }, {
    history: { completionDates: [], recentPain: [], paused: false, optedOut: true },
  }),
  row("done while opted out: recorded, no reply", "en", "done", reading("done"), { actions: ["completion"], family: null }, {
    history: { completionDates: [], recentPain: [], paused: false, optedOut: true },
  }),

  // help, chitchat, other
  row("help", "en", "HELP", reading("help"), {
    actions: [],
    family: "help",
    contains: ["hepbot", "Riverside Physical Therapy", "555-0100", "STOP", "911"],
  }),
  row("help", "es", "AYUDA", reading("help"), { actions: [], family: "help", contains: ["hepbot", "Clinica Rio Claro", "912 345 678", "BAJA", "112"] }), // an SMS drops á, í, ó, ú when that saves a segment
  row("chitchat", "en", "thanks!", reading("chitchat"), { actions: [], family: "chitchat" }),
  row("chitchat", "es", "¡gracias!", reading("chitchat"), { actions: [], family: "chitchat" }),
  row("off topic", "en", "Can you forward me the Q3 budget spreadsheet?", reading("other"), { actions: [], family: "other" }),
  row("off topic", "es", "¿me puede ayudar con la tarea de matemáticas de mi hijo?", reading("other"), { actions: [], family: "other" }),
];

/** Streak histories: `days` completions ending yesterday, so today's makes `days + 1`. */
export function streakHistory(before: number): ConversationInput["history"] {
  return { completionDates: daysBefore(before), recentPain: [], paused: false, optedOut: false };
}
