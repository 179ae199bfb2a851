import { describe, expect, it } from "vitest";
import { withAutocorrectUndone } from "../../src/reading/autocorrect.js";
import { ownWords } from "../../src/reading/own-words.js";
import { escalationOf, readMessage } from "../../src/reading/reader.js";

const KNEE = ["Heel slides", "Quad sets", "Straight leg raises"];
const read = (text: string) => readMessage({ text, context: KNEE });

describe("the patient's own words, apart from what the phone or mail client added", () => {
  it.each([
    ["STOP\n\nSent from my iPhone", "STOP"],
    ["Yes\n\nGet Outlook for Android", "Yes"],
    ["y\n- Bob", "y"],
    ["hecho\nEnviado desde mi Samsung", "hecho"],
    ["did them\n--\nMaria Lopez\n555 0100", "did them"],
    ["> Time for your heel slides!\nnot today, long shift", "not today, long shift"],
    ["Done\n\nOn Tue, Dec 1, 2026 at 9:00 AM hepbot wrote:\n> Time for your heel slides! Reply STOP to opt out", "Done"],
  ])("%j is read as %j", (text, own) => expect(ownWords(text).own).toBe(own));

  it("keeps a bulleted list's last line, which can look like a signed name", () => {
    expect(ownWords("did:\n- Heel slides\n- Quad sets").own).toBe("did:\n- Heel slides\n- Quad sets");
  });

  it("keeps a message that is all quote, rather than reading nothing", () => {
    expect(ownWords("> I cant breathe").own).toBe("> I cant breathe");
  });

  it("does not take a quoted reminder's opt-out line, or its exercise names, as the answer", () => {
    expect(read("Done\n\nOn Tue, Dec 1, 2026 at 9:00 AM hepbot wrote:\n> Time for your heel slides! Reply STOP to opt out").kind).toBe("done");
    expect(read("> Time for your heel slides, quad sets and straight leg raises!\nnot today").kind).toBe("not_done");
    expect(read("STOP\n\nSent from my iPhone").kind).toBe("stop");
  });

  it("still screens the quoted lines for red flags: a relative may forward a message that way", () => {
    const forwarded = "what should I do?\n> from dad: my chest is tight and I cant breathe";
    expect(read(forwarded).escalate).toBe("emergency");
    expect(read(forwarded).redFlags).toContain("chest-pain");
    expect(escalationOf(forwarded)).toBe("emergency");
  });
});

describe("a message's layout", () => {
  it("reads a full stop typed after every word as a space", () => {
    expect(readMessage({ text: "HICE. LOS. EJERCICIOS. PERO. LA. RODILLA. ME. DUELE. UN. 8.", lang: "es" })).toMatchObject({ kind: "pain", pain: 8, escalate: "urgent" });
    expect(readMessage({ text: "Done. Pain 3. Thanks.", context: KNEE })).toMatchObject({ kind: "done", pain: 3 });
  });

  it("reads a coloured dot or a thumb down opening or closing a checklist's line as its mark", () => {
    const back = ["Glute bridges", "Bird dog", "Dead bug"];
    expect(readMessage({ text: "🟢 bridges\n🟢 bird dog\n🔴 dead bug", context: back }).kind).toBe("partial");
    expect(readMessage({ text: "bridges 👍\nbird dog 👍\ndead bug 👎", context: back }).kind).toBe("partial");
    expect(readMessage({ text: "🟢 bridges\n🟢 bird dog\n🟢 dead bug", context: back }).kind).toBe("done");
  });

  it("reads 'nada' after an exercise's name as not done", () => {
    const text = "Almejas: 3x10 ✔\nPuente: 3x10 ✔\nTalones: nada\ndolor 2";
    expect(readMessage({ text, lang: "es", context: ["Almejas", "Puente de glúteos", "Elevaciones de talón"] })).toMatchObject({ kind: "partial", pain: 2 });
  });
});

describe("autocorrect's real words in the wrong place", () => {
  it.each([
    ["my wife pasted out after her exercises, shes awake now but pale", "emergency"],
    ["woke up and my left arm and leg are dumb and my face feels weird", "emergency"],
    ["I feel in the shower and hit my gead on the tub", "emergency"],
  ])("%j is %s", (text, escalate) => expect(readMessage({ text }).escalate).toBe(escalate));

  it.each([
    ["la pantorrilla esta roja e hinchada y de repente me cuesta mucho respetar", "emergency"],
    ["ayer me casi en el jardin, me levante solita y estoy bien", "urgent"],
  ])("%j is %s", (text, escalate) => expect(readMessage({ text, lang: "es" }).escalate).toBe(escalate));

  it("drops a word the patient starred as wrong for the one after it", () => {
    expect(withAutocorrectUndone("hard to get worms* words out")).toBe("hard to get words out");
    expect(readMessage({ text: "me resbale en la escalera y me pegue en la cabana* cabeza", lang: "es" }).escalate).toBe("emergency");
  });

  it("leaves the words alone where they mean themselves", () => {
    expect(readMessage({ text: "pasted the link into my notes, did all 3", context: KNEE }).escalate).toBe("none");
    expect(readMessage({ text: "that was a dumb joke lol, done", context: KNEE }).escalate).toBe("none");
  });
});

describe("a postscript's mark", () => {
  it("is not a word of the message", () => {
    expect(readMessage({ text: "PS STOP STOP STOP" }).kind).toBe("stop");
    expect(readMessage({ text: "PD: ya no me manden nada", lang: "es" }).kind).toBe("stop");
    expect(readMessage({ text: "ps4 is fun, did them all", context: KNEE }).kind).toBe("done");
  });
});
