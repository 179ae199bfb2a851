import { describe, expect, it } from "vitest";
import { normalise } from "../../src/reading/normalize.js";
import { readMessage } from "../../src/reading/reader.js";
import { heardAs, readsAsSpanish, withItsG } from "../../src/reading/spelled-by-ear.js";

describe("Spanish spelt by ear", () => {
  it.each([
    ["me duele la cabesa", "me duele la cabeza"],
    ["no puedo mober el braso", "no puedo mover el brazo"],
    ["ise los ejersisios", "hice los ejercicios"],
    ["dolor de nuebe, ni dormi", "dolor de nueve, ni dormi"],
    ["ocho de dies", "ocho de diez"],
    ["estoi sin fuersa", "estoy sin fuerza"],
  ])("%j reads as %j", (raw, read) => expect(normalise(raw)).toBe(read));

  it.each([
    // Real words that only sound like a word the rules know.
    ["el perro de caza no me salio", "caza"],
    // English is not heard as Spanish, even with a Spanish-looking word in it.
    ["0/10 pain 10/10 vibes. finished", "vibes"],
    ["the pain dies down after the bridges", "dies"],
  ])("%j keeps %j", (raw, word) => expect(normalise(raw)).toContain(word));

  it("leaves a doubled letter to the typo corrector, and hears a short word only as one of the rules' own words", () => {
    expect(heardAs("programme")).toBeNull();
    expect(heardAs("ise")).toBe("hice");
    expect(heardAs("pis")).toBeNull();
    expect(heardAs("cabeza")).toBeNull();
  });

  it.each([
    ["me duele ocho de dies desde anoche", true],
    ["dolor sinco", true],
    ["did them pain was a sevin", false],
    ["Mi knee is killing me", false],
  ] as const)("%j reads as Spanish: %s", (text, spanish) => expect(readsAsSpanish(text.toLowerCase())).toBe(spanish));

  it.each([
    ["de repente no me puedo mober el vrazo isquierdo ni la pierna isquierda", "emergency", null],
    ["ise los ejersisios pero me aprieta el corason y me duele la kijada", "emergency", null],
    ["me tome la pastiya nueba y se me isieron los labios grandotes y la lengua ynchada", "emergency", null],
    ["la erida esta roja y caliente y lo rojo se esta esparsiendo", "urgent", null],
    ["ise los ejersisios pero el dolor subio a dies", "urgent", 10],
    ["dolor sinco", "therapist", 5],
  ] as const)("%j is %s with pain %s", (text, level, pain) => {
    const reading = readMessage({ text, lang: "es" });
    expect(reading.escalate).toBe(level);
    expect(reading.pain).toBe(pain);
  });

  it("gives English its dropped g back only where the rules know the word", () => {
    expect(withItsG("textin")).toBe("texting");
    expect(withItsG("jardin")).toBeNull();
  });
});

describe("English spelt by ear", () => {
  it.each([
    ["pain is a ate out of ten since last nite", "pain is a eight out of ten since last night"],
    ["did them all pain is for out of ten", "did them all pain is four out of ten"],
    ["both legs feel week and wobbly", "both legs feel weak and wobbly"],
    ["herd a pop and now i cant put wait on it", "heard a pop and now i cant put weight on it"],
  ])("%j reads as %j", (raw, read) => expect(normalise(raw)).toBe(read));

  it.each([
    ["i ate out with my sister, did the exercises after", "ate"],
    ["skipping this week, im away", "this week"],
    ["im waiting for the band, can i put it on hold for a week", "for a week"],
    ["he keeps saying he wishes hed never been born", "hed"],
  ])("%j keeps %j", (raw, kept) => expect(normalise(raw)).toContain(kept));

  it.each([
    ["pressher in my chest and my jaw akes, feel sik to my stomick", "emergency", null],
    ["my family wud be beter off with out me", "emergency", null],
    ["broke out in hives all over after the cream and my throte is closin up", "emergency", null],
    ["nee pane is nien out of ten cant sleap", "urgent", 9],
    ["did them pain was a sevin", "therapist", 7],
  ] as const)("%j is %s with pain %s", (text, level, pain) => {
    const reading = readMessage({ text, lang: "en" });
    expect(reading.escalate).toBe(level);
    expect(reading.pain).toBe(pain);
  });
});

