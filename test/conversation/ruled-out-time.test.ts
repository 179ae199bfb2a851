import { describe, expect, it } from "vitest";
import { everyRuledOut, isRuledOut, ruledOutTime, type RuledOut } from "../../src/conversation/ruled-out-time.js";

// The grammar of a time ruled out (#12): SLOT BAD, SLOT doesn't work, can't SLOT, not SLOT, nothing before HOUR, too early alone, busy at HOUR.
describe("ruledOutTime: a time the patient rules out is never set", () => {
  it.each<[string, RuledOut]>([
    ["8am is too early", { when: null, time: "08:00" }],
    ["8 is way too early lol", { when: null, time: "08:00" }],
    ["8 am is not a good time for me", { when: null, time: "08:00" }],
    ["not at 8, that's when I take the kids to school", { when: null, time: "08:00" }],
    ["at 8 I'm still asleep", { when: null, time: "08:00" }],
    ["not before work please", { when: "before_work", time: null }],
    ["can't do mornings", { when: "morning", time: null }],
    ["mornings don't work for me", { when: "morning", time: null }],
    ["I can't do them in the morning", { when: "morning", time: null }],
    ["any time but mornings", { when: "morning", time: null }],
    ["early mornings are rough for me", { when: "morning", time: null }],
    ["evenings are bad for me", { when: "evening", time: null }],
    ["i work mornings so can't do them then", { when: "morning", time: null }],
    ["nothing before 10 please", { when: "before", time: "10:00" }],
    ["not before 9", { when: "before", time: "09:00" }],
    ["too early!!", { when: "early", time: null }],
    ["too late in the day", { when: "late", time: null }],
    ["can you not text me so early", { when: "early", time: null }],
    ["morning texts are no good, I'm at work", { when: "that_time", time: null }],
    ["las 8 es muy temprano", { when: null, time: "08:00" }],
    ["a las 8 no me sirve", { when: null, time: "08:00" }],
    ["nunca antes de las 10", { when: "before", time: "10:00" }],
    ["antes del trabajo no puedo", { when: "before_work", time: null }],
    ["por la mañana no puedo", { when: "morning", time: null }],
    ["las mañanas no me funcionan", { when: "morning", time: null }],
    ["por las mananas imposible", { when: "morning", time: null }],
    ["mui temprano", { when: "early", time: null }],
    ["no me escriban tan temprano", { when: "early", time: null }],
    ["a esa hora estoy trabajando", { when: "that_time", time: null }],
    ["can we not do mornings", { when: "morning", time: null }],
    ["I work early so mornings are out", { when: "morning", time: null }],
    ["not first thing", { when: "before_work", time: null }],
    ["nothing after 8pm", { when: "after", time: "20:00" }],
    ["temprano no puedo", { when: "early", time: null }],
    ["las mañanas son imposibles para mi", { when: "morning", time: null }],
    ["después de las 8 de la noche no", { when: "after", time: "20:00" }],
    ["x la mañana no puedo", { when: "morning", time: null }],
    ["a las ocho no puedo", { when: null, time: "08:00" }],
    ["a las 8 ando en el trabajo", { when: null, time: "08:00" }],
    // How people text: typos, "b4", "u", no accents.
    ["too erly", { when: "early", time: null }],
    ["mornings dont wrk for me", { when: "morning", time: null }],
    ["cant do mornins", { when: "morning", time: null }],
    ["could u not text so early", { when: "early", time: null }],
    ["pls no texts b4 9", { when: "before", time: "09:00" }],
    ["por la manana no porfa", { when: "morning", time: null }],
    ["i'm not a morning person lol", { when: "morning", time: null }],
    // A bound said as a wish: the other side is ruled out.
    ["text me later than 8 pls", { when: "before", time: "08:00" }],
    ["mándeme después de las 9", { when: "before", time: "09:00" }],
    ["could you not text me before 9?", { when: "before", time: "09:00" }],
    ["is it ok if I dont get texts before 9?", { when: "before", time: "09:00" }],
  ])("%s", (text, expected) => {
    expect(ruledOutTime(text)).toEqual(expected);
  });

  it.each([
    "didn't do them this morning, too tired",
    "couldn't do them in the morning",
    "no texts please",
    "not today",
    "I got home too late",
    "ya es tarde, mañana los hago",
    "hoy no pude",
    "did them at 8",
    "7 today, rough",
    "evenings are better",
    "not in the mood",
    "one is tough",
    "text me at 9 tonight",
    "remind me after 8 tonight",
    "the first one is too hard",
  ])("%s rules out no time", (text) => {
    expect(ruledOutTime(text)).toBeNull();
  });
});

describe("everyRuledOut and isRuledOut: a message that rules out several times", () => {
  it("finds each clause's, and a bound rules out the hours on its side only", () => {
    const ruled = everyRuledOut("¿me puede escribir después de las 9? a las 8 no puedo");
    expect(ruled).toEqual([{ when: "before", time: "09:00" }, { when: null, time: "08:00" }]);
    expect(isRuledOut("08:00", ruled)).toBe(true);
    expect(isRuledOut("08:30", ruled)).toBe(true);
    expect(isRuledOut("10:00", ruled)).toBe(false);
  });
});
