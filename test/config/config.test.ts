import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONFIG_VARIABLES, ConfigError, loadConfig, redactedSummary } from "../../src/config/config.js";

describe("config", () => {
  it("starts with no environment at all: SQLite, port 3000, local chat on, no model", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ DATABASE_URL: "file:./data/hepbot.db", PORT: 3000, localChatEnabled: true, modelEnabled: false });
  });

  it("treats blank values as unset", () => {
    expect(loadConfig({ PORT: "", TWILIO_ACCOUNT_SID: "  " }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TWILIO_FROM: "5551234" }, "TWILIO_FROM"],
    [{ SEED_DEMO: "maybe" }, "SEED_DEMO"],
    [{ PUBLIC_BASE_URL: "not a url" }, "PUBLIC_BASE_URL"],
    [{ TWILIO_ACCOUNT_SID: "AC123" }, "TWILIO_AUTH_TOKEN"],
    [{ TWILIO_WHATSAPP_FROM: "whatsapp:5551234" }, "TWILIO_WHATSAPP_FROM"],
    [{ TWILIO_WHATSAPP_FROM: "+15551234567" }, "TWILIO_ACCOUNT_SID"],
    [{ TWILIO_WHATSAPP_TEMPLATES: "{not json" }, "TWILIO_WHATSAPP_TEMPLATES"],
    [{ TWILIO_WHATSAPP_TEMPLATES: '{"prompt":{"en":"SM123"}}' }, "TWILIO_WHATSAPP_TEMPLATES"],
    [{ TWILIO_WHATSAPP_TEMPLATES: '{"prompt":{"fr":"HX0123456789abcdef0123456789abcdef"}}' }, "TWILIO_WHATSAPP_TEMPLATES"],
    [{ TWILIO_WHATSAPP_RATE_PER_SECOND: "0" }, "TWILIO_WHATSAPP_RATE_PER_SECOND"],
    [{ RTM_THRESHOLDS: "{not json" }, "RTM_THRESHOLDS"],
    [{ RTM_THRESHOLDS: '{"dataDayCodes":[]}' }, "RTM_THRESHOLDS"],
    [{ RTM_THRESHOLDS_FILE: "/nonexistent/rtm.json" }, "RTM_THRESHOLDS_FILE"],
    [{ MONITORING_IDLE_MINUTES: "0" }, "MONITORING_IDLE_MINUTES"],
  ])("names the variable that is wrong: %o", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it("takes RTM code thresholds as configuration, the 2026 published values by default", () => {
    expect(loadConfig({}).rtmThresholds.first).toEqual({ code: "98980", minutes: 20, needsLiveContact: true });
    const custom = {
      dataDayCodes: [{ code: "98977", minDays: 16, maxDays: 30 }],
      first: { code: "98980", minutes: 20 },
      additional: { code: "98981", minutes: 20 },
    };
    const config = loadConfig({ RTM_THRESHOLDS: JSON.stringify(custom) });
    expect(config.rtmThresholds).toMatchObject({ periodDays: 30, short: null, dataDayCodes: custom.dataDayCodes });
  });

  it("takes WhatsApp alone, without an SMS sender, and parses its templates", () => {
    const sid = "HX" + "0123456789abcdef".repeat(2);
    const config = loadConfig({
      TWILIO_ACCOUNT_SID: "AC1",
      TWILIO_AUTH_TOKEN: "t",
      TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
      TWILIO_WHATSAPP_TEMPLATES: JSON.stringify({ prompt: { en: sid, es: sid } }),
    });
    expect(config.whatsappTemplates).toEqual({ prompt: { en: sid, es: sid } });
    expect(config.TWILIO_WHATSAPP_RATE_PER_SECOND).toBe(80);
  });

  it("reads WhatsApp templates from a file at start, naming the variable when the file is missing or wrong", () => {
    const dir = mkdtempSync(join(tmpdir(), "hepbot-config-"));
    const file = join(dir, "templates.json");
    const sid = "HX" + "0123456789abcdef".repeat(2);
    writeFileSync(file, JSON.stringify({ nudge: { es: sid } }));
    expect(loadConfig({ TWILIO_WHATSAPP_TEMPLATES_FILE: file }).whatsappTemplates).toEqual({ nudge: { es: sid } });
    writeFileSync(file, JSON.stringify({ nudge: { es: "HX12" } }));
    expect(() => loadConfig({ TWILIO_WHATSAPP_TEMPLATES_FILE: file })).toThrow(/TWILIO_WHATSAPP_TEMPLATES_FILE: .*nudge\.es must be a Content SID/);
    expect(() => loadConfig({ TWILIO_WHATSAPP_TEMPLATES_FILE: join(dir, "missing.json") })).toThrow(/TWILIO_WHATSAPP_TEMPLATES_FILE: cannot read .*ENOENT/);
    rmSync(dir, { recursive: true, force: true });
  });

  it("turns the local chat off in production unless enabled, and the model on with a key or base URL", () => {
    expect(loadConfig({ NODE_ENV: "production" }).localChatEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", LOCAL_CHAT_ENABLED: "true" }).localChatEnabled).toBe(true);
    expect(loadConfig({ OPENAI_BASE_URL: "http://127.0.0.1:9/v1" }).modelEnabled).toBe(true);
  });

  it("is safe by default: loopback outside production, no demo clinic in production unless asked, /chat local only", () => {
    expect(loadConfig({})).toMatchObject({ HOST: "127.0.0.1", SEED_DEMO: true, LOCAL_CHAT_NETWORK: false });
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ HOST: "0.0.0.0", SEED_DEMO: false, localChatEnabled: false });
    expect(loadConfig({ NODE_ENV: "production", SEED_DEMO: "true", HOST: "10.0.0.5" })).toMatchObject({ HOST: "10.0.0.5", SEED_DEMO: true });
    expect(loadConfig({ LOCAL_CHAT_NETWORK: "true" }).LOCAL_CHAT_NETWORK).toBe(true);
  });

  it("masks secrets and database credentials in the start-up summary", () => {
    const summary = redactedSummary(
      loadConfig({ TWILIO_ACCOUNT_SID: "AC1", TWILIO_AUTH_TOKEN: "secret-token", TWILIO_FROM: "+15551230000", DATABASE_URL: "postgres://user:pw@db/x" }),
    );
    expect(JSON.stringify(summary)).not.toContain("secret-token");
    expect(JSON.stringify(summary)).not.toContain("pw@");
    expect(summary.TWILIO_AUTH_TOKEN).toBe("***");
  });

  it("is documented: .env.example lists every variable, each with a comment, and nothing else", () => {
    const lines = readFileSync(new URL("../../.env.example", import.meta.url), "utf8").split("\n");
    const documented = lines.filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split("=")[0]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
    for (const variable of CONFIG_VARIABLES) {
      const index = lines.findIndex((line) => line.startsWith(`${variable}=`));
      const commentAbove = lines.slice(0, index).reverse().find((line) => !/^[A-Z_]+=/.test(line));
      expect(commentAbove, variable).toMatch(/^#/);
    }
    expect(() => loadConfig(Object.fromEntries(lines.filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split(/=(.*)/s).slice(0, 2))))).not.toThrow();
  });
});
