import { describe, expect, it } from "vitest";
import { startLinkCode, translateUpdate } from "../../../src/channels/telegram/telegram-inbound.js";

const NOW = new Date("2025-03-04T10:00:00Z");
const OPTIONS = { botUsername: "hepbot_bot", now: NOW };
const CHAT = { id: 4242, type: "private", first_name: "Ana" };

function textUpdate(text: string, extra: Record<string, unknown> = {}) {
  return { update_id: 901, message: { message_id: 5, date: 1_741_082_400, chat: CHAT, from: { id: 4242, is_bot: false, first_name: "Ana" }, text, ...extra } };
}

describe("translateUpdate", () => {
  it("a text message", () => {
    expect(translateUpdate(textUpdate("done, knee a bit sore"), OPTIONS)).toEqual({
      kind: "message",
      message: {
        channel: "telegram",
        platformMessageId: "901",
        address: "4242",
        text: "done, knee a bit sore",
        receivedAt: new Date(1_741_082_400 * 1000),
      },
    });
  });

  it.each([
    ["/start ABC123", "ABC123"],
    ["/start@hepbot_bot ABC123", "ABC123"],
    ["/start@HepBot_Bot ab_c-9", "ab_c-9"],
    ["/start", undefined],
    ["/start@other_bot ABC123", undefined],
    ["/start two words", undefined],
    ["/starting ABC123", undefined],
    ["/stop", undefined],
  ])("%j → linkCode %s", (text, linkCode) => {
    const result = translateUpdate(textUpdate(text), OPTIONS);
    expect(result.kind).toBe("message");
    if (result.kind !== "message") return;
    expect(result.message.linkCode).toBe(linkCode);
    expect(result.message.text).toBe(text);
    expect("linkCode" in result.message).toBe(linkCode !== undefined);
  });

  it("/stop and /help pass through as text", () => {
    for (const text of ["/stop", "/help"]) {
      const result = translateUpdate(textUpdate(text), OPTIONS);
      expect(result).toMatchObject({ kind: "message", message: { text } });
    }
  });

  it("a photo's caption is its text; a sticker arrives with empty text rather than vanishing", () => {
    const photo = translateUpdate({ update_id: 1, message: { date: 1, chat: CHAT, caption: "swollen?", photo: [] } }, OPTIONS);
    expect(photo).toMatchObject({ kind: "message", message: { text: "swollen?" } });
    const sticker = translateUpdate({ update_id: 2, message: { date: 1, chat: CHAT, sticker: {} } }, OPTIONS);
    expect(sticker).toMatchObject({ kind: "message", message: { text: "" } });
  });

  it("a reply-button tap maps straight to its reading, with the label as text", () => {
    const update = {
      update_id: 902,
      callback_query: { id: "cb1", from: { id: 4242 }, chat_instance: "x", data: "qr:partial:es", message: { message_id: 9, date: 1, chat: CHAT } },
    };
    expect(translateUpdate(update, OPTIONS)).toEqual({
      kind: "tap",
      callbackQueryId: "cb1",
      message: {
        channel: "telegram",
        platformMessageId: "902",
        address: "4242",
        text: "Algunos",
        receivedAt: NOW,
        quickReply: "partial",
      },
    });
  });

  it("a tap on a button hepbot did not make is answered but not stored", () => {
    const update = { update_id: 903, callback_query: { id: "cb2", from: { id: 1 }, data: "vote:yes" } };
    expect(translateUpdate(update, OPTIONS)).toEqual({ kind: "unknown_tap", callbackQueryId: "cb2" });
  });

  it.each([
    ["a group message", textUpdate("done", { chat: { id: -100, type: "group", title: "Family" } })],
    ["an edited message", { update_id: 3, edited_message: { date: 1, chat: CHAT, text: "done" } }],
    ["a my_chat_member update", { update_id: 4, my_chat_member: {} }],
    ["not an update", { hello: "world" }],
    ["null", null],
  ])("ignores %s", (_, update) => {
    expect(translateUpdate(update, OPTIONS).kind).toBe("ignored");
  });
});

describe("startLinkCode", () => {
  it("accepts Telegram's deep-link alphabet only, up to 64 characters", () => {
    expect(startLinkCode(`/start ${"a".repeat(64)}`, "hepbot_bot")).toBe("a".repeat(64));
    expect(startLinkCode(`/start ${"a".repeat(65)}`, "hepbot_bot")).toBeUndefined();
    expect(startLinkCode("/start ab+c", "hepbot_bot")).toBeUndefined();
  });
});
