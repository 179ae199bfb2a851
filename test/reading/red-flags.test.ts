import { describe, expect, it } from "vitest";
import { normalise } from "../../src/reading/normalize.js";
import { CONCEPT_RULES } from "../../src/reading/concepts/catalogue.js";
import { painScoreLevel, RED_FLAG_RULES, screenRedFlags, strictestLevel } from "../../src/reading/red-flags.js";
import { maxLevel } from "../../src/reading/reading.js";

const screen = (text: string, isQuestion = false) => screenRedFlags(normalise(text), { isQuestion });
const level = (text: string) => strictestLevel(screen(text));

describe("the rules as data", () => {
  it("have unique ids, a clinician-readable description, and patterns in both languages", () => {
    const ids = RED_FLAG_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RED_FLAG_RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.en.length, `${rule.id} en`).toBeGreaterThan(0);
      expect(rule.es.length, `${rule.id} es`).toBeGreaterThan(0);
    }
  });

  it("cover every emergency family of LABELS.md", () => {
    // The concept catalogue is the home of most families; the older table keeps the rest.
    const emergency = [...RED_FLAG_RULES, ...CONCEPT_RULES].filter((r) => r.level === "emergency").map((r) => r.id);
    expect(emergency).toEqual(
      expect.arrayContaining(["chest-pain", "breathing-trouble", "stroke-signs", "fainting", "heavy-bleeding", "self-harm", "head-strike", "fall-cannot-get-up", "calf-and-breathing", "cauda-equina"]),
    );
  });
});

describe("lay language, English and Spanish", () => {
  it.each([
    ["feels like someone is sitting on my chest", "emergency"],
    ["can't catch my breath", "emergency"],
    ["no puedo respirar", "emergency"],
    ["his face is drooping and his speech is slurred", "emergency"],
    ["se le cayó la cara de un lado", "emergency"],
    ["I passed out in the kitchen", "emergency"],
    ["me desmayé", "emergency"],
    ["the wound is bleeding loads and won't stop", "emergency"],
    ["la herida sangra mucho", "emergency"],
    ["I don't want to be alive anymore", "emergency"],
    ["ya no quiero vivir", "emergency"],
    ["fell and hit my head", "emergency"],
    ["me caí y me golpeé la cabeza", "emergency"],
    ["fell in the hall, can't get up", "emergency"],
    ["wet myself without noticing and my back is agony", "emergency"],
    ["se me durmió la zona entre las piernas", "emergency"],
    ["calf swollen and I'm short of breath", "emergency"],
    ["new tingling down my leg", "urgent"],
    ["tengo hormigueo en el brazo", "urgent"],
    ["incision is red and the redness is spreading", "urgent"],
    ["tengo fiebre y la herida supura", "urgent"],
    ["my calf is swollen and tender", "urgent"],
    ["tripped on the step, got up fine", "urgent"],
    ["me caí pero me levanté sola", "urgent"],
    ["felt a pop in my knee, sudden sharp pain", "urgent"],
    ["pain is much worse than last week and not settling", "urgent"],
    ["can't do the bridges, they hurt too much", "therapist"],
    ["I'd like to talk to my therapist", "therapist"],
    ["these are way too easy", "therapist"],
    ["the resistance band snapped", "therapist"],
    ["feeling really down, what's the point", "therapist"],
    ["me siento muy desanimada", "therapist"],
    // A fear of toppling, an exercise the pain stops ("screams"), a pregnancy, equipment gone, a call asked for by name.
    ["I didn't attempt the tandem as I'm frightened of toppling over", "therapist"],
    ["my thigh screams as soon as the heel leaves the bed so I gave up on that one", "therapist"],
    ["my band is gone (dog ate it), what can I use instead til I get a new one?", "therapist"],
    ["Necesito hablar con la licenciada Ortiz, ¿me marca cuando pueda porfa?", "therapist"],
    // Winded without a cause that explains it stays an emergency.
    ["out of breath after the squats and it won't settle", "emergency"],
  ])("%j → %s", (text, expected) => expect(level(text)).toBe(expected));
});

describe("what is not a red flag", () => {
  it.each([
    "should I feel the doorway stretch across my chest?",
    "did 10 calf raises",
    "fell asleep after the exercises",
    "not numb, just a bit stiff",
    "no me golpeé la cabeza, estoy bien",
    "breathing is fine",
    "the band is the right colour",
    "stopped feeling that pinch finally",
    "do I stop if it hurts?",
    // Harmless causes said with the sign: effort and fitness, a cramp stretched out, a cold, a foot asleep that came back.
    "out of breath after side planks haha need to get fitter, done tho",
    "me faltó el aire en la caminata porque subí la loma rápido",
    "got a calf cramp halfway through the calf raises, stretched it out and finished",
    "did them, bit of a cough today from a cold",
    "did everything, foot fell asleep in the piriformis stretch lol, fine after shaking it out",
    "la cicatriz me pica pero está cerradita y sin rojez, la enfermera dijo que es normal",
  ])("%j", (text) => expect(level(text)).toBe("none"));

  it("a pregnancy is a clinician's question when asked about", () => {
    expect(strictestLevel(screen("Found out I'm expecting 🎉 Are any of these exercises ones I should stop now?", true))).toBe("therapist");
    expect(strictestLevel(screen("I'm expecting my grandkids this weekend, which exercises are today's?", true))).toBe("none");
  });

  it("asks about medicines only count as clinician questions when asked", () => {
    expect(level("prescribe me oxycodone")).toBe("none");
    expect(strictestLevel(screen("can I take oxycodone?", true))).toBe("therapist");
  });
});

describe("the strictest rule wins and is never downgraded", () => {
  it("reports every matching rule", () => {
    const ids = screen("fell, hit my head, and now I'm tingling").map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(["head-strike", "fall", "limb-numbness-weakness"]));
    expect(level("fell, hit my head, and now I'm tingling")).toBe("emergency");
  });

  it("a completion does not soften a red flag", () => {
    expect(level("all done, great session! chest pain though")).toBe("emergency");
  });

  it("self-harm is flagged even when phrased with a denial", () => {
    expect(level("I don't see any reason to keep living")).toBe("emergency");
  });

  it("maps pain scores to levels", () => {
    expect([0, 4, 5, 7, 8, 10, null].map((p) => painScoreLevel(p)?.level ?? "none")).toEqual([
      "none", "none", "therapist", "therapist", "urgent", "urgent", "none",
    ]);
    expect(maxLevel("therapist", "emergency", "urgent")).toBe("emergency");
    expect(maxLevel()).toBe("none");
  });
});
