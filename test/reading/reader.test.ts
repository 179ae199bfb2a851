import { describe, expect, it } from "vitest";
import { readMessage } from "../../src/reading/reader.js";
import type { ReadInput } from "../../src/reading/reading.js";

const KNEE = ["Quad sets", "Heel slides", "Straight leg raises"];
const BACK = ["Pelvic tilts", "Bridges", "Bird dog"];
const ESPALDA = ["Puentes", "Almejas", "Perro de caza"];
const read = (text: string, extra: Partial<ReadInput> = {}) => readMessage({ text, context: KNEE, ...extra });

describe("carrier keywords", () => {
  it.each(["STOP", "stop", " Stop!! ", "STOPALL", "Unsubscribe.", "cancel", "END", "quit", "OPTOUT", "revoke", "PARAR", "alto", "Baja", "CANCELAR", "/stop", "/stop@hepbot_bot", "Stop por favor", "stop please"])(
    "%j opts out",
    (text) => expect(read(text)).toMatchObject({ kind: "stop", escalate: "none", sure: true }),
  );
  it.each(["START", "unstop", "/start", "Start.", "/start AB12CD"])("%j opts in", (text) => expect(read(text).kind).toBe("start"));
  it.each(["HELP", "info", "AYUDA", "/help", "Help?"])("%j asks for help", (text) => expect(read(text).kind).toBe("help"));

  it("reads YES as opting in only after an opt-out", () => {
    expect(read("YES", { optedOut: true }).kind).toBe("start");
    expect(read("YES", { optedOut: false }).kind).not.toBe("start");
  });
});

describe("a red flag inside an opt-out or a pause request", () => {
  it.each([
    ["please stop texting me, my chest feels like it is being crushed", "emergency"],
    ["stop sending these, everyone would be better off without me anyway", "emergency"],
    ["ya no me manden mensajes, mi papá no puede hablar bien y tiene la cara caída", "emergency"],
    ["can you pause the messages, my calf is red, hot and swollen", "urgent"],
    ["stop texting me, the pain is 9/10", "urgent"],
  ])("%j is a report, never an opt-out (%s)", (text, level) => expect(read(text)).toMatchObject({ kind: "pain", escalate: level }));

  it.each(["¿pueden parar los mensajes unos días?", "can you stop the messages for a couple of days", "no me manden nada un par de semanas"])(
    "%j pauses for a while: schedule, not an opt-out",
    (text) => expect(read(text).kind).toBe("schedule"),
  );
});

describe("stop in a sentence", () => {
  it.each(["please stop texting me", "don't text me anymore", "remove me from this list", "ya no me manden mensajes", "dejen de escribirme"])(
    "%j is an opt-out",
    (text) => expect(read(text).kind).toBe("stop"),
  );
  it.each([
    ["I had to stop halfway, phone rang", "partial"],
    ["stop texting me so early, 9am is better", "schedule"],
    ["do I stop if it hurts?", "question"],
    ["can't stop smiling today!", "chitchat"],
    ["I'm not going to quit, just skipped today", "not_done"],
  ])("%j is not (%s)", (text, kind) => {
    const reading = read(text);
    expect(reading.kind).toBe(kind);
    expect(reading.kind).not.toBe("stop");
  });
});

describe("completion and exercises from the prompt", () => {
  it.each([
    ["done ✅", "done"],
    ["Finshed the excercises 🙌", "done"],
    ["did the heel slides, quad sets and leg raises", "done"],
    ["did the heel slides and quad sets", "partial"],
    ["did 2 of 3", "partial"],
    ["did 3 of 3", "done"],
    ["did everything except the leg raises", "partial"],
    ["skipped today", "not_done"],
    ["not yet", "not_done"],
    ["didn't get to them, long day", "not_done"],
  ])("%j → %s", (text, kind) => expect(read(text).kind).toBe(kind));

  it("names the exercises the patient mentioned", () => {
    expect(read("did the heel slides and quad sets").exercises).toEqual(["Quad sets", "Heel slides"]);
    expect(readMessage({ text: "solo hice los puentes", context: ESPALDA })).toMatchObject({ kind: "partial", exercises: ["Puentes"] });
  });

  it("does not take a sore body part for an exercise", () => {
    const reading = readMessage({ text: "finished, knee only hurts a tiny bit", context: ["Mini squats", "Step-ups", "Terminal knee extension"] });
    expect(reading.kind).toBe("done");
  });
});

