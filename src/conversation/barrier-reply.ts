import { findBarrier, withoutAnsweringNo, type Barrier, type BarrierFound } from "./barriers.js";
import { statedReason } from "./stated-reason.js";
import { namedInReport, withoutExerciseNames } from "./named-exercises.js";
import { joinAnd } from "./schedule-reply.js";
import { lectures } from "./lecturing.js";
import type { TemplateWriter } from "./reply-templates.js";
import { smsSegmentsAsSent } from "./sms-length.js";
import { plainWords } from "../text/fold.js";
import { hasPrefixMention } from "../text/phrase-match.js";
import type { ConversationInput, EscalationAction, RecentReply, Reply } from "./types.js";

/**
 * The motivational-interviewing follow-up to a skipped or partial session (the ADHERE design):
 * name the reason back in the patient's words, then offer one strategy from the reviewed library
 * (`prompts/strategies.*.json`) as a question, which asks permission. With no reason given, ask
 * for it once with an open question.
 */
export interface BarrierFollowUp {
  reply: Reply;
  /** The barrier named back; `stated` when the patient's own clause was echoed; null when none was given. */
  barrier: Barrier | "stated" | null;
  /** For the therapist's digest: reasons a clinician should hear about. */
  escalation: EscalationAction | null;
}

/** Reasons the therapist should see in the digest (LABELS: low mood, equipment, fear of falling, pain stopping exercises; issue #12: doubt). */
const FOR_THE_THERAPIST: Partial<Record<Barrier, string>> = {
  doubt: "patient doubts the exercises help",
  ambivalence: "patient doubts the exercises help (of two minds about keeping going)",
  low_mood: "low mood",
  equipment: "equipment missing or broken",
  fear_of_falling: "fear of falling",
  pain: "pain or fear of pain stopping the exercises",
  unsure_how: "patient unsure how to do the exercises",
};

// Said with a skip, even when the reader took the message for chit-chat ("had the grandkids all day, no chance").
const SKIPPED = [
  "didn t", "didnt", "did not", "couldn t", "couldnt", "could not", "skip*", "no chance", "not today", "haven t", "havent", "no time",
  "no exercises", "missed", "no pude", "no los hice", "no hice", "hoy no", "no hubo manera", "los salte", "no he podido", "sin hacer",
  "no los hago", "so didn t", "so didnt", "not done", "none today", "nothing today", "for the rest", "couldn t finish", "couldnt finish",
  "had to stop", "no pude terminar", "no pude seguir", "no segui", "el resto no", "ninguno hoy", "nada hoy",
  "left them", "let them go", "gave them a miss", "held off", "sat them out", "didn t risk", "didnt risk", "put them off", "los deje", "las deje", "no me atrevi", "me los salte",
  "only did", "only managed", "only got through", "solo hice", "solo pude", "hice la mitad", "did half",
];

export function mentionsSkipping(text: string): boolean {
  return hasPrefixMention(text, SKIPPED);
}

/** The barrier follow-up for a not_done or partial message. */
export function barrierFollowUp(input: ConversationInput, status: "not_done" | "partial", t: TemplateWriter): BarrierFollowUp {
  const found = barrierIn(input);
  if (found !== null) return strategyReply(input, found, status, t);
  // A reason the lexicon does not know is echoed in the patient's own words, never a generic line.
  const stated = statedReason(input.text, input.lang);
  // Never echo words that would read as hepbot lecturing ("you should…").
  if (stated !== null && lectures(stated) === undefined) return strategyReply(input, { barrier: "stated", said: stated }, status, t);
  const ask = `${status}.ask_barrier`;
  if (status === "not_done" && alreadyAskedForBarrier(input.history.recentReplies ?? [], input.now, t.all(ask).map((r) => r.text))) {
    return { reply: t.pick("not_done.asked"), barrier: null, escalation: null };
  }
  return { reply: t.pick(ask), barrier: null, escalation: null };
}

/**
 * A reason for not exercising stated in a message the reader did not take for a report ("I've got
 * a cold", "left my band at my sister's", "estoy de viaje esta semana"): the patient has just had
 * the day's prompt, so a reason is an answer to it and gets the same follow-up as a skip.
 */
export function statedBarrierFollowUp(input: ConversationInput, t: TemplateWriter): BarrierFollowUp | null {
  // A question ("¿me ayuda con la tarea de mi hijo?") is not a reason given; doubt is handled before this.
  if (/[?¿]/.test(input.text)) return null;
  if (barrierIn(input) === null && !mentionsSkipping(input.text)) return null;
  return barrierFollowUp(input, "not_done", t);
}

/**
 * Only the reason named back, for a message whose answer is something else: "skipped today, too
 * tired, can you text me at 7 instead" gets the change made, with the tiredness reflected first.
 * Null when no skip with a known reason is said.
 */
export function reflectionOnly(input: ConversationInput, t: TemplateWriter): BarrierFollowUp | null {
  if (!mentionsSkipping(input.text)) return null;
  const found = barrierIn(input);
  if (found === null) return null;
  const reason = FOR_THE_THERAPIST[found.barrier];
  return {
    reply: t.pick(`reflect.${found.barrier}`, { said: found.said }),
    barrier: found.barrier,
    escalation: reason === undefined ? null : { type: "escalation", level: "therapist", reason },
  };
}

/**
 * A skip with only a pain score for its reason ("skipped, knee was a 6", "no los hice, la rodilla en 6
 * de 10"): the pain named back as the reason, with the therapist's advice offered. Null without a skip.
 */
