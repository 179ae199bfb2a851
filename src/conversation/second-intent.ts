import { mentionsSkipping } from "./barrier-reply.js";
import { handOffTopic } from "./hand-off.js";
import { plainWords } from "../text/fold.js";
import { looksLikeQuestion } from "./other-reply.js";
import type { TemplateWriter, Values } from "./reply-templates.js";
import { daysAwaySaid, parseScheduleRequest, type ScheduleRequest } from "./schedule-request.js";
import { namesAReminderTime } from "./stop-or-pause.js";
import { asksForTodaysProgram, renderTodaysProgram } from "./today-program.js";
import type { ConversationInput, EscalationAction, Reply } from "./types.js";

/**
 * The second thing one message says, beside what the engine answers first: "done — can I add a
 * second set?" is a session and a question; "knee hurts 6/10 and I'm away next week" is a pain
 * report and days away; "did them, text me at 7 from now on" a session and a new time. The first
 * is answered as always and the second acted on or answered after it. Pure.
 */

/**
 * A goodbye that ends the message, on its own: "…como un 2. Hasta mañana", "did all three, see you tomorrow!". It names
 * no day away: "no me manden nada hasta el lunes" does, and keeps its "hasta" inside the sentence.
 */
const SIGN_OFF =
  /(?:^|[.!?,;]\s*)(?:hasta (?:ma[nñ]ana|luego|pronto|la pr[oó]xima|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo))|(?:see|talk to|speak to) (?:you|ya|u) (?:tomorrow|tmrw|later|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:until|till) tomorrow|nos vemos (?:ma[nñ]ana|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)))\s*[!.]*\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;

/** A change to the reminders said beside a report: a new time, days away (named or dated) or days off. */
export function scheduleBesides(input: ConversationInput): ScheduleRequest | null {
  const text = input.text.replace(SIGN_OFF, "");
  const away = daysAwaySaid(text, input.now, input.timeZone);
  if (away !== null) return away;
  if (!namesAReminderTime(text)) return null;
  const request = parseScheduleRequest(text, input.now, input.timeZone);
  return request.kind === "reminder_time" || request.kind === "one_off" ? request : null;
}

/**
 * A question asked beside a report, answered when it can be without guessing: today's program, or
 * an honest hand-off for what is the therapist's call (more sets, medication, ice…). The therapist
 * is asked through `escalations`. Null when there is none, or none answered this way.
 */
export function questionBesides(input: ConversationInput, t: TemplateWriter, values: Values, escalations: EscalationAction[]): Reply | null {
  if (!looksLikeQuestion(questionPart(input.text))) return null;
  if (asksForTodaysProgram(input.text)) return renderTodaysProgram(input.program, input.channel, t);
  const topic = handOffTopic(input.text);
  if (topic === null) return null;
  if (!escalations.some((e) => e.level === "therapist")) {
    escalations.push({ type: "escalation", level: "therapist", reason: `patient question for the therapist (${topic.replaceAll("_", " ")})` });
  }
  return t.pick(`handoff.${topic}`, values);
}

/** "Done — can I add a second set?": what follows the report ("can I add a second set?"). */
function questionPart(text: string): string {
  const parts = text.split(/\s*(?:[.!,;:—–]|\s-\s)\s*/).filter((p) => p.trim() !== "");
  return parts.length > 1 ? parts.slice(1).join(" ") : text;
}

/** Two replies as one message, the first answered first. */
export function joinReplies(first: Reply, second: Reply): Reply {
  return { text: `${first.text} ${second.text}`, template: `${first.template}+${second.template}` };
}

// A message that opens by reporting the session done: "done, …", "did them all, …", "hechos, …", "ya los hice, …".
const OPENS_DONE = /^(?:all done|done|did (?:them|it|all|my exercises)|finished|completed|hechos?|hechas?|listo|lista|ya (?:los|las) hice|los hice|termine)\b(?! (?:yet|todavia|aun))/;

/** Whether the message opens by saying the session was done (and says nothing of skipping it). */
export function opensWithASession(text: string): boolean {
  return OPENS_DONE.test(plainWords(text)) && !mentionsSkipping(text);
}
