import { z } from "zod";
import { fillTemplate, loadPromptJson } from "../prompts/templates.js";
import type { Lang, Reply } from "./types.js";

/** A book of reply templates: family id → variants. Families are named `situation[.detail]`. */
const templateBookSchema = z.record(z.string().regex(/^[a-z_]+(\.[a-z0-9_]+)*$/), z.array(z.string().trim().min(1)).min(1));
export type TemplateBook = z.infer<typeof templateBookSchema>;
export type ReplyTemplates = Record<Lang, TemplateBook>;

const REPLY_TEMPLATE_FILES: Record<Lang, string> = { en: "replies.en.json", es: "replies.es.json" };

/** Reads and checks `prompts/replies.{en,es}.json`. The engine itself takes the result as a dependency. */
export function loadReplyTemplates(): ReplyTemplates {
  return {
    en: templateBookSchema.parse(loadPromptJson(REPLY_TEMPLATE_FILES.en)),
    es: templateBookSchema.parse(loadPromptJson(REPLY_TEMPLATE_FILES.es)),
  };
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
    return { text: fillTemplate(variants[index]!, values), template: `${family}#${index}` };
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
