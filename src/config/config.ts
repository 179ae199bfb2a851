import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseWhatsAppTemplates, type WhatsAppTemplates } from "../channels/whatsapp/whatsapp-templates.js";
import { DEFAULT_RTM_THRESHOLDS, parseRtmThresholds, type RtmThresholds } from "../monitoring/rtm-thresholds.js";

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();
const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { message: "must be true or false" })
  .transform((value) => ["true", "1", "yes", "on"].includes(value));
const positiveNumber = z.coerce.number({ message: "must be a number" }).positive({ message: "must be above 0" });
const url = z.url({ message: "must be a URL such as https://example.org" });

/** Every setting hepbot reads, with its default. `.env.example` documents each one. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optionalText,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATABASE_URL: z
    .string()
    .default("file:./data/hepbot.db")
    .refine((v) => /^(file:.+|postgres(ql)?:\/\/.+)$/.test(v), "must be file:PATH (SQLite) or postgres://… (PostgreSQL)")
    .refine((v) => v.startsWith("file:") || URL.canParse(v), "is not a valid URL: expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  PUBLIC_BASE_URL: url.optional(),
  SEED_DEMO: flag.optional(),
  DEMO_PASSWORD: optionalText,
  LOCAL_CHAT_ENABLED: flag.optional(),
  LOCAL_CHAT_NETWORK: flag.default(false),
  VIDEO_BASE_URL: url.default("https://videos.hepbot.example/exercises/"),

  TWILIO_ACCOUNT_SID: optionalText,
  TWILIO_AUTH_TOKEN: optionalText,
  TWILIO_FROM: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 phone number such as +15551234567")
    .optional(),
  TWILIO_MESSAGING_SERVICE_SID: z.string().regex(/^MG[0-9a-fA-F]{32}$/, "must look like MG followed by 32 hex digits").optional(),
  TWILIO_API_BASE: url.optional(),
  TWILIO_RATE_PER_SECOND: positiveNumber.default(1),
  TWILIO_WHATSAPP_FROM: z
    .string()
    .regex(/^(whatsapp:)?\+[1-9]\d{6,14}$/, "must be a WhatsApp-enabled sender such as +15551234567 or whatsapp:+15551234567")
    .optional(),
  TWILIO_WHATSAPP_TEMPLATES: z
    .string()
    .transform((text, ctx) => {
      try {
        return parseWhatsAppTemplates(text, "JSON");
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    })
    .optional(),
  TWILIO_WHATSAPP_TEMPLATES_FILE: optionalText,
  TWILIO_WHATSAPP_RATE_PER_SECOND: positiveNumber.default(80),

  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "may use only A-Z, a-z, 0-9, _ and -").optional(),
  TELEGRAM_API_ROOT: url.optional(),
  TELEGRAM_BOT_USERNAME: optionalText,
  TELEGRAM_RATE_PER_SECOND: positiveNumber.default(30),
  TELEGRAM_RATE_PER_CHAT: positiveNumber.default(1),

  TEAMS_ENABLED: flag.default(false),
  TEAMS_CLIENT_ID: optionalText,
  TEAMS_CLIENT_SECRET: optionalText,
  TEAMS_TENANT_ID: optionalText,
  TEAMS_RATE_PER_CONVERSATION: positiveNumber.default(7),

  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: url.optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),

  SCHEDULER_ENABLED: flag.default(true),
  SCHEDULER_CRON: z.string().default("* * * * *"),
  NUDGE_DELAY_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(180),
  DISPATCH_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),

  RTM_THRESHOLDS: optionalText,
  RTM_THRESHOLDS_FILE: optionalText,
  MONITORING_IDLE_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
});

export type Env = z.infer<typeof envSchema>;
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export interface Config extends Omit<Env, "HOST" | "SEED_DEMO"> {
  /** 127.0.0.1 outside production: a laptop's demo is not served to its network unless asked. */
  HOST: string;
  /** Off in production unless asked: a clinic's database never gets a demo clinic by surprise. */
  SEED_DEMO: boolean;
  production: boolean;
  localChatEnabled: boolean;
  modelEnabled: boolean;
  /** From TWILIO_WHATSAPP_TEMPLATES or the file TWILIO_WHATSAPP_TEMPLATES_FILE, checked here; empty when neither is set. */
  whatsappTemplates: WhatsAppTemplates;
  /** From RTM_THRESHOLDS or the file RTM_THRESHOLDS_FILE; the 2026 published values when neither is set. */
  rtmThresholds: RtmThresholds;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once. Empty values count as unset, so a blank line in `.env` never breaks a start. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in envSchema.shape && value !== undefined && value.trim() !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.TWILIO_ACCOUNT_SID && !values.TWILIO_AUTH_TOKEN) problems.push("TWILIO_AUTH_TOKEN: required when TWILIO_ACCOUNT_SID is set");
  if (values.TWILIO_ACCOUNT_SID && !values.TWILIO_FROM && !values.TWILIO_MESSAGING_SERVICE_SID && !values.TWILIO_WHATSAPP_FROM)
    problems.push("TWILIO_FROM: set it or TWILIO_MESSAGING_SERVICE_SID so SMS has a sender (or TWILIO_WHATSAPP_FROM for WhatsApp only)");
  if (values.TWILIO_WHATSAPP_FROM && !values.TWILIO_ACCOUNT_SID) problems.push("TWILIO_ACCOUNT_SID: required when TWILIO_WHATSAPP_FROM is set");
  if (values.TWILIO_WHATSAPP_TEMPLATES && values.TWILIO_WHATSAPP_TEMPLATES_FILE)
    problems.push("TWILIO_WHATSAPP_TEMPLATES_FILE: set it or TWILIO_WHATSAPP_TEMPLATES, not both");
  if (values.NODE_ENV === "production" && values.TEAMS_CLIENT_SECRET && !values.TEAMS_CLIENT_ID)
    problems.push("TEAMS_CLIENT_ID: required when TEAMS_CLIENT_SECRET is set");
  const whatsappTemplates = values.TWILIO_WHATSAPP_TEMPLATES ?? readWhatsAppTemplatesFile(values.TWILIO_WHATSAPP_TEMPLATES_FILE, problems);
  if (values.RTM_THRESHOLDS && values.RTM_THRESHOLDS_FILE) problems.push("RTM_THRESHOLDS_FILE: set it or RTM_THRESHOLDS, not both");
  const rtmThresholds = readRtmThresholds(values.RTM_THRESHOLDS, values.RTM_THRESHOLDS_FILE, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const production = values.NODE_ENV === "production";
  return {
    ...values,
    HOST: values.HOST ?? (production ? "0.0.0.0" : "127.0.0.1"),
    SEED_DEMO: values.SEED_DEMO ?? !production,
    production,
    localChatEnabled: values.LOCAL_CHAT_ENABLED ?? !production,
    modelEnabled: Boolean(values.OPENAI_API_KEY || values.OPENAI_BASE_URL),
    whatsappTemplates,
    rtmThresholds,
  };
}

