import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exerciseLibraryFixtureSchema, demoClinicFixtureSchema } from "../../src/library/exercise-fixture.schema.js";
import { resolveVideoUrl } from "../../src/library/video-url.js";
import { loadReplyTemplates } from "../../src/conversation/reply-templates.js";
import type { EngineDeps } from "../../src/conversation/engine.js";
import type { ConversationInput, ConversationReading, Lang, ProgramItem } from "../../src/conversation/types.js";

/** Test personas and builders for the conversation engine, from the real shipped library. */

const root = join(import.meta.dirname, "..", "..");
const library = exerciseLibraryFixtureSchema.parse(JSON.parse(readFileSync(join(root, "fixtures", "exercises.json"), "utf8")));
const demo = demoClinicFixtureSchema.parse(JSON.parse(readFileSync(join(root, "fixtures", "demo-clinic.json"), "utf8")));
export const VIDEO_BASE_URL = "https://videos.hepbot.example/";

export const templates = loadReplyTemplates();

/** Deterministic variant picking: always the first, or cycle through with `sequence`. */
export function depsWith(random: () => number = () => 0): EngineDeps {
  return { templates, random };
}

export const DEMO_PROGRAM_SLUGS = demo.programs.map((p) => p.slug);

/** A demo program resolved into one language, the way the lead's pipeline hands it over. */
export function program(slug: string, lang: Lang): ProgramItem[] {
  const found = demo.programs.find((p) => p.slug === slug);
  if (found === undefined) throw new Error(`no demo program ${slug}`);
  return found.items.map((item) => {
    const exercise = library.find((e) => e.slug === item.exerciseSlug)!;
    return {
      slug: exercise.slug,
      name: exercise.name[lang],
      aliases: exercise.aliases[lang],
      sets: item.sets,
      reps: item.reps,
      holdSeconds: item.holdSeconds,
      timesPerDay: item.timesPerDay,
      instructions: exercise.instructions[lang],
      cues: exercise.cues[lang],
      commonMistakes: exercise.commonMistakes[lang],
      videoUrl: resolveVideoUrl(exercise.video.url ?? exercise.video.path!, VIDEO_BASE_URL),
    };
  });
}

export function reading(kind: ConversationReading["kind"], extra: Partial<ConversationReading> = {}): ConversationReading {
  return { kind, pain: null, escalate: "none", redFlags: [], exercises: [], ...extra };
}

/** Wednesday 5 March 2025, 10:00 in New York. */
export const NOW = new Date("2025-03-05T15:00:00Z");
export const ZONE = "America/New_York";

export const CLINICS = {
  en: { name: "Riverside Physical Therapy", emergencyNumber: "911", contact: "555-0100" },
  es: { name: "Clínica Río Claro", emergencyNumber: "112", contact: "912 345 678" },
} as const;

/** A patient on the demo hip program, on SMS, with no history: each test adds what it is about. */
export function input(lang: Lang, kind: ConversationReading["kind"], text: string, over: Partial<ConversationInput> = {}): ConversationInput {
  return {
    reading: reading(kind),
    text,
    lang,
    channel: "sms",
    now: NOW,
    timeZone: lang === "es" ? "Europe/Madrid" : ZONE,
    program: program("hip-strength-basic", lang),
    lastPromptSlugs: null,
    history: { completionDates: [], recentPain: [], paused: false, optedOut: false },
    clinic: { ...CLINICS[lang] },
    ...over,
  };
}

/** Local dates ending the day before NOW, `days` long. */
export function daysBefore(days: number, endOffset = 1): string[] {
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(NOW.getTime() - (i + endOffset) * 86_400_000);
    return d.toISOString().slice(0, 10);
  });
}