describe("pain scores and kind", () => {
  it.each([
    ["done, pain 3/10", "done", 3, "none"],
    ["finished but pain is 7 out of 10", "pain", 7, "therapist"],
    ["did them. pain 5.", "pain", 5, "therapist"],
    ["knee is a nine out of ten", "pain", 9, "urgent"],
    ["Done ✅ pain 8/10 tho", "pain", 8, "urgent"],
    ["terminé, dolor dos de diez", "done", 2, "none"],
    ["me duele la espalda, un 6 de 10", "pain", 6, "therapist"],
    ["bit sore today", "pain", null, "none"],
  ] as const)("%j → %s, pain %s, %s", (text, kind, pain, escalate) => {
    expect(read(text)).toMatchObject({ kind, pain, escalate });
  });
});

describe("denials", () => {
  it.each([
    "no pain, no numbness, all done",
    "didn't feel any tingling today, done",
    "No chest pain or breathing issues this time. All done.",
    "didnt fall this time lol, all done",
    "terminé, sin dolor ni hormigueo",
  ])("%j raises no flag", (text) => {
    expect(read(text)).toMatchObject({ escalate: "none", redFlags: [] });
  });

  it("a denial in one clause does not cancel a red flag in the next", () => {
    expect(read("no pain but my chest feels tight").escalate).toBe("emergency");
  });
});

describe("red flags buried in cheerful completions", () => {
  it.each([
    ["All done!! 😊 felt faint and blacked out for a sec after", "emergency"],
    ["done ✅ chest pressure came back during the last set but probably nothing", "emergency"],
    ["Did all 3 🙌 calf swollen since yesterday and I get out of breath walking", "emergency"],
    ["finished! the scar is warm and red with some discharge", "urgent"],
    ["Done!! calf's a bit swollen and sore", "urgent"],
    ["hechos todos 👍 pero me falta el aire", "emergency"],
  ])("%j is a pain report escalated to %s", (text, escalate) => {
    expect(read(text)).toMatchObject({ kind: "pain", escalate });
  });

  it("HELP with a fall and no way up is an emergency, not a help request", () => {
    expect(read("HELP I fell and can't get up")).toMatchObject({ kind: "pain", escalate: "emergency" });
  });
});

describe("questions", () => {
  it.each([
    ["how mnay reps?", "none"],
    ["should I feel the bridges in my hamstrings?", "none"],
    ["can I take ibuprofen before the exercises?", "therapist"],
    ["when can I drive again?", "therapist"],
    ["¿cuántas repeticiones de los puentes?", "none"],
  ])("%j is a question escalated to %s", (text, escalate) => {
    expect(readMessage({ text, context: BACK })).toMatchObject({ kind: "question", escalate });
  });

  it("an off-program question is not a question about the program", () => {
    expect(read("whats the weather in denver tomorrow").kind).toBe("other");
    expect(read("prescribe me oxycodone").escalate).toBe("none");
  });
});

describe("typos", () => {
  it.each(["finsihed all of em", "compleated them", "dun ✔️"])("%j is done", (text) => expect(read(text).kind).toBe("done"));
  it("corrects misspelled red-flag words", () => {
    expect(read("cant breath properly").escalate).toBe("emergency");
    expect(read("wound is swolen and hot").escalate).toBe("urgent");
  });
});

describe("the reading itself", () => {
  it("is deterministic and records what decided it", () => {
    const a = read("did 2 of 3, back pain 6/10");
    expect(read("did 2 of 3, back pain 6/10")).toEqual(a);
    expect(a).toMatchObject({ source: "rules", kind: "pain", pain: 6 });
    expect(a.rule).toContain("pain-score");
  });
});
