import { describe, expect, it } from "vitest";
import {
  QUICK_REPLY_LABELS,
  inboundActivitySchema,
  parseConversationRef,
  toInboundMessage,
  toOutboundActivity,
} from "../../../src/channels/teams/teams-activity.js";

const receivedAt = new Date("2025-05-06T14:00:00.000Z");
const ref = {
  activityId: "1715000000001",
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/amer/",
  conversation: { id: "a:1maria" },
  user: { id: "29:1maria" },
  agent: { id: "28:hepbot" },
};

describe("toInboundMessage", () => {
  it.each([
    ["Done", "done"],
    ["it hurt", "pain"],
    ["  NOT TODAY ", "not_done"],
    ["Did some", "partial"],
    ["done with all of them", undefined],
    ["ABC123", undefined],
  ])("%j → quickReply %j", (text, quickReply) => {
    const message = toInboundMessage({ activityId: "1", conversationId: "a:1maria", text, conversationRef: ref, receivedAt });
    expect(message.quickReply).toBe(quickReply);
    expect(message.text).toBe(text.trim());
    expect(JSON.parse(message.conversationRef!)).toEqual(ref);
  });
});

describe("parseConversationRef", () => {
  it("returns the stored reference when it matches the address", () => {
    expect(parseConversationRef({ address: "a:1maria", conversationRef: JSON.stringify(ref) })).toMatchObject(ref);
  });

  it.each([
    ["no reference", undefined],
    ["an empty reference", ""],
    ["broken JSON", "{"],
    ["no conversation id", JSON.stringify({ ...ref, conversation: {} })],
    ["no channel id", JSON.stringify({ ...ref, channelId: "" })],
    ["another conversation", JSON.stringify({ ...ref, conversation: { id: "a:1other" } })],
  ])("rejects %s as a permanent invalid_address", (_label, conversationRef) => {
    expect(() => parseConversationRef({ address: "a:1maria", conversationRef })).toThrow(
      expect.objectContaining({ kind: "permanent", reason: "invalid_address" }),
    );
  });
});

describe("toOutboundActivity", () => {
  it("is Markdown, the format Teams prompts are written in, without buttons by default", () => {
    expect(toOutboundActivity({ text: "**Today: 2 exercises**" })).toEqual({
      type: "message",
      text: "**Today: 2 exercises**",
      textFormat: "markdown",
    });
  });

  it("offers each quick reply as an imBack button whose value comes back as text", () => {
    const activity = toOutboundActivity({ text: "Did you do them?", quickReplies: ["done", "pain"] });
    expect(activity.suggestedActions).toEqual({
      to: [],
      actions: [
        { type: "imBack", title: QUICK_REPLY_LABELS.done, value: QUICK_REPLY_LABELS.done },
        { type: "imBack", title: QUICK_REPLY_LABELS.pain, value: QUICK_REPLY_LABELS.pain },
      ],
    });
  });
});

describe("inboundActivitySchema", () => {
  it.each([
    [{ type: "message", id: "1", serviceUrl: "https://x/", conversation: { id: "a:1" } }, true],
    [{ type: "conversationUpdate", conversation: { id: "a:1" } }, true],
    [{ type: "message", serviceUrl: "https://x/", conversation: { id: "a:1" } }, false],
    [{ type: "message", id: "1", conversation: { id: "a:1" } }, false],
    [{ type: "message", id: "1", serviceUrl: "https://x/" }, false],
    ["not an object", false],
  ])("%j valid: %s", (body, valid) => {
    expect(inboundActivitySchema.safeParse(body).success).toBe(valid);
  });
});
