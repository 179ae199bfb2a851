import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PROMPTS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "prompts");
const cache = new Map<string, string>();

/** Reads `prompts/<name>` once and keeps it. Prompts and reply templates are files so they can be reviewed without reading code. */
export function loadPrompt(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(PROMPTS_DIR, name), "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Reads `prompts/<name>` as JSON (template collections). */
export function loadPromptJson<T>(name: string): T {
  return JSON.parse(loadPrompt(name)) as T;
}

/** Fills `{{name}}` placeholders; a placeholder without a value is an error, not a blank in a patient's message. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template value missing: ${key}`);
    return String(value);
  });
}
