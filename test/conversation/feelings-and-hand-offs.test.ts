import { describe, expect, it } from "vitest";
import { handOffTopic, type HandOffTopic } from "../../src/conversation/hand-off.js";
import { answeredPainScore, changeNoticed, sessionFeeling, type SessionFeeling } from "../../src/conversation/session-feeling.js";

describe("changeNoticed: the change a patient noticed, in their words, to be said back (#12)", () => {
  it.each<[string, string | null]>([
    ["done! knee felt way less stiff today", "way less stiff"],
    ["finished them, bit easier than last week", "bit easier than last week"],
    ["did them, stronger than before 💪", "stronger than before"],
    ["hechos, la rodilla está más suelta que ayer", "más suelta que ayer"],
    ["listo, ya me cuesta menos, está menos rígida", "menos rígida"],
    ["done, felt better", null],
    ["done", null],
  ])("%j → %j", (text, said) => {
    expect(changeNoticed(text)).toBe(said);
  });
});

describe("sessionFeeling: how a done session felt (#12)", () => {
  it.each<[string, SessionFeeling | null]>([
    ["done but it hurt", "hurt"],
    ["done, but my knee was sore", "hurt"],
    ["los hice pero me dolió", "hurt"],
    ["ya los hice pero me dolieron un poco", "hurt"],
    ["did them, felt great", "good"],
    ["done! felt really good today", "good"],
    ["hechos, me sentí genial", "good"],
    ["done, didn't hurt at all", "good"],
    ["hechos, sin dolor", "good"],
    ["yep did them, ouch", "hurt"],
    ["did them! my leg feels so much better", "good"],
    ["completed, felt awesome", "good"],
    ["done, it was easy today", "good"],
    ["done", null],
    ["hechos, pero los odio", "disliked"],
    // The feeling grammar (#12): dislike, effort and a good session, both languages, texting forms.
    ["done but hated it", "disliked"],
    ["done. ugh.", "disliked"],
    ["ya los hice, qué pesados", "disliked"],
    ["los hice, q flojera", "disliked"],
    ["done 🙄", "disliked"],
    ["done, that was tough", "hard"],
    ["did them but I'm so tired now", "hard"],
    ["did it, took forever", "hard"],
    ["lo hice pero me costó", "hard"],
    ["hice todos, estoy agotada", "hard"],
    ["done, not easy today", "hard"],
    ["done 😩", "hard"],
    ["finally did them, felt great", "good"],
    ["finished, proud of myself", "proud"],
    ["did them all 💪", "good"],
    ["done, wasn't hard at all", "good"],
    ["listo, me sentí súper bien", "good"],
    ["listo, fue fácil hoy", "good"],
    ["ya hice todo y me siento mejor", "good"],
    ["hechos, no me costaron nada", "good"],
    ["finally done, that was rough", "hard"],
    ["did all of them, bit of a slog", "hard"],
    ["done but my legs are jelly", "hard"],
    ["hechos, pero qué duro", "hard"],
    ["ya los hice, fue pesado", "hard"],
    ["done but that sucked", "disliked"],
    ["listo 😊", "good"],
    ["did them, took it easy", null],
    ["apenas los hice", null],
  ])("%s", (text, feeling) => {
    expect(sessionFeeling(text)).toBe(feeling);
  });
});

describe("answeredPainScore: a bare answer to 'from 0 to 10?'", () => {
  it.each<[string, number | null]>([
    ["4", 4],
    ["a 6", 6],
    ["un 3", 3],
    ["about 5 out of 10", 5],
    ["0", 0],
    ["11", null],
    ["4 sets done", null],
    ["did 2 of them", null],
  ])("%s", (text, score) => {
    expect(answeredPainScore(text)).toBe(score);
  });
});

describe("handOffTopic: clinical questions hepbot hands to the therapist", () => {
  it.each<[string, HandOffTopic | null]>([
    ["can I take ibuprofen before the exercises?", "medication"],
    ["tomo anticoagulantes, ¿afecta?", "medication"],
    ["I'm pregnant, is it ok to keep doing these?", "pregnancy"],
    ["should I use heat or ice after?", "heat_ice"],
    ["¿me pongo hielo o calor después?", "heat_ice"],
    ["can I use Voltaren cream on it?", "cream"],
    ["¿puedo usar una crema antiinflamatoria?", "cream"],
    ["is it ok to use a towel instead of the band?", "equipment"],
    ["¿puedo usar una botella de agua como pesa?", "equipment"],
    ["can you ask my therapist to call me", "call_me"],
    ["¿pueden llamarme de la clínica?", "call_me"],
    ["which one is the heel slides?", null],
    ["how many sets of bridges?", null],
    // The therapist asked for by name or title (#12).
    ["can Dr Patel call me", "call_me"],
    ["could Sarah give me a ring", "call_me"],
    ["I want to talk to Laura", "call_me"],
    ["can I speak with Dr. Nguyen?", "call_me"],
    ["quiero hablar con Laura", "call_me"],
    ["quiero hablar con la doctora García", "call_me"],
    ["¿me puede llamar la doctora García?", "call_me"],
    ["I want to talk to you about my knee", null],
    ["I need to talk to my wife first", null],
    ["quiero hablar con usted", null],
    ["talk to me about the squats", null],
    // Where the exercises are done (#12).
    ["can I do them on the bed instead of the floor", "surface"],
    ["is it ok to do the bridges on my bed?", "surface"],
    ["¿puedo hacerlos en la cama en vez del suelo?", "surface"],
    ["¿sirve una silla en lugar del escalón?", "equipment"],
    ["I did them on the floor", null],
  ])("%s", (text, topic) => {
    expect(handOffTopic(text)).toBe(topic);
  });
});
