import { describe, expect, it } from "vitest";
import { programChangeWords, type ChangeItem } from "../../../src/care/programs/program-change.js";
import { loadReminderTemplates, programUpdateLine, renderPrompt } from "../../../src/scheduler/prompt-content.js";

const item = (name: string, sets = 3, reps = 10, holdSeconds = 0): ChangeItem => ({ name, sets, reps, holdSeconds });

describe("programChangeWords: what changed, in the patient's words", () => {
  const rows: [string, ChangeItem[], ChangeItem[], "en" | "es", "short" | "long", string][] = [
    ["a dose", [item("Bridges")], [item("Bridges", 1, 10, 300)], "en", "long", "Bridges now 1 set of 10, hold 5 minutes"],
    ["a dose on SMS", [item("Bridges")], [item("Bridges", 1, 10, 300)], "en", "short", "Bridges now 1x10, hold 5 min"],
    ["added and stopped", [item("Bridges"), item("Clams")], [item("Bridges"), item("Squats")], "en", "long", "added Squats; stopped Clams"],
    ["Spanish", [item("Puentes")], [item("Puentes", 2, 12), item("Almejas")], "es", "long", "Puentes ahora 2 series de 12; nuevo: Almejas"],
    ["order only", [item("A"), item("B")], [item("B"), item("A")], "en", "long", ""],
    ["many", [item("A")], [item("B"), item("C"), item("D"), item("E")], "en", "short", "added B; added C; added D; and 2 more changes"],
    ["muchos", [], [item("B"), item("C"), item("D"), item("E")], "es", "short", "nuevo: B; nuevo: C; nuevo: D; y 1 cambio más"],
  ];
  it.each(rows)("%s", (_, before, after, lang, style, expected) => {
    expect(programChangeWords(before, after, lang, style)).toBe(expected);
  });

  it("opens the prompt, short, in the patient's language and register", () => {
    const templates = loadReminderTemplates();
    expect(programUpdateLine(templates, "en", undefined, "added Squats")).toBe("Your therapist updated your program: added Squats.");
    expect(programUpdateLine(templates, "es", "usted", "")).toBe("Su terapeuta ha cambiado su programa.");
    expect(programUpdateLine(templates, "es", "tu", "nuevo: Almejas")).toBe("Tu terapeuta ha cambiado tu programa: nuevo: Almejas.");
    const line = programUpdateLine(templates, "es", "usted", "Elevación ahora 1x10");
    const sms = renderPrompt([{ name: "Elevación", sets: 1, reps: 10, holdSeconds: 0, videoUrl: "https://v.example/e" }], "es", "sms", templates, "usted", [line, "Ayer se le pasó."]);
    expect(sms.text.split("\n").slice(0, 3)).toEqual(["Su terapeuta ha cambiado su programa: Elevacion ahora 1x10.", "Ayer se le paso.", "Hora de sus ejercicios de hoy:"]);
  });
});