function readRtmThresholds(json: string | undefined, file: string | undefined, problems: string[]): RtmThresholds {
  try {
    if (json) return parseRtmThresholds(json, "RTM_THRESHOLDS");
    if (file) return parseRtmThresholds(readFileSync(file, "utf8"), file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(`${json ? "RTM_THRESHOLDS" : "RTM_THRESHOLDS_FILE"}: ${code ? `cannot read ${file} (${code})` : (error as Error).message}`);
  }
  return DEFAULT_RTM_THRESHOLDS;
}

function readWhatsAppTemplatesFile(file: string | undefined, problems: string[]): WhatsAppTemplates {
  if (!file) return {};
  try {
    return parseWhatsAppTemplates(readFileSync(file, "utf8"), file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(`TWILIO_WHATSAPP_TEMPLATES_FILE: ${code ? `cannot read ${file} (${code})` : (error as Error).message}`);
    return {};
  }
}

const SECRET_KEYS = /TOKEN|SECRET|KEY|PASSWORD/;

/** The configuration with secrets masked, for the start-up log line. */
export function redactedSummary(config: Config): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [
      key,
      SECRET_KEYS.test(key) && value ? "***" : key === "DATABASE_URL" ? String(value).replace(/\/\/[^@/]*@/, "//***@") : value,
    ]),
  );
}
