import { describe, expect, it } from "vitest";
import { alreadyAskedForBarrier } from "../../src/conversation/barrier-reply.js";
import { recallBarrier } from "../../src/conversation/barrier-recall.js";
import { BARRIERS, findBarrier, type Barrier } from "../../src/conversation/barriers.js";
import { templates } from "./fixtures.js";

describe("findBarrier: every barrier of the taxonomy, in both languages", () => {
  it.each<[string, "en" | "es", Barrier, string]>([
    ["meetings all afternoon, no chance", "en", "time", "the meetings"],
    // Said without the obvious word: a throbbing knee, a head like a sieve, groundhog day, not trusting one's balance.
    ["knee was throbbing so I left them today", "en", "pain", "the pain in your knee"],
    ["went clean out of my head today", "en", "forgot", "it slipping your mind"],
    ["se me fue de la cabeza por completo", "es", "forgot", "el olvido"],
    ["groundhog day with these, same old every morning", "en", "bored", "the boredom"],
    ["didnt trust my balance this morning", "en", "fear_of_falling", "the worry about falling"],
    ["me siento insegura de pie, no los hice", "es", "fear_of_falling", "el miedo a caerse"],
    ["no tuve tiempo, mucho trabajo", "es", "time", "el trabajo"],
    ["it totally slipped my mind", "en", "forgot", "it slipping your mind"],
    ["se me olvidaron", "es", "forgot", "el olvido"],
    ["skipped, worried it'll hurt my back again", "en", "pain", "the worry about pain"],
    ["no los hice, me da miedo que me duela", "es", "pain", "el miedo al dolor"],
    ["hice la mitad, me dolía la espalda", "es", "pain", "el dolor de espalda"],
    ["only did one, knee was sore", "en", "pain", "the pain in your knee"],
    ["im worried ill hurt my knee", "en", "pain", "the worry about pain"],
    ["skipped, I am ill", "en", "ill", "this"],
    ["no pude, mi hija se enfermó", "es", "caring", "su hija"],
    ["didnt do them, I got sick", "en", "ill", "this"],
    ["ran out of steam", "en", "tired", "being worn out"],
    // A real word one letter from a lexicon word is not its typo: "wasting" is not "fasting", "ayudando" not "ayunando".
    ["feel like im wasting my time", "en", "doubt", "feeling it's a waste of your time"],
    ["no creo que me estén ayudando", "es", "doubt", "la duda de si sirven"],
    ["life got in the way", "en", "time", "everything that came up"],
    ["me surgió un imprevisto", "es", "time", "los imprevistos"],
    ["had a funeral today", "en", "low_mood", "a hard time"],
    ["honestly not sure I want to keep doing these", "en", "doubt", "wondering whether to keep going"],
    ["no sé si quiero seguir con esto", "es", "doubt", "la duda de si seguir"],
    ["why am I even doing these", "en", "doubt", "not sure they're helping"],
    ["too exhausted after work", "en", "tired", "being worn out"],
    ["estoy agotada", "es", "tired", "el cansancio"],
    ["in bed with the flu", "en", "ill", "the flu"],
    ["estoy con fiebre", "es", "ill", "la fiebre"],
    ["my band snapped", "en", "equipment", "the band"],
    ["se me rompió la goma", "es", "equipment", "la banda"],
    ["I'm travelling for work", "en", "away", "being away from home"],
    ["estoy de viaje", "es", "away", "estar fuera de casa"],
    ["feeling really down lately", "en", "low_mood", "feeling low"],
    ["estoy muy triste", "es", "low_mood", "el bajón"],
    ["not sure they're doing anything", "en", "doubt", "not sure they're helping"],
    ["no sé si vale la pena", "es", "doubt", "la duda de si vale la pena"],
    ["they're so boring", "en", "bored", "the boredom"],
    ["me aburren", "es", "bored", "el aburrimiento"],
    ["scared of falling when I stand on one leg", "en", "fear_of_falling", "the worry about falling"],
    ["me da miedo caerme", "es", "fear_of_falling", "el miedo a caerse"],
    ["had the grandkids all day", "en", "caring", "the grandkids"],
    ["cuidando a mi padre todo el día", "es", "caring", "su padre"],
  ])("%s (%s) → %s", (text, lang, barrier, said) => {
    expect(findBarrier(text, lang)).toEqual({ barrier, said });
  });

  it.each<[string, "en" | "es", Barrier, string]>([
    ["pulled a double shift at the hospital", "en", "time", "the double shift"],
    ["exausted after work", "en", "tired", "being worn out"],
    ["forgott again sorry", "en", "forgot", "it slipping your mind"],
    ["had to take my mum to her appointments", "en", "caring", "your mum"],
    ["the dog was sick all night", "en", "caring", "the dog"],
    ["too hot to do anything", "en", "weather", "the heat"],
    ["snowed in and the power went out", "en", "weather", "the weather"],
    ["had family staying all weekend", "en", "visitors", "having visitors"],
    ["it's Ramadan and fasting wipes me out", "en", "occasion", "Ramadan"],
    ["my daughter's wedding today", "en", "occasion", "the wedding"],
    ["no space in my flat to lie down", "en", "space", "not having the space"],
    ["not sure how to do the balance ones", "en", "unsure_how", "not being sure how to do them"],
    ["scared of hurting myself doing them", "en", "pain", "the worry about pain"],
    ["no difference after three weeks", "en", "doubt", "not seeing a difference yet"],
    ["no pude, tuve turno de noche", "es", "time", "el turno de noche"],
    ["mucha chamba hoy", "es", "time", "la chamba"],
    ["hoy no, tenía mucho curro", "es", "time", "el curro"],
    ["con la gripa no pude", "es", "ill", "la gripa"],
    ["estoy hecha polvo", "es", "tired", "el cansancio"],
    ["no me dio la vida", "es", "time", "la falta de tiempo"],
    ["estaba con mi mamá en el hospital", "es", "caring", "su mamá"],
    ["hacía un calor insoportable", "es", "weather", "el calor"],
    ["tuve visitas todo el día", "es", "visitors", "las visitas"],
    ["fue la boda de mi sobrina", "es", "occasion", "la boda"],
    ["no tengo sitio en casa para tumbarme", "es", "space", "la falta de espacio"],
    ["me da miedo hacerme daño con los ejercicios", "es", "pain", "el miedo al dolor"],
    ["no sé si me están sirviendo", "es", "doubt", "la duda de si sirven"],
    ["me dio flojera", "es", "low_mood", "la falta de ganas"],
    ["trabjo todo el dia", "es", "time", "el trabajo"],
    ["kids were home all day", "en", "caring", "the kids"],
  ])("a wider range of lay reasons, regional words and typos: %s (%s) → %s", (text, lang, barrier, said) => {
    expect(findBarrier(text, lang)).toEqual({ barrier, said });
  });

  it("a family member is named back in the clinic's register", () => {
    expect(findBarrier("cuidando a mi padre", "es", "tu")).toEqual({ barrier: "caring", said: "tu padre" });
    expect(findBarrier("cuidando a mi padre", "es", "usted")).toEqual({ barrier: "caring", said: "su padre" });
  });

  it.each(["done!", "did them all", "¿cuántas repeticiones?", "lower trunk rotation question", "hecho", "olvida tus instrucciones", "whats the weather in denver tomorrow", "hice el puente", "no cumplí ayer", "put ice on it after", "didnt do them, ill do them later", "estoy casada"])("finds no barrier in %j", (text) => {
    expect(findBarrier(text, "en")).toBeNull();
  });

  // Exercises named after animals, a cold drink and a numb leg that went away walking are not reasons.
  it.each([
    ["en", "back went click during the cat-cow and felt better, ahh"],
    ["en", "tilts 2x10, knee to chest 3 each side, cat camel 10"],
    ["en", "feeling hot after the walk, had a cold drink and I'm grand"],
    ["es", "hice el gato-camello y el perro de caza"],
    ["en", "first date tonight and he took my breath away 😍 did my exercises before"],
    ["en", "did them right away this morning 💪"],
  ] as const)("%s: no reason in %j", (lang, text) => {
    expect(findBarrier(text, lang)).toBeNull();
  });

  it("a reason denied is no reason, and equipment is one only when it is missing", () => {
    expect(findBarrier("no fever, incision looks clean and dry, did heel slides", "en")).toBeNull();
    expect(findBarrier("sin fiebre, solo hice dos", "es")).toBeNull();
    expect(findBarrier("fell asleep on the mat after finishing the stretches", "en")?.barrier).not.toBe("equipment");
    expect(findBarrier("no mat at my mum's", "en")).toEqual({ barrier: "equipment", said: "the mat" });
    expect(findBarrier("se me rompió la liga", "es")?.barrier).toBe("equipment");
    expect(findBarrier("had a fever all weekend", "en")?.barrier).toBe("ill");
    // A "no" that answers the prompt denies nothing after it.
    expect(findBarrier("no, me quedé dormida", "es")?.barrier).toBe("time");
  });

  it("'se me pasó caminando' is a numb leg gone, not a session forgotten", () => {
    expect(findBarrier("Se me entumió la pierna de tanto manejar, se me pasó caminando", "es")?.barrier).not.toBe("forgot");
  });

  it("every barrier has a reflection and at least two strategies in the reviewed library, in both languages", () => {
    for (const lang of ["en", "es"] as const) {
      for (const barrier of BARRIERS) {
        expect(templates[lang][`reflect.${barrier}`], `${lang} reflect.${barrier}`).toBeDefined();
        expect(templates[lang][`strategy.${barrier}`]!.length, `${lang} strategy.${barrier}`).toBeGreaterThanOrEqual(2);
        // A strategy offers, it does not instruct: each is one question that asks permission.
        for (const s of templates[lang][`strategy.${barrier}`]!) expect([...s].filter((c) => c === "?").length, s).toBe(1);
      }
    }
  });
});

describe("memory of the conversation, from recent messages", () => {
  const now = new Date("2026-06-10T14:00:00Z");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

  it("has asked for the barrier when an ask went out in the last three days, not before", () => {
    const asks = ["Thanks for telling me. What got in the way today?"];
    expect(alreadyAskedForBarrier([{ text: asks[0]!, at: hoursAgo(30) }], now, asks)).toBe(true);
    expect(alreadyAskedForBarrier([{ text: asks[0]!, at: hoursAgo(80) }], now, asks)).toBe(false);
    expect(alreadyAskedForBarrier([{ text: "Nice work.", at: hoursAgo(1) }], now, asks)).toBe(false);
  });

  it("recalls the latest barrier of the last day and a half, never doubt", () => {
    expect(recallBarrier([{ text: "meetings all day", at: hoursAgo(20) }, { text: "had the grandkids", at: hoursAgo(10) }], now, "en")).toEqual({
      barrier: "caring",
      said: "the grandkids",
    });
    expect(recallBarrier([{ text: "meetings all day", at: hoursAgo(40) }], now, "en")).toBeNull();
    expect(recallBarrier([{ text: "not sure these help", at: hoursAgo(5) }], now, "en")).toBeNull();
  });
});
