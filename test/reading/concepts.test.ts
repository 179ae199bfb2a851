import { describe, expect, it } from "vitest";
import { CONCEPT_RULES, SAFETY_NET_RULE } from "../../src/reading/concepts/catalogue.js";
import { typoCorrector } from "../../src/reading/concepts/typos.js";
import { normalise } from "../../src/reading/normalize.js";
import { readMessage } from "../../src/reading/reader.js";
import type { EscalationLevel } from "../../src/reading/reading.js";

const read = (text: string, lang?: "en" | "es") => readMessage({ text, lang });

type Case = readonly [text: string, level: EscalationLevel];

const SYNDROMES: Record<string, { en: Case[]; es: Case[] }> = {
  stroke: {
    en: [
      ["my husband's face is drooping on one side", "emergency"],
      ["this is his daughter, dad's words are all jumbled", "emergency"],
      ["mom suddenly lost sight in her right eye", "emergency"],
      ["grandpa is suddenly confused and doesnt know where he is", "emergency"],
      ["my arm and leg on the left went weak out of nowhere", "emergency"],
      ["half my face went numb", "emergency"],
    ],
    es: [
      ["a mi esposo se le cayó la cara de un lado", "emergency"],
      ["mi mamá habla arrastrando las palabras", "emergency"],
      ["de repente se me durmió todo el lado derecho", "emergency"],
    ],
  },
  acs: {
    en: [
      ["like a brick on my chest", "emergency"],
      ["his chest feels squeezed like a vise", "emergency"],
      ["ache spreading up into my jaw", "emergency"],
      ["my arm aches and I've broken out in a cold sweat", "emergency"],
      ["cheast hurts a lot", "emergency"],
    ],
    es: [
      ["siento como una piedra en el pecho", "emergency"],
      ["dolor que se me corre a la mandíbula", "emergency"],
    ],
  },
  "pe-dvt": {
    en: [
      ["my calf is puffy and tender", "urgent"],
      ["her calf is swollen and she's gasping", "emergency"],
      ["spitting up blood since lunch", "emergency"],
    ],
    es: [
      ["tengo el gemelo duro y caliente", "urgent"],
      ["escupo sangre al toser", "emergency"],
    ],
  },
  "cauda-equina": {
    en: [
      ["I peed myself without noticing, back is awful", "emergency"],
      ["can't feel anything when I wipe", "emergency"],
      ["he's had trouble passing urine since yesterday", "emergency"],
      ["my bladder has leaked since I had the kids", "therapist"],
    ],
    es: [
      ["se me escapa la orina y me duele la espalda", "emergency"],
      ["tengo la zona íntima adormecida", "emergency"],
    ],
  },
  anaphylaxis: {
    en: [
      ["her lips are puffing up after the new tablet", "emergency"],
      ["my throat is getting tight and I can't swallow", "emergency"],
    ],
    es: [["se me hinchó la lengua", "emergency"]],
  },
  sepsis: {
    en: [
      ["wound is oozing, I have a high fever and rigors", "emergency"],
      ["his incision is red and he is very confused", "emergency"],
      ["fever and my teeth are chattering", "emergency"],
    ],
    es: [["tengo fiebre alta y estoy tiritando", "emergency"]],
  },
  "wound-infection": {
    en: [
      ["the stitches are leaking green stuff", "urgent"],
      ["running a temperature since the op", "urgent"],
    ],
    es: [["la herida huele mal", "urgent"]],
  },
  injury: {
    en: [
      ["heard a crack in my wrist and it's swelling fast", "urgent"],
      ["I think I broke my ankle", "urgent"],
      ["his kneecap popped out and is still out", "emergency"],
      ["her leg is turned out and shorter", "emergency"],
    ],
    es: [
      ["sentí un tronido en el tobillo", "urgent"],
      ["tiene la pierna más corta y torcida", "emergency"],
    ],
  },
  syncope: {
    en: [
      ["he collapsed on the stairs", "emergency"],
      ["everything went black and I woke up on the floor", "emergency"],
    ],
    es: [["se desmayó en el baño", "emergency"]],
  },
  falls: {
    en: [
      ["mom fell and is still on the floor", "emergency"],
      ["I tripped and banged my head", "emergency"],
      ["I took a tumble on the stairs", "urgent"],
      ["I almost fell but grabbed the rail in time", "therapist"],
      ["scared I'll fall doing the balance work", "therapist"],
    ],
    es: [
      ["mi papá se cayó y no lo podemos levantar", "emergency"],
      ["me caí en la calle", "urgent"],
      ["casi me caigo en la ducha", "therapist"],
    ],
  },
  "self-harm": {
    en: [
      ["I'm such a burden on my family", "emergency"],
      ["my son says we'd all be better off without him", "emergency"],
      ["she's been stockpiling her sleeping pills", "emergency"],
      ["I don't want to wake up tomorrow", "emergency"],
      ["I've been saying goodbye to people", "emergency"],
    ],
    es: [
      ["siento que soy una carga", "emergency"],
      ["estoy poniendo mis cosas en orden", "emergency"],
    ],
  },
  bleeding: {
    en: [["blood is pouring from the wound", "emergency"]],
    es: [["sangra muchísimo y no para", "emergency"]],
  },
  neuro: {
    en: [
      ["my foot slaps the floor when I walk", "urgent"],
      ["electric shocks down my leg", "urgent"],
      ["tingling in my fingers since yesterday", "urgent"],
    ],
    es: [
      ["tengo hormigueo en el pie", "urgent"],
      ["arrastro el pie derecho", "urgent"],
    ],
  },
  "high-pain": {
    en: [
      ["the pain is through the roof", "urgent"],
      ["pain is 12/10", "urgent"],
    ],
    es: [["el dolor es insoportable", "urgent"]],
  },
};

