import { z } from "zod";

/**
 * Pre-approved WhatsApp templates (Twilio Content API), one per message family (the outbox kind:
 * prompt, nudge, outcome…) and language. Each template has one variable, {{1}}, which carries
 * hepbot's own text for the message; quick-reply buttons in it use the ids done, partial,
 * not_done and pain (see quick-replies.ts).
 *
 *   {"prompt": {"en": "HX…", "es": "HX…"}, "nudge": {"en": "HX…", "es": "HX…"}}
 */

const contentSid = z.string().regex(/^HX[0-9a-fA-F]{32}$/, "must be a Content SID: HX followed by 32 hex digits");

export const WhatsAppTemplatesSchema = z.record(
  z.string().regex(/^[a-z][a-z_]*$/, "must be a message family such as prompt, nudge or outcome"),
  z.partialRecord(z.enum(["en", "es"], { message: "must be a language: en or es" }), contentSid),
);

export type WhatsAppTemplates = z.infer<typeof WhatsAppTemplatesSchema>;

export interface ChosenTemplate {
  contentSid: string;
  /** Twilio's ContentVariables: a JSON object of the template's variables. */
  contentVariables: string;
}

/** WhatsApp refuses a variable with a newline, a tab or more than four spaces in a row; and caps its length. */
const MAX_VARIABLE_CHARS = 1000;

/** The template for this family in the patient's language, else in English; null when none is configured. */
export function chooseTemplate(templates: WhatsAppTemplates, family: string | undefined, language: string | undefined, text: string): ChosenTemplate | null {
  if (family === undefined) return null;
  const byLanguage = templates[family];
  if (!byLanguage) return null;
  const lang = language?.toLowerCase().startsWith("es") ? "es" : "en";
  const sid = byLanguage[lang] ?? byLanguage.en;
  if (!sid) return null;
  return { contentSid: sid, contentVariables: JSON.stringify({ "1": templateVariable(text) }) };
}

/** Text as one template variable: lines joined with " · ", runs of spaces collapsed, cut at WhatsApp's limit. */
export function templateVariable(text: string): string {
  const flat = text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\t ]+/g, " ").trim())
    .filter((line) => line !== "")
    .join(" · ");
  return flat.length <= MAX_VARIABLE_CHARS ? flat : `${flat.slice(0, MAX_VARIABLE_CHARS - 1)}…`;
}

/** Parses the templates setting (JSON text), naming what is wrong. */
export function parseWhatsAppTemplates(json: string, source: string): WhatsAppTemplates {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = WhatsAppTemplatesSchema.safeParse(value);
  if (!parsed.success) {
    const explain = (issue: z.core.$ZodIssue): string =>
      // A bad key's own reason is nested one level down.
      issue.code === "invalid_key" && issue.issues[0] ? `${issue.path.join(".") || "key"} ${issue.issues[0].message}` : `${issue.path.join(".") || "(top)"} ${issue.message}`;
    throw new Error(`${source}: ${parsed.error.issues.map(explain).join("; ")}`);
  }
  return parsed.data;
}
