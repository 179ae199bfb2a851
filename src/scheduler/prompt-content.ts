import { z } from "zod";
import type { ChannelName, QuickReply } from "../channels/channel.js";
import { smsEncoding, smsSegments, withoutSpanishAccents, type SmsEncoding } from "../conversation/sms-length.js";
import { doseWords } from "../care/programs/dose-words.js";
import { fillTemplate, loadPromptJson } from "../prompts/templates.js";

/** The answers every prompt and nudge offers as buttons (Telegram) or words (SMS). */
export const PROMPT_QUICK_REPLIES: QuickReply[] = ["done", "partial", "not_done", "pain"];

export type ReminderLang = "en" | "es";

const REQUIRED_KEYS = [
  "intro", "intro.chat", "intro.empty",
  "item.sms", "item.sms.video", "item.chat", "item.teams", "more", "videos.ask", "update", "update.plain",
  "reply.sms", "reply.chat", "reply.teams", "nudge.sms", "nudge.chat", "ask.reply_one",
] as const;
type ReminderKey = (typeof REQUIRED_KEYS)[number];

/** Lines that refer back to the barrier the patient named yesterday (`recall.<barrier>`), optional per barrier. */
const RECALL_KEY = /^recall\.[a-z_]+$/;
const reminderBookSchema = z
  .object(Object.fromEntries(REQUIRED_KEYS.map((k) => [k, z.string().min(1)])) as Record<ReminderKey, z.ZodString>)
  .catchall(z.string().min(1))
  .superRefine((book, ctx) => {
    for (const key of Object.keys(book)) {
      if (!(REQUIRED_KEYS as readonly string[]).includes(key) && !RECALL_KEY.test(key)) ctx.addIssue({ code: "custom", message: `unknown key ${key}` });
    }
  });
export type ReminderBook = Record<ReminderKey, string> & Partial<Record<`recall.${string}`, string>>;
/** `es-tu`: Spanish for clinics that address patients with tú; `es` says usted, the default. */
export type ReminderTemplates = Record<ReminderLang | "es-tu", ReminderBook>;
export type SpanishRegister = "tu" | "usted";

/** Reads and checks `prompts/reminders.{en,es,es-tu}.json` (at the edge; rendering takes the result). */
export function loadReminderTemplates(): ReminderTemplates {
  return {
    en: reminderBookSchema.parse(loadPromptJson("reminders.en.json")) as ReminderBook,
    es: reminderBookSchema.parse(loadPromptJson("reminders.es.json")) as ReminderBook,
    "es-tu": reminderBookSchema.parse(loadPromptJson("reminders.es-tu.json")) as ReminderBook,
  };
}

/**
 * The line that opens a prompt or nudge after the patient named a barrier ("Yesterday work got in
 * the way…"), or null. A statement, never a question: a "yes" to a prompt is read as done.
 */
export function recallLine(templates: ReminderTemplates, lang: ReminderLang, register: SpanishRegister | undefined, found: { barrier: string; said: string } | null): string | null {
  if (found === null) return null;
  const template = bookOf(templates, lang, register)[`recall.${found.barrier}`];
  return template === undefined ? null : fillTemplate(template, { said: found.said });
}

/**
 * "Your therapist updated your program: added Bridges; Heel slides now 3 sets of 15." The line that
 * opens the first prompt after the patient was moved to a new version; `changes` comes from
 * `programChangeWords` ("" when only the order or notes changed).
 */
export function programUpdateLine(templates: ReminderTemplates, lang: ReminderLang, register: SpanishRegister | undefined, changes: string): string {
  const book = bookOf(templates, lang, register);
  return changes === "" ? book["update.plain"] : fillTemplate(book.update, { changes });
}

/** The book for a language and, in Spanish, the clinic's register: prompts and replies say tú or usted alike. */
function bookOf(templates: ReminderTemplates, lang: ReminderLang, register: SpanishRegister | undefined): ReminderBook {
  return lang === "es" && register === "tu" ? templates["es-tu"] : templates[lang];
}

/** One exercise of the day, already in the patient's language, with its video link resolved. */
export interface PromptItem {
  name: string;
  sets: number;
  reps: number;
  holdSeconds: number;
  videoUrl: string;
}

export interface RenderedPrompt {
  text: string;
  quickReplies: QuickReply[];
  /** SMS only: how the prompt was fitted, so a preview can say what the patient will and won't see. */
  smsFit?: SmsFit;
}

export interface SmsFit {
  segments: number;
  encoding: SmsEncoding;
  itemsShown: number;
  videoLinksShown: number;
  /** á, í, ó, ú written without the accent: one such letter would make the SMS UCS-2, 70 characters a segment. */
  accentsDropped: boolean;
}

/** SMS prompts aim for this many segments; links are dropped (last first), then items, to fit. */
export const SMS_MAX_SEGMENTS = 3;

export function reminderLang(language: string | null | undefined): ReminderLang {
  return language?.toLowerCase().startsWith("es") ? "es" : "en";
}

/**
 * The day's prompt: the exercises with their dose in words ("1 set of 10, hold 5 minutes") and video
 * links, worded for the channel. SMS is short (≤ 3 segments) and says what to answer; WhatsApp text
 * has no segments, so it keeps every link; Telegram gets reply buttons; Teams gets Markdown.
 * Pure: the templates come in as an argument.
 */
