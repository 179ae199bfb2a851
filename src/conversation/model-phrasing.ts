import { z } from "zod";
import type { StructuredModel } from "../core/structured-model.js";
import type { ChannelName } from "../channels/channel.js";
import { loadPrompt } from "../prompts/templates.js";
import type { MessageKind } from "../reading/reading.js";
import { otherLanguageWord, spanishRegisterOf } from "./language-check.js";
import { lectures } from "./lecturing.js";
import { smsSegmentsAsSent } from "./sms-length.js";
import type { Lang, ProgramItem, Reply } from "./types.js";

export const PHRASING_PROMPT = "phrasing.md";
/** Longest phrased reply accepted, unless the template itself is longer (a "how do I" answer keeps every step). */
export const MAX_PHRASED_CHARS = 600;
const SMS_SEGMENTS = 2;

/** What the model must answer; anything else, or anything failing `phrasingProblems`, leaves the template reply. */
export const ModelPhrasingSchema = z.object({
  text: z.string().min(1).describe("the reply to send to the patient, in their language"),
});

export interface PhraseInput {
  /** The template reply the engine chose; it is sent unchanged whenever the model cannot do better. */
  reply: Reply;
  kind: MessageKind;
  lang: Lang;
  channel: ChannelName;
  /** The patient's program. Only exercise facts are passed on: no names, phones, addresses or ids exist here. */
  program: ProgramItem[];
  /** What the patient wrote; phone numbers and emails are scrubbed before the model sees it. */
  patientText: string;
  /** Someone is being told about this message: the reply says so in reviewed words, never the model's. */
  escalated: boolean;
  /** How Spanish replies address the patient (the clinic's choice); usted when absent. */
  register?: "tu" | "usted";
}

export interface PhrasedReply extends Reply {
  source: "model" | "template";
  /** The prompt that produced the text, when the model did. */
  prompt?: string;
  /** Why the model was asked but its answer not used (timeout, error, failed checks), for the log. */
  fallback?: string;
}

export interface ReplyPhraser {
  phrase(input: PhraseInput): Promise<PhrasedReply>;
}

// Template families the model may reword, per reading kind. Emergency, urgent, fall, therapist
// hand-offs, STOP/START/HELP and schedule confirmations are safety or legal wording: never reworded.
const PHRASEABLE: Partial<Record<MessageKind, RegExp>> = {
  question: /^question\.(answer\.(dose|how|tip)|program)$/,
  done: /^(done(\.streak|\.return|\.mild_pain|\.named)?|milestone\.\d+)$/,
  partial: /^(partial(\.streak)?|done\.mild_pain|done\.return|milestone\.\d+)$/,
  not_done: /^not_done(\.forgot|\.low_motivation|\.ask_barrier|\.asked)?$/,
};

/** Whether a template reply may go to the model at all. */
// A barrier follow-up is built of parts (`reflect.time#0+strategy.time#1`); each part must be one the model may reword.
const BARRIER_PARTS = /^(reflect\.[a-z_]+|strategy\.[a-z_]+|partial\.affirm|done\.affirm|barrier\.told_therapist)$/;

export function isPhraseable(input: Pick<PhraseInput, "reply" | "kind" | "escalated">): boolean {
  if (input.escalated) return false;
  const families = input.reply.template.split("+").map((part) => part.split("#")[0] ?? "");
  if (families.length > 1 || BARRIER_PARTS.test(families[0]!)) {
    return ["not_done", "partial", "done", "chitchat", "other"].includes(input.kind) && families.every((f) => BARRIER_PARTS.test(f));
  }
  return PHRASEABLE[input.kind]?.test(families[0]!) ?? false;
}

/** The template id a model reply is logged under: the prompt, and the template it replaced. */
export function modelTemplateId(template: string): string {
  return `model:${PHRASING_PROMPT}(${template})`;
}

/**
 * Rewords MI replies and exercise answers with a model, grounded in the template reply and the
 * patient's program only. Late, failed, off-schema or unsafe answers leave the template reply:
 * the template is always a complete answer, so the model can only make it warmer, never worse.
 */
export function createReplyPhraser(options: { model: StructuredModel; timeoutMs: number }): ReplyPhraser {
  return {
    async phrase(input) {
      const template: PhrasedReply = { ...input.reply, source: "template" };
      if (!isPhraseable(input)) return template;
      const facts = groundingFacts(input);
      try {
        const answer = await options.model.ask({
          name: "phrasing",
          schema: ModelPhrasingSchema,
          system: loadPrompt(PHRASING_PROMPT),
          user: describe(input, facts),
          timeoutMs: options.timeoutMs,
        });
        if (answer === "timeout") return { ...template, fallback: "timeout" };
        const parsed = phrasingSchema(input, facts).safeParse(answer);
        if (!parsed.success) return { ...template, fallback: parsed.error.issues.map((i) => i.message).join("; ") };
        return { text: parsed.data.text, template: modelTemplateId(input.reply.template), source: "model", prompt: PHRASING_PROMPT };
      } catch (error) {
        return { ...template, fallback: describeError(error) };
      }
    },
  };
}

/** The kind of failure, never its message: parse errors quote the model's text, and logs carry no message text. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return "error";
  const status = (error as { status?: unknown }).status;
  return `error: ${error.name}${typeof status === "number" ? ` ${status}` : ""}`;
}

/** The exercise facts the model may use, and nothing about the person. */
export interface ExerciseFacts {
  name: string;
  steps?: string[];
  cues?: string[];
  commonMistakes?: string[];
  videoUrl?: string;
  sets: number;
  reps: number;
  holdSeconds: number;
  timesPerDay: number;
}

