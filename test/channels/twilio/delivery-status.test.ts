import { describe, expect, it } from "vitest";
import { fromTwilioStatus, isForwardTransition, type DeliveryStatus } from "../../../src/channels/twilio/delivery-status.js";

describe("fromTwilioStatus", () => {
  it.each([
    ["accepted", "queued"],
    ["scheduled", "queued"],
    ["queued", "queued"],
    ["sending", "queued"],
    ["sent", "sent"],
    ["delivered", "delivered"],
    ["read", "read"],
    ["undelivered", "undelivered"],
    ["failed", "failed"],
    ["canceled", "failed"],
    ["DELIVERED", "delivered"],
    ["received", null],
    ["receiving", null],
    ["something_new", null],
  ] as const)("%s → %s", (twilioStatus, expected) => {
    expect(fromTwilioStatus(twilioStatus)).toBe(expected);
  });
});

describe("isForwardTransition", () => {
  const cases: [DeliveryStatus | null, DeliveryStatus, boolean][] = [
    [null, "queued", true],
    [null, "delivered", true],
    ["queued", "queued", false],
    ["queued", "sent", true],
    ["queued", "delivered", true],
    ["queued", "failed", true],
    ["sent", "queued", false],
    ["sent", "delivered", true],
    ["sent", "undelivered", true],
    ["delivered", "sent", false],
    ["delivered", "queued", false],
    ["delivered", "failed", false],
    ["failed", "delivered", false],
    ["undelivered", "sent", false],
    ["delivered", "read", true],
    ["sent", "read", true],
    ["read", "delivered", false],
    ["failed", "read", false],
    ["undelivered", "read", false],
  ];
  it.each(cases)("%s → %s is %s", (from, to, expected) => {
    expect(isForwardTransition(from, to)).toBe(expected);
  });
});
