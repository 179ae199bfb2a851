import { describe, expect, it } from "vitest";
import { normalise } from "../../src/reading/normalize.js";
import { readMessage } from "../../src/reading/reader.js";

const PROMPT = ["Bridges", "Clamshells", "Wall sit"];

describe("a learner's grammar said the usual way", () => {
  it.each([
    ["I no can breathe good", "i cant breathe good"],
    ["she not wake up", "she cant wake up"],
    ["my father no want to do today", "my father doesnt want to do today"],
    ["please no send me more messages", "please dont send me more messages"],
    ["yesterday I do all", "yesterday i did all"],
    ["this morning I fall in bathroom", "this morning i fell in bathroom"],
    ["I stayed without force in the arm", "i lost strength in the arm"],
    ["he speak very strange", "he talking strange"],
    ["the face is falling one side", "the face is falling to one side"],
    ["I want receive the reminders", "i want to receive the reminders"],
    ["I write stop for mistake", "i write stop by mistake"],
    ["he is confuse", "he is confused"],
    ["almost I fall on the stairs", "i almost fell on the stairs"],
    ["I want again the reminders", "i want the reminders again"],
  ])("%j reads as %j", (raw, read) => expect(normalise(raw)).toBe(read));

  it.each([
    // A worry, a plan or a question keeps its present tense: only a fall that happened is one.
    ["I am scared I fall down on the stairs", "i fall down"],
    ["if I fall in the bathroom who do I call", "i fall in"],
    ["can I do today's ones tonight instead of this morning", "i do"],
    ["they're the only reason I do them", "i do them"],
    // "No" before a noun is a denial, not a learner's "cannot".
    ["hips fine, no pee problems, did my stuff", "no pee problems"],
    ["thanks for remember me, without you I forget", "i forget"],
  ])("%j keeps %j", (raw, kept) => expect(normalise(raw)).toContain(kept));

  it.each([
    ["no puedo breathe bien", "no puedo respirar bien"],
    ["no puedo sentir mi pierna", "no siento mi pierna"],
    ["no tengo fuerza en el brazo", "sin fuerza en el brazo"],
  ])("Spanish with English grammar: %j reads as %j", (raw, read) => expect(normalise(raw)).toBe(read));

  it("leaves the falls lexicon its own Spanish: no strength to get up", () => {
    expect(normalise("no tiene fuerzas para levantarse")).toBe("no tiene fuerzas para levantarse");
  });
});

describe("what a learner tells is read as what it is", () => {
  it.each([
    ["I no can breathe good, my chest is tight", "emergency"],
    ["this morning I fall in bathroom, no can stand up", "emergency"],
    ["my wife she not wake up good, talk strange", "emergency"],
    ["Is my husband, suddenly the face is falling one side and he speak very strange, words not coming right. What I do??", "emergency"],
    ["during squat I become all black in eyes, my wife say I was not awake maybe 1 minute", "emergency"],
    ["Yesterday I fall in garden when I do the balance, I get up alone, no hit head", "urgent"],
    ["Knee cap went to outside when I stand from chair, I see it on the side, very deformed, I can't straight the leg.", "emergency"],
    ["My father knee wound is red and smelling bad, today he is confuse and very hot", "emergency"],
    ["no tengo fuerza en el brazo y la pierna de repente", "emergency"],
    ["no puedo breathe bien y me aprieta el pecho", "emergency"],
  ] as const)("%j → %s", (text, level) => {
    const lang = /\b(?:tengo|puedo)\b/.test(text) ? "es" : "en";
    expect(readMessage({ text, lang, context: PROMPT }).escalate).toBe(level);
  });

  it.each([
    ["yesterday I do all, today also", "done"],
    ["Yes yes I do it, no worry", "done"],
    ["I have realized the three exercises as indicated", "done"],
    ["I forget! Sorry", "not_done"],
    ["not want receive this messages anymore, thanks", "stop"],
    ["Please no send me more messages, I finish the therapy", "stop"],
    ["I write stop for mistake, please send again the exercises", "start"],
    ["Yes, I want again the reminders, sorry I stop them before", "start"],
    ["Must I do the exercises also on Sunday or I rest?", "question"],
  ] as const)("%j is %s", (text, kind) => {
    expect(readMessage({ text, lang: "en", context: PROMPT }).kind).toBe(kind);
  });
});

describe("Spanish written through Portuguese, Italian or French", () => {
  it.each([
    ["Mi padre se ha tagliato con el cuchillo y sangra moltissimo, non si ferma", "emergency"],
    ["la mano izquierda y la pierna izquierda de repente non funcionano, non riesco a agarrar el vaso", "emergency"],
    ["Todos estarían mejor sem mim, soy só um peso para mi familia", "emergency"],
    ["He guardado todas las pastiglie del dolor, cuando sean bastantes las tomo todas", "emergency"],
    ["la rotule se fue al costado, la veo fuera de sitio y no puedo estirar la pierna", "emergency"],
    ["Caí de la escada esta manhã y bati la cabeza, vejo un poco borroso", "emergency"],
    ["Fait la mitad, después tuve que salir", "none"],
    ["C'est fait, hice los tres dos veces hoy", "none"],
  ] as const)("%j → %s", (text, level) => expect(readMessage({ text, lang: "es", context: PROMPT }).escalate).toBe(level));

  it.each([
    ["He fatto todos, todo bien, grazie", "done"],
    ["por favor paren de textearme, terminé con la terapia", "stop"],
    ["No paren de mandarme, me ayudan mucho, obrigada!", "chitchat"],
    ["Quiero recibir los mensajes dos veces en el día si es posible", "schedule"],
  ] as const)("%j is %s", (text, kind) => expect(readMessage({ text, lang: "es", context: PROMPT }).kind).toBe(kind));
});

describe("a sign for the therapist, asked about", () => {
  it.each([
    ["I've leaked a bit when I sneeze ever since my 3 kids, nothing new. do the pelvic floor ones help with that?", "question"],
    ["Desde el parto hace 6 años tengo pérdidas de orina al estornudar, ¿los puedo hacer también?", "question"],
    ["I've leaked a bit when I sneeze since having the kids", "pain"],
    ["no puedo hacer las sentadillas, me duele mucho la rodilla", "pain"],
  ] as const)("%j is %s, for the therapist", (text, kind) => {
    const reading = readMessage({ text, lang: /[ñ¿]|\bpuedo\b/.test(text) ? "es" : "en", context: PROMPT });
    expect([reading.kind, reading.escalate]).toEqual([kind, "therapist"]);
  });
});
