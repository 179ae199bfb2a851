import { z } from "zod";
import { fillTemplate, loadPromptJson } from "../prompts/templates.js";
import type { Lang, Reply } from "./types.js";

/** A book of reply templates: family id → variants. Families are named `situation[.detail]`. */
const templateBookSchema = z.record(z.string().regex(/^[a-z_]+(\.[a-z0-9_]+)*$/), z.array(z.string().trim().min(1)).min(1));
export type TemplateBook = z.infer<typeof templateBookSchema>;
/** `es-tu`: the Spanish book for clinics that address patients with tú (the default is usted). */
export type ReplyTemplates = Record<Lang, TemplateBook> & { "es-tu"?: TemplateBook };
export type SpanishRegister = "tu" | "usted";
/** Families worded with tú; every other family is the same in both registers. */
const SPANISH_TU_FILE = "replies.es-tu.json";

const REPLY_TEMPLATE_FILES: Record<Lang, string> = { en: "replies.en.json", es: "replies.es.json" };
/** The reviewed library of barrier strategies (`strategy.<barrier>`), kept apart so clinicians can review it on its own. */
const STRATEGY_FILES: Record<Lang, string> = { en: "strategies.en.json", es: "strategies.es.json" };

/** Reads and checks `prompts/replies.{en,es}.json` and `prompts/strategies.{en,es}.json`. The engine takes the result as a dependency. */
export function loadReplyTemplates(): ReplyTemplates {
  const book = (lang: Lang) => ({
    ...templateBookSchema.parse(loadPromptJson(REPLY_TEMPLATE_FILES[lang])),
    ...templateBookSchema.parse(loadPromptJson(STRATEGY_FILES[lang])),
  });
  const es = book("es");
  return { en: book("en"), es, "es-tu": { ...es, ...templateBookSchema.parse(loadPromptJson(SPANISH_TU_FILE)) } };
}

/** Loads and checks any other template book in `prompts/` (therapist-facing texts). */
export function loadTemplateBook(name: string): TemplateBook {
  return templateBookSchema.parse(loadPromptJson(name));
}

export type Values = Record<string, string | number>;

/** Picks a variant of a family with the injected random and fills it. */
export class TemplateWriter {
  constructor(
    private readonly book: TemplateBook,
    private readonly random: () => number,
  ) {}

  /** One variant, chosen at random: wording that varies from day to day. */
  pick(family: string, values: Values = {}): Reply {
    const variants = this.variants(family);
    const index = Math.min(variants.length - 1, Math.max(0, Math.floor(this.random() * variants.length)));
    return { text: fillTemplate(dropSentencesWithoutValues(variants[index]!, values), values), template: `${family}#${index}` };
  }

  /** Every variant of a family, filled: for choosing the one that fits an SMS. */
  all(family: string, values: Values = {}): Reply[] {
    return this.variants(family).map((variant, index) => ({
      text: fillTemplate(dropSentencesWithoutValues(variant, values), values),
      template: `${family}#${index}`,
    }));
  }

  /** A draw of the injected random, for choices beyond one family's variants. */
  randomValue(): number {
    return this.random();
  }

  /** The first variant: fragments (dose wording, list joiners) that must not vary. */
  fixed(family: string, values: Values = {}): string {
    return fillTemplate(this.variants(family)[0]!, values);
  }

  private variants(family: string): string[] {
    const variants = this.book[family];
    if (variants === undefined) throw new Error(`reply template family missing: ${family}`);
    return variants;
  }
}

/**
 * A sentence whose placeholder has an empty value is left out whole ("Clinic: {{clinicContact}}."
 * when no contact is set, the crisis line where none is known): never a stand-in like "your clinic",
 * which would also be in the wrong language.
 */
const OPTIONAL_VALUES = new Set(["clinicContact", "crisisLine"]);

export function dropSentencesWithoutValues(template: string, values: Values): string {
  const empty = (key: string) => OPTIONAL_VALUES.has(key) && values[key] === "";
  if (!/\{\{(\w+)\}\}/.test(template) || !Object.keys(values).some(empty)) return template;
  return template
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => ![...sentence.matchAll(/\{\{(\w+)\}\}/g)].some((m) => empty(m[1]!)))
    .join(" ");
}

/** The book a patient's replies come from: their language, and in Spanish the clinic's register. */
export function bookFor(templates: ReplyTemplates, lang: Lang, register: SpanishRegister | undefined): TemplateBook {
  if (lang === "es" && register === "tu" && templates["es-tu"] !== undefined) return templates["es-tu"];
  return templates[lang];
}