/**
 * An answer gets the full library entry of the exercises it is about (all of them for a program
 * overview); an MI reply only needs to know what the patient is working on.
 */
export function groundingFacts(input: Pick<PhraseInput, "reply" | "kind" | "program">): ExerciseFacts[] {
  const dose = (item: ProgramItem) => ({ sets: item.sets, reps: item.reps, holdSeconds: item.holdSeconds, timesPerDay: item.timesPerDay });
  if (input.kind !== "question") return input.program.map((item) => ({ name: item.name, ...dose(item) }));
  const text = input.reply.text.toLowerCase();
  const named = input.program.filter((item) => text.includes(item.videoUrl.toLowerCase()) || text.includes(item.name.toLowerCase()));
  return (named.length > 0 ? named : input.program).map((item) => ({
    name: item.name,
    steps: item.instructions,
    cues: item.cues,
    commonMistakes: item.commonMistakes,
    videoUrl: item.videoUrl,
    ...dose(item),
  }));
}

function describe(input: PhraseInput, facts: ExerciseFacts[]): string {
  return JSON.stringify({
    lang: input.lang,
    channel: input.channel,
    kind: input.kind,
    templateReply: input.reply.text,
    patientMessage: scrubContact(input.patientText),
    program: facts,
    limits: { maxChars: maxChars(input.reply.text), ...(input.channel === "sms" ? { smsSegments: smsLimit(input.reply.text) } : {}) },
  });
}

// ---- checks -----------------------------------------------------------------------------

const URL = /https?:\/\/[^\s<>"']+/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// Seven or more digits, possibly split by spaces, dots, dashes or brackets: 555-0100, (312) 555 0199, +1 555…
const PHONE = /\+?\d(?:[\s().-]*\d){6,}/g;

/** Phone numbers and emails out of a patient's text, before any of it leaves the service. */
export function scrubContact(text: string): string {
  return text.replace(EMAIL, "[email]").replace(PHONE, "[phone]");
}

function urlsIn(text: string): string[] {
  return [...text.matchAll(URL)].map((m) => m[0].replace(/[.,;:!?)]+$/, ""));
}

function numbersIn(text: string): string[] {
  return [...text.replace(URL, " ").matchAll(/\d+/g)].map((m) => String(Number(m[0])));
}

const maxChars = (template: string) => Math.max(MAX_PHRASED_CHARS, template.length);
/** On SMS: two segments, or no more than the template when it already needed more; counted as sent (`asSms`). */
const smsLimit = (template: string) => Math.max(SMS_SEGMENTS, smsSegmentsAsSent(template));

/** Everything wrong with a phrased reply, as readable reasons; empty when it may be sent. */
export function phrasingProblems(text: string, input: PhraseInput, facts: ExerciseFacts[]): string[] {
  const problems: string[] = [];
  const template = input.reply.text;
  if (text.trim().length === 0) problems.push("empty");
  if (text.length > maxChars(template)) problems.push(`longer than ${maxChars(template)} characters`);
  if (input.channel === "sms" && smsSegmentsAsSent(text) > smsLimit(template)) problems.push(`more than ${smsLimit(template)} SMS segments`);

  const urls = urlsIn(text);
  const missing = urlsIn(template).filter((url) => !urls.includes(url));
  if (missing.length > 0) problems.push(`dropped the link ${missing.join(", ")}`);
  const allowed = new Set([...urlsIn(template), ...facts.flatMap((f) => (f.videoUrl ? [f.videoUrl] : []))]);
  const invented = urls.filter((url) => !allowed.has(url));
  if (invented.length > 0) problems.push(`a link not in the facts: ${invented.join(", ")}`);

  const withoutUrls = text.replace(URL, " ");
  if (withoutUrls.match(EMAIL)) problems.push("an email address");
  if (withoutUrls.match(PHONE)) problems.push("a phone-like number");

  // A step quoted from the library is the clinic's reviewed wording ("only if you need to"); hepbot's own words are checked.
  const library = facts.flatMap((f) => [...(f.steps ?? []), ...(f.cues ?? []), ...(f.commonMistakes ?? [])]);
  const own = library.reduce((rest, line) => rest.split(line).join(" "), text);
  const lecture = lectures(own);
  if (lecture) problems.push(`lectures (${lecture.source})`);

  if (input.kind === "not_done" && [...text].filter((c) => c === "?").length !== 1) problems.push("a missed session needs exactly one question");

  const foreign = otherLanguageWord(own, input.lang);
  // The word itself is not quoted: fallback reasons are logged, and the model's text never is.
  if (foreign !== null) problems.push("not all in the patient's language");
  if (input.lang === "es") {
    const got = spanishRegisterOf(own);
    if (got === "mixed" || (got !== null && got !== (input.register ?? "usted"))) problems.push("not in the clinic's tú/usted register");
  }

  const known = new Set([
    ...numbersIn(template),
    ...facts.flatMap((f) => [f.sets, f.reps, f.holdSeconds, f.timesPerDay].map(String)),
    ...library.flatMap(numbersIn),
  ]);
  const unknown = [...new Set(numbersIn(text))].filter((n) => !known.has(n));
  if (unknown.length > 0) problems.push(`numbers not in the facts: ${unknown.join(", ")}`);
  return problems;
}

/** The model's structured answer, checked against this reply's facts and limits. */
function phrasingSchema(input: PhraseInput, facts: ExerciseFacts[]) {
  return ModelPhrasingSchema.superRefine((value, ctx) => {
    for (const problem of phrasingProblems(value.text.trim(), input, facts)) ctx.addIssue({ code: "custom", message: problem });
  }).transform((value) => ({ text: value.text.trim() }));
}
