import { describe, expect, it } from "vitest";
import { chooseWhatsAppSend, withinWindow } from "../../../src/channels/whatsapp/session-window.js";
import { templateVariable, parseWhatsAppTemplates } from "../../../src/channels/whatsapp/whatsapp-templates.js";
import { toWhatsAppAddress } from "../../../src/channels/whatsapp/whatsapp-address.js";
import { quickReplyOf } from "../../../src/channels/whatsapp/whatsapp-inbound.js";
import { HOUR, PROMPT_ES, TEMPLATES } from "./harness.js";

const now = new Date("2026-06-10T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

describe("WhatsApp's 24-hour window", () => {
  it.each([
    [null, false],
    [ago(1), true],
    [ago(23.5), true],
    [ago(23.9), false], // closed a little early: the send waits in the outbox
    [ago(24), false],
    [ago(30), false],
  ])("last inbound %s → within the window: %s", (last, expected) => {
    expect(withinWindow(last, now)).toBe(expected);
  });

  it.each([
    ["prompt", "es", ago(2), { type: "free_form", reason: "window_open" }],
    ["prompt", "es", ago(30), { type: "template", contentSid: PROMPT_ES }],
    ["outcome", "es", ago(30), { type: "free_form", reason: "no_template" }],
    [undefined, "es", ago(30), { type: "free_form", reason: "no_template" }],
  ])("family %s, language %s, last inbound %s → %o", (family, language, last, expected) => {
    expect(chooseWhatsAppSend({ text: "x", family, language, lastInboundAt: last, now, templates: TEMPLATES })).toMatchObject(expected);
  });
});

describe("WhatsApp templates", () => {
  it("flattens text into one variable WhatsApp accepts: no newlines, no runs of spaces, at most 1000 chars", () => {
    expect(templateVariable("Hola\n\n1.   Puente\t2x10\n")).toBe("Hola · 1. Puente 2x10");
    expect(templateVariable("a".repeat(1200))).toHaveLength(1000);
  });

  it("names what is wrong in a templates file", () => {
    expect(() => parseWhatsAppTemplates('{"prompt":{"es":"HX1"}}', "templates.json")).toThrow(/templates.json: prompt.es must be a Content SID/);
    expect(() => parseWhatsAppTemplates("[", "templates.json")).toThrow(/not valid JSON/);
    expect(() => parseWhatsAppTemplates('{"Prompt":{}}', "t")).toThrow(/message family/);
  });
});

describe("WhatsApp addresses and buttons", () => {
  it.each([
    ["+34600111222", "whatsapp:+34600111222"],
    ["whatsapp:+34600111222", "whatsapp:+34600111222"],
    ["34600111222", null],
    ["whatsapp:600", null],
  ])("%s → %s", (input, expected) => {
    expect(toWhatsAppAddress(input)).toBe(expected);
  });

  it.each([
    ["done", "done"],
    ["NOT_DONE", "not_done"],
    ["qr:partial:es", "partial"],
    ["qr:bogus:es", undefined],
    ["stop", undefined],
  ])("button id %s → %s", (payload, expected) => {
    expect(quickReplyOf(payload)).toBe(expected);
  });
});