export function renderPrompt(
  items: readonly PromptItem[],
  lang: ReminderLang,
  channel: ChannelName,
  templates: ReminderTemplates,
  register?: SpanishRegister,
  /** Lines before the exercises: the program update, yesterday's barrier. */
  openingLines: string | readonly string[] | null = null,
  /** The RTM data-day nudge: the reply line asks for a one-word answer ("Reply 1 if you did today's exercises"). */
  askReplyOne = false,
): RenderedPrompt {
  const t = bookOf(templates, lang, register);
  const opening = openingLines === null ? [] : typeof openingLines === "string" ? [openingLines] : [...openingLines];
  const fill = (key: ReminderKey, values: Record<string, string | number> = {}) => fillTemplate(t[key], values);
  const dose = (item: PromptItem, long: boolean) => doseWords(item, lang, long ? "long" : "short");
  const reply = (key: "reply.sms" | "reply.chat" | "reply.teams") => fill(askReplyOne ? "ask.reply_one" : key);

  if (items.length === 0) {
    const line = wordsOnly(channel) ? reply("reply.sms") : channel === "teams" ? reply("reply.teams") : reply("reply.chat");
    return { text: [...opening, fill("intro.empty"), line].join("\n"), quickReplies: PROMPT_QUICK_REPLIES };
  }

  const smsReply = reply("reply.sms");
  if (channel === "sms") return { ...renderSms(items, fill, dose, opening, smsReply), quickReplies: PROMPT_QUICK_REPLIES };
  if (channel === "whatsapp") return { text: smsLines(items, fill, dose, opening, smsReply, items.length, items.length), quickReplies: PROMPT_QUICK_REPLIES };

  if (channel === "teams") {
    const lines = items.map((item, i) => fill("item.teams", { n: i + 1, name: item.name, dose: dose(item, true), url: item.videoUrl }));
    return {
      text: [...opening, `**${fill("intro.chat", { count: items.length })}**`, "", ...lines, "", reply("reply.teams")].join("\n"),
      quickReplies: PROMPT_QUICK_REPLIES,
    };
  }

  // Telegram and the local web chat: plain text, buttons added by the channel.
  const lines = items.map((item, i) => fill("item.chat", { n: i + 1, name: item.name, dose: dose(item, true), url: item.videoUrl }));
  return { text: [...opening, fill("intro.chat", { count: items.length }), ...lines, reply("reply.chat")].join("\n"), quickReplies: PROMPT_QUICK_REPLIES };
}

type Fill = (key: ReminderKey, values?: Record<string, string | number>) => string;
type DoseOf = (item: PromptItem, long: boolean) => string;

/** The first `shown` items, the first `linked` with their video; says how to get the rest. */
function smsLines(items: readonly PromptItem[], fill: Fill, dose: DoseOf, opening: string[], replyLine: string, shown: number, linked: number): string {
  const lines = [...opening, fill("intro")];
  for (let i = 0; i < shown; i++) {
    const item = items[i]!;
    const values = { n: i + 1, name: item.name, dose: dose(item, false), url: item.videoUrl };
    lines.push(fill(i < linked ? "item.sms.video" : "item.sms", values));
  }
  if (shown < items.length) lines.push(fill("more", { count: items.length - shown }));
  if (linked < shown) lines.push(fill("videos.ask"));
  lines.push(replyLine);
  return lines.join("\n");
}

function renderSms(items: readonly PromptItem[], fill: Fill, dose: DoseOf, opening: string[], replyLine: string): { text: string; smsFit: SmsFit } {
  const fitted = (shown: number, linked: number) => {
    const raw = smsLines(items, fill, dose, opening, replyLine, shown, linked);
    const text = withoutSpanishAccents(raw);
    return { text, segments: smsSegments(text), shown, linked, accentsDropped: text !== raw };
  };
  const done = (f: ReturnType<typeof fitted>) => ({
    text: f.text,
    smsFit: { segments: f.segments, encoding: smsEncoding(f.text), itemsShown: f.shown, videoLinksShown: f.linked, accentsDropped: f.accentsDropped },
  });
  // Every exercise matters more than its link: keep all items while links go from the end; then
  // items go, and the message points to the handout. One item with no link always goes.
  for (let linked = items.length; linked >= 0; linked--) {
    const f = fitted(items.length, linked);
    if (f.segments <= SMS_MAX_SEGMENTS) return done(f);
  }
  for (let shown = items.length - 1; shown >= 1; shown--) {
    const f = fitted(shown, 0);
    if (f.segments <= SMS_MAX_SEGMENTS) return done(f);
  }
  return done(fitted(1, 0));
}

/** The one gentle follow-up of a day. */
export function renderNudge(
  lang: ReminderLang,
  channel: ChannelName,
  templates: ReminderTemplates,
  register?: SpanishRegister,
  recall: string | null = null,
): RenderedPrompt {
  const t = bookOf(templates, lang, register);
  const nudge = wordsOnly(channel) ? t["nudge.sms"] : t["nudge.chat"];
  return { text: recall === null ? nudge : `${recall} ${nudge}`, quickReplies: PROMPT_QUICK_REPLIES };
}

/** SMS, and WhatsApp free-form text (buttons come only with its templates): the text says what to answer. */
function wordsOnly(channel: ChannelName): boolean {
  return channel === "sms" || channel === "whatsapp";
}
