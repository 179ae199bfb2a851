import { describe, expect, it } from "vitest";
import { doseLine } from "../../../src/care/programs/program-preview.js";
import { doseWords, frequencyWords, holdDuration, type DoseLang, type DoseStyle } from "../../../src/care/programs/dose-words.js";

describe("doseWords: the dose in words people use", () => {
  const cases: [sets: number, reps: number, hold: number, DoseLang, DoseStyle, string][] = [
    [1, 1, 0, "en", "long", "1 set of 1"],
    [1, 10, 300, "en", "long", "1 set of 10, hold 5 minutes"],
    [3, 10, 5, "en", "long", "3 sets of 10, hold 5 seconds"],
    [2, 15, 1, "en", "long", "2 sets of 15, hold 1 second"],
    [3, 10, 60, "en", "long", "3 sets of 10, hold 1 minute"],
    [3, 10, 90, "en", "long", "3 sets of 10, hold 90 seconds"],
    [3, 10, 300, "en", "short", "3x10, hold 5 min"],
    [3, 10, 5, "en", "short", "3x10, hold 5 s"],
    [2, 15, 0, "en", "short", "2x15"],
    [1, 1, 0, "es", "long", "1 serie de 1"],
    [1, 8, 300, "es", "long", "1 serie de 8, mantener 5 minutos"],
    [3, 10, 5, "es", "long", "3 series de 10, mantener 5 segundos"],
    [3, 10, 60, "es", "long", "3 series de 10, mantener 1 minuto"],
    [3, 10, 1, "es", "long", "3 series de 10, mantener 1 segundo"],
    [3, 10, 120, "es", "short", "3x10, mantener 2 min"],
    [2, 12, 0, "es", "short", "2x12"],
  ];
  it.each(cases)("%i × %i hold %i s in %s (%s) → %s", (sets, reps, holdSeconds, lang, style, expected) => {
    expect(doseWords({ sets, reps, holdSeconds }, lang, style)).toBe(expected);
  });

  it("never says '1 sets', '300 s' or a bare seconds count of whole minutes", () => {
    for (const lang of ["en", "es"] as const) {
      for (const holdSeconds of [60, 120, 300, 600]) {
        const long = doseWords({ sets: 1, reps: 1, holdSeconds }, lang, "long");
        expect(long).not.toMatch(/\b1 (sets|series)\b|\d+ s\b|segundos|seconds/);
      }
    }
    expect(holdDuration(45, "es", "long")).toBe("45 segundos");
  });

  const frequencies: [times: number, days: number, DoseLang, string][] = [
    [1, 7, "en", ""],
    [2, 7, "en", "twice a day"],
    [3, 5, "en", "3 times a day, 5 days a week"],
    [1, 1, "en", "1 day a week"],
    [1, 7, "es", ""],
    [2, 3, "es", "2 veces al día, 3 días a la semana"],
    [1, 1, "es", "1 día a la semana"],
  ];
  it.each(frequencies)("%i a day, %i a week in %s → %s", (timesPerDay, daysPerWeek, lang, expected) => {
    expect(frequencyWords({ timesPerDay, daysPerWeek }, lang)).toBe(expected);
  });

  it("the dashboard line uses the same words", () => {
    expect(doseLine({ sets: 1, reps: 12, holdSeconds: 300, timesPerDay: 2, daysPerWeek: 5 })).toBe("1 set of 12, hold 5 minutes · twice a day, 5 days a week");
    expect(doseLine({ sets: 3, reps: 12, holdSeconds: 2, timesPerDay: 1, daysPerWeek: 7 }, "es")).toBe("3 series de 12, mantener 2 segundos");
  });
});
