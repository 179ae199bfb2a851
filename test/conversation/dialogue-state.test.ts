import { describe, expect, it } from "vitest";
import { completionToClarify } from "../../src/conversation/clarify.js";
import { answeringFor, fromStateRow, toStateRow, type Awaiting } from "../../src/conversation/dialogue-state.js";
import { decideResponse } from "../../src/conversation/engine.js";
import type { ConversationInput } from "../../src/conversation/types.js";
import { depsWith, input, NOW, program, reading } from "./fixtures.js";

const HIP = program("hip-strength-basic", "en");
const prompted = (over: Partial<ConversationInput> = {}): ConversationInput =>
  input("en", "partial", "kinda did them", {
    reading: reading("partial", { sure: false }),
    lastPromptSlugs: HIP.map((i) => i.slug),
    ...over,
  });

describe("when to ask instead of guessing", () => {
  it("asks about an unsure completion after a prompt, about the prompted exercises", () => {
    const asked = completionToClarify(prompted());
    expect(asked).toEqual({ awaiting: "completion", exercises: HIP.map((i) => ({ name: i.name, aliases: i.aliases })) });
  });

  it.each<[string, Partial<ConversationInput>]>([
    ["the reading is sure", { reading: reading("partial", { sure: true }) }],
    ["sureness unknown (an older reader)", { reading: reading("partial") }],
    ["it is not about completion", { reading: reading("other", { sure: false }) }],
    ["a red flag is in it", { reading: reading("partial", { sure: false, redFlags: ["fall"], escalate: "urgent" }) }],
    ["a pain score is in it", { reading: reading("done", { sure: false, pain: 3 }) }],
    ["it already answers a question", { awaiting: { awaiting: "completion", exercises: [] } }],
    ["no prompt is open", { lastPromptSlugs: null }],
    ["the patient opted out", { history: { completionDates: [], recentPain: [], paused: false, optedOut: true } }],
  ])("does not ask when %s", (_why, over) => expect(completionToClarify(prompted(over))).toBeNull());

  it.each(["en", "es"] as const)("the engine asks one short question and records no completion (%s)", (lang) => {
    const outcome = decideResponse(
      input(lang, "partial", "x", { reading: reading("partial", { sure: false }), lastPromptSlugs: program("hip-strength-basic", lang).map((i) => i.slug) }),
      depsWith(),
    );
    expect(outcome.reply?.template).toBe("clarify.completion#0");
    expect(outcome.reply?.text.match(/\?/g)).toHaveLength(1);
    expect(outcome.actions.map((a) => a.type)).toEqual(["await"]);
  });
});

describe("the stored question", () => {
  const state: Awaiting = { awaiting: "completion", exercises: [{ name: "Bridges", aliases: ["glute bridge"] }] };

  it("round-trips through its row until it expires", () => {
    const row = toStateRow(state, NOW);
    expect(fromStateRow(row, new Date(NOW.getTime() + 60_000))).toEqual(state);
    expect(fromStateRow(row, row.expiresAt)).toBeNull();
  });

  it.each([
    ["data that is not JSON", { awaiting: "completion", data: "{", expiresAt: new Date(NOW.getTime() + 1000) }],
    ["an unknown question", { awaiting: "mood", data: "{}", expiresAt: new Date(NOW.getTime() + 1000) }],
    ["data that does not fit the question", { awaiting: "barrier", data: '{"after":"done"}', expiresAt: new Date(NOW.getTime() + 1000) }],
  ])("reads %s as no open question", (_why, row) => expect(fromStateRow(row, NOW)).toBeNull());

  it("tells the reader what the next message answers", () => {
    const prompt = [{ name: "Clamshells", aliases: [] }];
    expect(answeringFor(state, prompt)).toEqual({ type: "clarify", about: "completion", exercises: state.exercises });
    expect(answeringFor({ awaiting: "barrier", after: "not_done", exercises: [] }, prompt)).toEqual({ type: "prompt", exercises: prompt });
    expect(answeringFor(null, [])).toEqual({ type: "nothing" });
  });
});
