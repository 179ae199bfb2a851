import { describe, expect, it } from "vitest";
import { buildChannels } from "../../../src/channels/build-channels.js";
import { loadConfig } from "../../../src/config/config.js";
import type { LocalChatStore } from "../../../src/channels/local/local.channel.js";
import { captureLogger } from "../../support/logging.js";

const noLocalChat: LocalChatStore = { listPatients: async () => [], isDemoPatient: async () => false, conversation: async () => [] };
const twilio = { TWILIO_ACCOUNT_SID: "AC" + "1".repeat(32), TWILIO_AUTH_TOKEN: "token", LOCAL_CHAT_ENABLED: "false" };

describe("turning WhatsApp on", () => {
  it("stays off without TWILIO_WHATSAPP_FROM, saying once how to turn it on; SMS alone is unaffected", () => {
    const { logger, lines } = captureLogger();
    const channels = buildChannels(loadConfig({ ...twilio, TWILIO_FROM: "+15550001111" }), logger, noLocalChat);
    expect(Object.keys(channels)).toEqual(["sms"]);
    const off = lines.filter((l) => String(l.msg).startsWith("WhatsApp is off"));
    expect(off).toHaveLength(1);
    expect(String(off[0]!.msg)).toContain("TWILIO_WHATSAPP_FROM");
  });

  it("runs WhatsApp alone (no SMS sender), and warns when no template is configured", () => {
    const { logger, lines } = captureLogger();
    const channels = buildChannels(loadConfig({ ...twilio, TWILIO_WHATSAPP_FROM: "+14155238886" }), logger, noLocalChat);
    expect(Object.keys(channels)).toEqual(["whatsapp"]);
    expect(lines.some((l) => l.level === 40 && String(l.msg).includes("no templates configured"))).toBe(true);
  });
});
