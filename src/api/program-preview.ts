/** How a program item's dose reads on the dashboard and the printed handout. Pure. */

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
  en: { hold: "hold", sec: "s", perDay: "×/day", perWeek: "days/week" },
  es: { hold: "sostener", sec: "s", perDay: "veces/día", perWeek: "días/semana" },
} as const;

export function doseLine(item: Pick<PreviewItem, "sets" | "reps" | "holdSeconds" | "timesPerDay" | "daysPerWeek">, language: "en" | "es" = "en"): string {
  const w = WORDS[language];
  const hold = item.holdSeconds > 0 ? `, ${w.hold} ${item.holdSeconds >= 60 && item.holdSeconds % 60 === 0 ? `${item.holdSeconds / 60} min` : `${item.holdSeconds} ${w.sec}`}` : "";
  const often = [item.timesPerDay > 1 ? `${item.timesPerDay}${w.perDay === "×/day" ? w.perDay : ` ${w.perDay}`}` : "", item.daysPerWeek < 7 ? `${item.daysPerWeek} ${w.perWeek}` : ""]
    .filter(Boolean)
    .join(", ");
  return `${item.sets} × ${item.reps}${hold}${often ? ` · ${often}` : ""}`;
}