describe("red flags as clinical concepts", () => {
  for (const [syndrome, { en, es }] of Object.entries(SYNDROMES)) {
    describe(syndrome, () => {
      it.each(en)("%s → %s", (text, level) => expect(read(text, "en").escalate).toBe(level));
      it.each(es)("%s → %s", (text, level) => expect(read(text, "es").escalate).toBe(level));
    });
  }
});

describe("the speaker never lowers the level", () => {
  it.each([
    ["my chest is tight", "this is his wife, his chest is tight"],
    ["I can't get up off the floor", "my mom can't get up off the floor"],
    ["I've been saving up my pills", "my daughter has been saving up her pills"],
    ["me hice pis sin darme cuenta", "mi papá se hizo pis sin darse cuenta"],
  ])("%s / %s", (patient, relative) => {
    expect(read(relative).escalate).toBe(read(patient).escalate);
    expect(read(relative).escalate).toBe("emergency");
  });
});

describe("denials, hypotheticals and mild words are not red flags", () => {
  it.each([
    "no numbness or tingling",
    "no chest pain today",
    "a bit sore after the squats",
    "knee is a little stiff, 3/10",
    "no pain at all",
    "what if my knee swells?",
    "if I ever get numbness do I call you?",
    "didnt fall this time, balance is better",
    "fell asleep before I could do them",
    "knees crack when I squat but no pain",
    "the swelling went down a lot",
    "sat on the floor for the stretches",
    "heat helps the pain",
    "I'm confused about which band to use",
    "no tengo hormigueo",
    "sin dolor hoy",
  ])("%s → none", (text) => expect(read(text).escalate).toBe("none"));

  it("self-harm ignores denials on purpose", () => {
    expect(read("I don't want to live anymore").escalate).toBe("emergency");
    expect(read("no quiero seguir viviendo").escalate).toBe("emergency");
  });
});

describe("the safety net", () => {
  it.each(["knee is really swollen", "I get dizzy on the bike", "my ankle is bruised", "me siento mareada"])(
    "%s → at least therapist",
    (text) => expect(read(text).escalate).not.toBe("none"),
  );
});

describe("the catalogue", () => {
  it("describes every rule for a clinician and names its syndrome", () => {
    for (const rule of CONCEPT_RULES) {
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.sentence ?? rule.message, rule.id).toBeDefined();
    }
  });

  it("covers every syndrome of the issue", () => {
    const syndromes = new Set(CONCEPT_RULES.map((r) => r.syndrome));
    for (const s of ["stroke", "acs", "pe-dvt", "cauda-equina", "anaphylaxis", "sepsis", "wound-infection", "injury", "syncope", "falls", "self-harm", "bleeding", "neuro"]) {
      expect(syndromes.has(s as never), s).toBe(true);
    }
  });
});

describe("typos in symptom words", () => {
  const correct = typoCorrector([...CONCEPT_RULES, SAFETY_NET_RULE]);
  it.each([
    ["one side of my face has gone drroopy", "one side of my face has gone droopy"],
    ["her smile is all lopsdied", "her smile is all lopsided"],
    ["there's blod when he coughs", "theres blood when he coughs"],
    ["dice que se quiere moirr", "dice que se quiere morir"],
    // A neighbouring key struck instead: h/j, e/w, i/o.
    ["me duele el pecjo", "me duele el pecho"],
    ["cant catch my brwath", "cant catch my breath"],
    ["his new hip has doslocated", "his new hip has dislocated"],
    // The first two letters swapped.
    ["my hcest is tight", "my chest is tight"],
    // A slip onto a word seldom said is still a slip: "troat" (a stag's call) is "throat", "wist" "wrist".
    ["her troat is closing up", "her throat is closing up"],
    ["her wist is bent", "her wrist is bent"],
  ])("%s → %s", (typed, meant) => expect(correct(normalise(typed))).toBe(meant));

  it.each(["would you call me", "the doorway stretch", "hurt him too much", "heat helps", "the left side of his body", "cooling down after", "matadme ya", "the last letter: arrives", "sending it back", "a blimp overhead", "the asteroid film", "drizzling all day", "drying my hair", "the incision seemed fine", "singing in the choir", "our team leader", "a grant for the wheelchair", "the stranger helped me"])(
    "leaves real words alone: %s",
    (text) => expect(correct(normalise(text))).toBe(normalise(text)),
  );

  it.each([
    ["my cheast feels tight", "emergency"],
    ["i cnat breathe", "emergency"],
    ["he coghed up blood", "emergency"],
    ["my incision seemed fine this morning, did all my exercises", "none"],
    ["bucks fans all night lol, legs fine, did them", "none"],
  ] as const)("%s → %s", (text, level) => expect(read(text).escalate).toBe(level));
});
