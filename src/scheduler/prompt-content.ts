import { z } from "zod";
import type { ChannelName, QuickReply } from "../channels/channel.js";
import { smsSegments } from "../conversation/sms-length.js";
import { fillTemplate, loadPromptJson } from "../prompts/templates.js";

/** The answers every prompt and nudge offers as buttons (Telegram) or words (SMS). */
export const PROMPT_QUICK_REPLIES: QuickReply[] = ["done", "partial", "not_done", "pain"];

export type ReminderLang = "en" | "es";

const REQUIRED_KEYS = [
  "intro", "intro.chat", "intro.empty", "dose", "dose.hold", "dose.long", "dose.long.hold",
  "item.sms", "item.sms.video", "item.chat", "item.teams", "more",
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
}

/** SMS prompts aim for this many segments; links are dropped (last first), then items, to fit. */
export const SMS_MAX_SEGMENTS = 3;

export function reminderLang(language: string | null | undefined): ReminderLang {
  return language?.toLowerCase().startsWith("es") ? "es" : "en";
}

/**
 * The day's prompt: the exercises with sets, reps, hold and video links, worded for the channel.
 * SMS is short (≤ 3 segments where possible) and says what to answer; Telegram gets reply buttons;
 * Teams gets Markdown. Pure: the templates come in as an argument.
 */
export function renderPrompt(
  items: readonly PromptItem[],
  lang: ReminderLang,
  channel: ChannelName,
  templates: ReminderTemplates,
  register?: SpanishRegister,
  recall: string | null = null,
  /** The RTM data-day nudge: the reply line asks for a one-word answer ("Reply 1 if you did today's exercises"). */
  askReplyOne = false,
): RenderedPrompt {
  const t = bookOf(templates, lang, register);
  const opening = recall === null ? [] : [recall];
  const replyKey = (key: "reply.sms" | "reply.chat" | "reply.teams"): ReminderKey => (askReplyOne ? "ask.reply_one" : key);
  const fill = (key: ReminderKey, values: Record<string, string | number> = {}) => fillTemplate(t[key], values);
  const dose = (item: PromptItem, long: boolean) =>
    fill(long ? (item.holdSeconds > 0 ? "dose.long.hold" : "dose.long") : item.holdSeconds > 0 ? "dose.hold" : "dose", {
      sets: item.sets,
      reps: item.reps,
      seconds: item.holdSeconds,
    });

  if (items.length === 0) {
    const reply = wordsOnly(channel) ? fill(replyKey("reply.sms")) : channel === "teams" ? fill(replyKey("reply.teams")) : fill(replyKey("reply.chat"));
    return { text: [...opening, fill("intro.empty"), reply].join("\n"), quickReplies: PROMPT_QUICK_REPLIES };
  }

  if (wordsOnly(channel)) return { text: renderSms(items, fill, dose, opening, replyKey("reply.sms")), quickReplies: PROMPT_QUICK_REPLIES };

  if (channel === "teams") {
    const lines = items.map((item, i) => fill("item.teams", { n: i + 1, name: item.name, dose: dose(item, true), url: item.videoUrl }));
    return {
      text: [...opening, `**${fill("intro.chat", { count: items.length })}**`, "", ...lines, "", fill(replyKey("reply.teams"))].join("\n"),
      quickReplies: PROMPT_QUICK_REPLIES,
    };
  }

  // Telegram and the local web chat: plain text, buttons added by the channel.
  const lines = items.map((item, i) => fill("item.chat", { n: i + 1, name: item.name, dose: dose(item, true), url: item.videoUrl }));
  return { text: [...opening, fill("intro.chat", { count: items.length }), ...lines, fill(replyKey("reply.chat"))].join("\n"), quickReplies: PROMPT_QUICK_REPLIES };
}

type Fill = (key: ReminderKey, values?: Record<string, string | number>) => string;

function renderSms(items: readonly PromptItem[], fill: Fill, dose: (item: PromptItem, long: boolean) => string, opening: string[], replyKey: ReminderKey): string {
  const build = (shown: number, linked: number): string => {
    const lines = [...opening, fill("intro")];
    for (let i = 0; i < shown; i++) {
      const item = items[i]!;
      const values = { n: i + 1, name: item.name, dose: dose(item, false), url: item.videoUrl };
      lines.push(fill(i < linked ? "item.sms.video" : "item.sms", values));
    }
    if (shown < items.length) lines.push(fill("more", { count: items.length - shown }));
    lines.push(fill(replyKey));
    return lines.join("\n");
  };
  // Links matter most, so keep every item with its link while it fits; then drop links from the
  // end; then items. One item with no link always goes, whatever its length.
  for (let linked = items.length; linked >= 0; linked--) {
    const text = build(items.length, linked);
    if (smsSegments(text) <= SMS_MAX_SEGMENTS) return text;
  }
  for (let shown = items.length - 1; shown >= 1; shown--) {
    const text = build(shown, 0);
    if (smsSegments(text) <= SMS_MAX_SEGMENTS) return text;
  }
  return build(1, 0);
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
