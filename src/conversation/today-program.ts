import type { ChannelName } from "../channels/channel.js";
import { doseText, holdText } from "./exercise-answer.js";
import type { TemplateWriter } from "./reply-templates.js";
import { smsSegmentsAsSent } from "./sms-length.js";
import { plainWords } from "../text/fold.js";
import type { ProgramItem, Reply } from "./types.js";

/**
 * "What do I do today?" / "¿qué me toca hoy?": the day's exercises with the patient's own dose
 * and video links, rather than a "which exercise do you mean?".
 */
const TODAY = /\b(?:today|todays|tonight|hoy)\b/;
const ASKING = /\b(?:what|which|whats|que|cuales|cual)\b/;
const ASKING_FIRST = /^(?:(?:and|so|ok|okay|hi|hey|y|pues|entonces|hola|oye) )?(?:what|which|whats|que|cuales|cual)\b/;
const PROGRAM = /\b(?:do|doing|exercises?|on|plan|program|routine|workout|supposed|have|ejercicios?|toca|tocan|hacer|hago|plan|rutina|tengo)\b/;
// Asked without "today", these still mean the day's program.
const STANDALONE = /\b(?:todays (?:exercises|plan|program|routine|workout)|ejercicios de hoy|rutina de hoy|plan de hoy|remind me what (?:i|to)|what (?:do|should) i (?:need to |have to )?do|what am i supposed to do|what are my exercises|which exercises do i (?:have|do)|recuerd\w* (?:que|cuales) ejercicios|que ejercicios tengo|cuales son mis ejercicios|que me toca|que tengo que hacer)\b/;

export function asksForTodaysProgram(text: string): boolean {
  const t = plainWords(text);
  // "Estoy que ardo de lo bien que me han salido los ejercicios hoy": a "que" is a question only opening a clause or with a question mark.
  return STANDALONE.test(t) || (TODAY.test(t) && PROGRAM.test(t) && (ASKING_FIRST.test(t) || (/[?¿]/.test(text) && ASKING.test(t))));
}

/** SMS keeps to two segments: links are dropped from the end first, then items, and the reply says how to get the rest. */
export function renderTodaysProgram(program: ProgramItem[], channel: ChannelName, t: TemplateWriter): Reply {
  if (program.length === 0) return t.pick("today.none");
  const dose = (item: ProgramItem) =>
    channel === "sms"
      ? t.fixed(item.holdSeconds > 0 ? "dose.short_hold" : "dose.short", { name: item.name, sets: item.sets, reps: item.reps, hold: holdText(item.holdSeconds, t, "short") })
      : `${item.name}: ${doseText(item, t)}`;
  const line = (item: ProgramItem, i: number, link: boolean) => `${i + 1}) ${dose(item)}${link ? ` ${item.videoUrl}` : ""}`;
  const build = (shown: number, linked: number) => {
    const lines = program.slice(0, shown).map((item, i) => line(item, i, i < linked));
    if (shown < program.length) lines.push(t.fixed("today.more", { count: program.length - shown }));
    const reply = t.pick("today.list", { list: (channel === "sms" ? "" : "\n") + lines.join(channel === "sms" ? " " : "\n") });
    return linked < program.length ? { ...reply, text: `${reply.text} ${t.fixed("today.ask_video")}` } : reply;
  };
  if (channel !== "sms") return build(program.length, program.length);
  for (let linked = program.length; linked >= 0; linked--) {
    const reply = build(program.length, linked);
    if (smsSegmentsAsSent(reply.text) <= 2) return reply;
  }
  for (let shown = program.length - 1; shown >= 1; shown--) {
    const reply = build(shown, 0);
    if (smsSegmentsAsSent(reply.text) <= 2) return reply;
  }
  return build(1, 0);
}
