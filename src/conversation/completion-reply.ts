import { alreadyAskedForBarrier, barrierFollowUp, type BarrierFollowUp } from "./barrier-reply.js";
import { namedInReport } from "./named-exercises.js";
import { finishesTheProgram } from "./finished-program.js";
import type { TemplateWriter } from "./reply-templates.js";
import { joinAnd } from "./schedule-reply.js";
import { changeNoticed, sessionFeeling } from "./session-feeling.js";
import { STREAK_MILESTONES, completionStreak, daysSinceLastCompletion } from "./streaks.js";
import { localDateOf } from "../scheduling/local-time.js";
import { plainWords } from "../text/fold.js";
import type { ConversationInput, Reply } from "./types.js";

/**
 * Replies to a done or partial session (MI affirmations): the work affirmed in the patient's
 * terms — the feeling they named, the exercises they named, a streak, a comeback — and for a
 * partial session the reason for the rest reflected, or asked for once. Pure.
 */

/** After this many days without a completion, a completion is a comeback. */
const COMEBACK_DAYS = 3;

/** Affirms the work, noticing streaks, milestones and comebacks; a second report the same day is not a new milestone. */
export function completionReply(input: ConversationInput, status: "done" | "partial", t: TemplateWriter): Reply {
  const today = localDateOf(input.now, input.timeZone);
  const already = input.history.completionDates.includes(today);
  const streak = completionStreak([...input.history.completionDates, today], today);
  const gap = daysSinceLastCompletion(input.history.completionDates, today);
  const pain = input.reading.pain;

  if (status === "done" && pain === null && finishesTheProgram(input.text)) return t.pick("finished_program");
  // Pain said without a score: the work affirmed, the pain taken seriously (no cheering next to it).
  const feeling = status === "done" ? sessionFeeling(input.text) : null;
  if (feeling === "hurt" && pain === null) return t.pick("done.hurt");
  if (feeling === "disliked") return t.pick("done.disliked");
  if (feeling === "hard") return t.pick("done.hard");
  if (feeling === "proud") return t.pick("done.proud");
  // A change they noticed goes back to them in their words ("you noticed it's way less stiff").
  const change = status === "done" ? changeNoticed(input.text) : null;
  if (change !== null) return t.pick("done.felt_change", { said: change });
  if (feeling === "good") return t.pick("done.felt_good");
  if (!already && (STREAK_MILESTONES as readonly number[]).includes(streak)) return t.pick(`milestone.${streak}`, { streak });
  if (pain !== null && pain > 0) return t.pick("done.mild_pain", { score: pain });
  if (!already && gap !== null && gap >= COMEBACK_DAYS) return t.pick("done.return");
  // The exercises the patient named come back to them: variety from what they said, not a random pick.
  const names = status === "done" ? namedInMessage(input, t) : null;
  if (names !== null) return t.pick("done.named", { names });
  if (streak >= 2) return t.pick(`${status}.streak`, { streak });
  return t.pick(status);
}

/** The exercises the patient named, when they named some of the program, joined for a sentence; else null. */
function namedInMessage(input: ConversationInput, t: TemplateWriter): string | null {
  const named = namedInReport(input).done;
  return named.length > 0 && named.length < input.program.length ? joinAnd(named.map((i) => i.name), t) : null;
}

/** Partial: affirmed, and the reason for the rest reflected with a strategy, or asked for once. */
export function partialReply(input: ConversationInput, t: TemplateWriter, withFollowUp: (f: BarrierFollowUp) => Reply): Reply {
  const followUp = barrierFollowUp(input, "partial", t);
  if (followUp.barrier !== null) return withFollowUp(followUp);
  const affirmed = completionReply(input, "partial", t);
  // A milestone is worth saying on its own; otherwise ask once what stopped the rest.
  const names = namedInMessage(input, t);
  // "Hice casi todos menos los puentes": the one left out is named, and what stopped it asked.
  const skipped = names === null ? namedInReport(input).skipped : [];
  const skippedNames = skipped.length > 0 ? joinAnd(skipped.map((i) => i.name), t) : null;
  const asks = [
    ...t.all("partial.ask_barrier"),
    ...(names === null ? [] : t.all("partial.named_ask_barrier", { names })),
    ...(skippedNames === null ? [] : t.all("partial.skipped_ask_barrier", { names: skippedNames })),
  ].map((r) => r.text);
  if (affirmed.template.startsWith("milestone.") || alreadyAskedForBarrier(input.history.recentReplies ?? [], input.now, asks)) return affirmed;
  if (names !== null) return t.pick("partial.named_ask_barrier", { names });
  return skippedNames === null ? followUp.reply : t.pick("partial.skipped_ask_barrier", { names: skippedNames });
}


// Words that report a session: without one, a message the reader took for a report is not one ("part of me wants to quit").
const A_SESSION = /\b(?:did|done|finished|completed|managed|got through|hice|hecho|hechos|hechas|hecha|termine|terminado|complete|listo|lista|ya los|ya las|all of them|todos|todas)\b/;
// Every exercise done ("all done", "did them all", "hice todos") and none left out.
const ALL_DONE = /\b(?:all done|did (?:them |it )?all|did all of them|finished (?:them |it )?all|finished all|got through (?:them |it )?all|all finished|all complete|todo hecho|todos hechos|hechos todos|hice (?:todo|todos)|los hice todos|las hice todas|termine todo|termine todos)\b/;
const LEFT_OUT = /\b(?:all but|but the|but one|but two|but 1|but my|besides|other than|minus|without|except|apart from|but not|not the|skip\w*|didn ?t|did not|missed|menos|excepto|salvo|sin (?:el|la|los|las)|no hice|falto|faltaron|me salte|half|la mitad|some|algunos|only|solo)\b/;

export function reportsASession(text: string): boolean {
  return A_SESSION.test(plainWords(text));
}

export function saysAllDone(text: string): boolean {
  const t = plainWords(text);
  return ALL_DONE.test(t) && !LEFT_OUT.test(t);
}
