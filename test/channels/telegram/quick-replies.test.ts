import { describe, expect, it } from "vitest";
import type { QuickReply } from "../../../src/channels/channel.js";
import {
  labelLanguage,
  parseQuickReplyData,
  quickReplyButtons,
  quickReplyLabel,
} from "../../../src/channels/quick-replies.js";

const ALL: QuickReply[] = ["done", "partial", "not_done", "pain"];

describe("quick-reply labels", () => {
  it.each([
    ["en", ["Done", "Some", "Not today", "Pain"]],
    ["es", ["Hecho", "Algunos", "Hoy no", "Dolor"]],
    ["es-MX", ["Hecho", "Algunos", "Hoy no", "Dolor"]],
    ["fr", ["Done", "Some", "Not today", "Pain"]],
    [undefined, ["Done", "Some", "Not today", "Pain"]],
  ])("language %s", (language, labels) => {
    expect(ALL.map((reply) => quickReplyLabel(reply, language))).toEqual(labels);
  });

  it.each([
    ["es", "es"],
    ["ES_us", "es"],
    [" en-GB ", "en"],
    ["", "en"],
    ["de", "en"],
  ])("labelLanguage(%j) = %s", (input, expected) => {
    expect(labelLanguage(input)).toBe(expected);
  });
});

describe("quick-reply buttons and taps", () => {
  it("every button's data reads back as its own reading and label, within Telegram's 64 bytes", () => {
    for (const language of ["en", "es"]) {
      for (const button of quickReplyButtons(ALL, language)) {
        expect(Buffer.byteLength(button.data)).toBeLessThanOrEqual(64);
        const tap = parseQuickReplyData(button.data);
        expect(tap?.label).toBe(button.label);
      }
      expect(quickReplyButtons(ALL, language).map((b) => parseQuickReplyData(b.data)?.reply)).toEqual(ALL);
    }
  });

  it("keeps only the replies asked for, in order", () => {
    expect(quickReplyButtons(["pain", "done"], "es")).toEqual([
      { label: "Dolor", data: "qr:pain:es" },
      { label: "Hecho", data: "qr:done:es" },
    ]);
  });

  it.each([["qr:sleep:en"], ["done"], ["other:done:en"], [""], ["qr:"]])("ignores data hepbot did not send: %j", (data) => {
    expect(parseQuickReplyData(data)).toBeUndefined();
  });

  it("falls back to English labels for an unknown language in the data", () => {
    expect(parseQuickReplyData("qr:not_done:xx")).toEqual({ reply: "not_done", label: "Not today" });
  });
});