export function painScoreFollowUp(input: ConversationInput, t: TemplateWriter): BarrierFollowUp | null {
  if (!mentionsSkipping(input.text)) return null;
  const found = barrierIn(input);
  const said = found?.barrier === "pain" ? found.said : PAIN_SAID[input.lang];
  return strategyReply(input, { barrier: "pain", said }, "not_done", t);
}

const PAIN_SAID: Record<ConversationInput["lang"], string> = { en: "the pain", es: "el dolor" };

/** Doubt about the program, in any message that is not a report of pain or a completion. */
export function doubtFollowUp(input: ConversationInput, t: TemplateWriter, status: "not_done" | "partial" | "done" = "not_done"): BarrierFollowUp | null {
  const found = barrierIn(input);
  if (found?.barrier !== "doubt" && found?.barrier !== "ambivalence") return null;
  return strategyReply(input, found, status, t);
}

/** The barrier in the message, named back in the clinic's tú/usted register. */
export function barrierIn(input: Pick<ConversationInput, "text" | "lang" | "clinic"> & Partial<Pick<ConversationInput, "program">>): BarrierFound | null {
  const text = input.program === undefined ? input.text : withoutExerciseNames(withoutAnsweringNo(input.text), input.program);
  const found = findBarrier(text, input.lang, input.clinic.spanishRegister === "tu" ? "tu" : "usted");
  if (found !== null || !AMBIVALENT.test(plainWords(text))) return found;
  // "I know I should, but…" with no other reason given: both sides of ambivalence, for MI to reflect.
  return { barrier: "ambivalence", said: input.lang === "es" ? "la duda de si seguir" : "of two minds about keeping going" };
}

// Change talk then "but" (MI's ambivalence): "I know I should do them but…", "sé que me ayudan pero…", "quiero mejorar pero…".
const AMBIVALENT =
  /\b(?:i know|i realise|i realize|i understand|i want|i wanna|i need|i m supposed|im supposed|i should|they re good for me|theyre good for me|se que|ya se que|quiero|deberia|tengo que|me hacen bien)\b.{0,60}\b(?:but|pero)\b/;

type Reason = BarrierFound | { barrier: "stated"; said: string };

function strategyReply(input: ConversationInput, found: Reason, status: "not_done" | "partial" | "done", t: TemplateWriter): BarrierFollowUp {
  const values = { said: found.said };
  const reflections = t.all(`reflect.${found.barrier}`, values);
  const strategies = t.all(`strategy.${found.barrier}`);
  const affirm = status === "not_done" ? [] : status === "partial" ? partialAffirmations(input, t) : t.all(`${status}.affirm`);
  const reason = found.barrier === "stated" ? undefined : FOR_THE_THERAPIST[found.barrier];
  // The patient hears that the therapist will see it, unless the strategy itself is asking the therapist.
  const told = reason === undefined ? [] : t.all("barrier.told_therapist");
  // Wording varies with the injected random; an SMS takes the first combination that fits two segments.
  const start = (n: number) => Math.min(n - 1, Math.floor(t.randomValue() * n));
  const candidates: Reply[] = [];
  for (let i = 0; i < reflections.length; i++) {
    for (let j = 0; j < strategies.length; j++) {
      const r = reflections[(start(reflections.length) + i) % reflections.length]!;
      const s = strategies[(start(strategies.length) + j) % strategies.length]!;
      const a = affirm[(start(Math.max(1, affirm.length)) + i) % Math.max(1, affirm.length)];
      const mentionsTherapist = /therapist|terapeuta/i.test(s.text);
      const withTold = [a, r, mentionsTherapist ? undefined : told[0], s].filter((p): p is Reply => p !== undefined);
      const without = [a, r, s].filter((p): p is Reply => p !== undefined);
      for (const parts of [withTold, without]) {
        candidates.push({ text: parts.map((p) => p.text).join(" "), template: parts.map((p) => p.template).join("+") });
      }
    }
  }
  const reply = input.channel === "sms" ? (candidates.find((c) => smsSegmentsAsSent(c.text) <= 2) ?? shortest(candidates)) : candidates[0]!;
  return {
    reply,
    barrier: found.barrier,
    escalation: reason === undefined ? null : { type: "escalation", level: "therapist", reason },
  };
}

/** A partial session's exercises named back in the patient's terms: those done ("Ankle pumps done"), else those left out. */
function partialAffirmations(input: ConversationInput, t: TemplateWriter): Reply[] {
  const { done, skipped } = namedInReport(input);
  const names = (items: typeof done) => ({ names: joinAnd(items.map((i) => i.name), t) });
  if (done.length > 0 && done.length < input.program.length) return t.all("partial.affirm_named", names(done));
  if (skipped.length > 0) return t.all("partial.affirm_skipped", names(skipped));
  return t.all("partial.affirm");
}

function shortest(replies: Reply[]): Reply {
  return replies.reduce((a, b) => (b.text.length < a.text.length ? b : a));
}

const ASKED_WITHIN_MS = 3 * 86_400_000;

/**
 * Whether hepbot already asked what got in the way, recently. Judged from the replies it sent;
 * meant to move to the per-patient conversation state once that exists.
 */
export function alreadyAskedForBarrier(recent: readonly RecentReply[], now: Date, askTexts: readonly string[]): boolean {
  return recent.some((r) => now.getTime() - r.at.getTime() <= ASKED_WITHIN_MS && askTexts.includes(r.text));
}
