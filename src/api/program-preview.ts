/** What a program looks like to the patient: the dose line and the message text. Pure. */

export interface PreviewItem {
  name: string;
  sets: number;
  reps: number;
  holdSeconds: number;
  timesPerDay: number;
  daysPerWeek: number;
  videoUrl?: string;
  notes?: string;
}

const WORDS = {
  en: { intro: "Time for your exercises", hold: "hold", sec: "s", perDay: "×/day", perWeek: "days/week", outro: "Reply DONE when you finish, or tell me how it went." },
  es: { intro: "Es hora de sus ejercicios", hold: "sostener", sec: "s", perDay: "veces/día", perWeek: "días/semana", outro: "Responda LISTO cuando termine, o cuénteme cómo le fue." },
} as const;

export function doseLine(item: Pick<PreviewItem, "sets" | "reps" | "holdSeconds" | "timesPerDay" | "daysPerWeek">, language: "en" | "es" = "en"): string {
  const w = WORDS[language];
  const hold = item.holdSeconds > 0 ? `, ${w.hold} ${item.holdSeconds >= 60 && item.holdSeconds % 60 === 0 ? `${item.holdSeconds / 60} min` : `${item.holdSeconds} ${w.sec}`}` : "";
  const often = [item.timesPerDay > 1 ? `${item.timesPerDay}${w.perDay === "×/day" ? w.perDay : ` ${w.perDay}`}` : "", item.daysPerWeek < 7 ? `${item.daysPerWeek} ${w.perWeek}` : ""]
    .filter(Boolean)
    .join(", ");
  return `${item.sets} × ${item.reps}${hold}${often ? ` · ${often}` : ""}`;
}

export function programMessagePreview(title: string, items: PreviewItem[], language: "en" | "es" = "en"): string {
  const w = WORDS[language];
  const lines = items.map((item, i) => {
    const extra = [item.notes?.trim(), item.videoUrl].filter(Boolean).map((text) => `\n   ${text}`).join("");
    return `${i + 1}. ${item.name} — ${doseLine(item, language)}${extra}`;
  });
  return [`${w.intro}${title ? ` (${title})` : ""}:`, ...lines, w.outro].join("\n");
}