describe("Spanish with the words of a neighbouring mother tongue", () => {
  it.each([
    ["la rodilla dói demasiado cuando subo", "la rodilla duele demasiado cuando subo"],
    ["tengo formigamento en la pierna", "tengo hormigueo en la pierna"],
    ["la pantorrilla está gonfia", "la pantorrilla esta hinchada"],
  ])("%j reads as %j", (raw, read) => expect(normalise(raw)).toBe(read));

  it("leaves English alone", () => expect(normalise("the dor is stuck")).toBe("the dor is stuck"));
});

describe("opting out and back in, in a second language or by ear", () => {
  it.each([
    ["Please let me withdraw from this reminder service.", "stop"],
    ["No need send me anymore. Thank.", "stop"],
    ["Don't write me no more please, I finish with the therapy.", "stop"],
    ["Ya no mandar mensaje a mí. Gracias.", "stop"],
    ["kitenme de la lista", "stop"],
    ["pleese stop textin me", "stop"],
    ["ESTOP", "stop"],
    ["Sorry, before I say stop, now please send again.", "start"],
    ["i sent stop by acident, pleese start agen", "start"],
    ["Sí, quiero recibirlos otra vez. UNSTOP", "start"],
    ["I want to return to receive the messages please, I changed my opinion.", "start"],
    // Not opt-outs: an exercise stopped, the messages kept.
    ["had to stop haf way thru, the phone rang", "partial"],
  ] as const)("%j is %s", (text, kind) => {
    const context = kind === "partial" ? { context: ["Sit to stand", "Calf raises", "Hamstring stretch"] } : {};
    expect(readMessage({ text, lang: /[áéíóúñ]|\b(?:ya|de|la)\b/i.test(text) ? "es" : "en", ...context }).kind).toBe(kind);
  });
});

describe("a sign's words in another sense", () => {
  it.each([
    ["¿Las almejas se hacen acostada de lado o boca arriba?", "none"],
    ["My heart is heavy today because my dog is sick at the vet. Exercises I will do in the evening.", "none"],
    ["se me cayó la boca de lado y no puedo hablar bien", "emergency"],
    ["my heart feels heavy and my left arm aches", "emergency"],
  ] as const)("%j is %s", (text, level) => expect(readMessage({ text, lang: /[¿áéíóúñ]|\bse\b/.test(text) ? "es" : "en" }).escalate).toBe(level));
});

describe("the answer to a reminder in a second language", () => {
  const context = ["Heel slides", "Ankle pumps", "Glute sets"];
  it.each([
    ["Me finish all 3 exercise already, pain 0.", "done", "none"],
    ["Made all. Knee says thank you 😄", "done", "none"],
    ["Heel slide cannot, knee very pain when bend, so I only do ankle pumps.", "pain", "therapist"],
    ["I will finish them all tonight", "not_done", "none"],
  ] as const)("%j is %s, %s", (text, kind, level) => {
    const reading = readMessage({ text, lang: "en", context });
    expect([reading.kind, reading.escalate]).toEqual([kind, level]);
  });

  it("reads an exercise given up for a burning neck, in Spanish", () => {
    const reading = readMessage({ text: "El estiramiento del trapecio no puedo, el cuello me quema cuando inclino.", lang: "es" });
    expect(reading.escalate).toBe("therapist");
  });
});

describe("signs told by ear or through another mother tongue", () => {
  it.each([
    ["de repente nomepuedo mober el vrazo isquierdo ni la pierna isquierda", "es", "emergency"],
    ["fell on my rist and its bent funny like a fork, cant move it at all", "en", "emergency"],
    ["la pantorrilla me duele mucho y está gonfia. Ahora también me falta el respiro cuando hablo.", "es", "emergency"],
    ["su espalda de mi esposo le duele harto y ya no está pudiendo orinar desde la mañana", "es", "emergency"],
    ["me duele la rodiya sais de dies", "es", "therapist"],
  ] as const)("%j is %s", (text, lang, level) => expect(readMessage({ text, lang }).escalate).toBe(level));
});
