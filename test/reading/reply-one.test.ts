import { describe, expect, it } from "vitest";
import { readMessage } from "../../src/reading/reader.js";

const KNEE = ["Quad sets", "Heel slides"];
const asked = { type: "prompt" as const, exercises: KNEE, replyOne: true };
const notAsked = { type: "prompt" as const, exercises: KNEE };

describe("a bare 1 answering the data-day nudge ('Reply 1 if you did today's exercises')", () => {
  it.each([
    ["1", "en", asked, "done"],
    [" 1! ", "en", asked, "done"],
    ["one", "en", asked, "done"],
    ["uno", "es", asked, "done"],
    ["1", "es", asked, "done"],
    // Only when the prompt asked for it: otherwise a lone digit says nothing about the session.
    ["1", "en", notAsked, "other"],
    ["1", "en", { type: "nothing" as const }, "other"],
  ] as const)("%j (%s) → %s", (text, lang, answering, kind) => {
    expect(readMessage({ text, lang, answering }).kind).toBe(kind);
  });

  it("more than a bare 1 is read as always; a red flag is never lowered", () => {
    const swollen = readMessage({ text: "1 my knee is swollen and hot", lang: "en", answering: asked });
    expect(swollen.kind).not.toBe("done");
    expect(swollen.escalate).not.toBe("none");
    expect(readMessage({ text: "pain 1/10", lang: "en", answering: asked })).toMatchObject({ kind: "pain", pain: 1 });
    expect(readMessage({ text: "STOP", lang: "en", answering: asked }).kind).toBe("stop");
  });
});
