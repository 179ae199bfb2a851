import { loadConfig } from "../../src/config/config.js";
import { silentLogger } from "../../src/logging/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { FakeTwilioServer } from "../fakes/twilio-server.js";
import { startFakeTelegramServer, type FakeTelegramServer } from "../fakes/telegram-server.js";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "../fakes/teams-connector.js";
import { createTestDatabaseUrl, type TestDatabaseUrl } from "./databases.js";

export const TWILIO = { accountSid: "AC" + "1".repeat(32), authToken: "e2e-auth-token", from: "+15550001111" };
export const TELEGRAM_SECRET = "e2e-telegram-secret";
export const PUBLIC_BASE_URL = "https://hepbot.e2e.example";
export const THERAPIST_PHONE = "+15555550199";

export interface ServiceHarness {
  service: RunningService;
  twilio: FakeTwilioServer;
  telegram: FakeTelegramServer;
  teams: FakeTeamsConnector;
  clock: { now: Date };
  patientIdByName(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The whole service in-process, every channel on, each platform a local fake, the demo clinic seeded. */
export async function startServiceHarness(
  provider: "sqlite" | "postgresql",
  now: Date,
  options: { env?: Record<string, string> } = {},
): Promise<ServiceHarness> {
  const database: TestDatabaseUrl = await createTestDatabaseUrl(provider);
  const clock = { now };
  // The fake shares the service's clock: WhatsApp's 24-hour window is judged on both sides.
  const twilio = await FakeTwilioServer.start({ accountSid: TWILIO.accountSid, authToken: TWILIO.authToken, clock: () => clock.now });
  const telegram = await startFakeTelegramServer();
  const teams = await startFakeTeamsConnector();
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: database.url,
    DEMO_PASSWORD: "demo",
    PUBLIC_BASE_URL,
    TWILIO_ACCOUNT_SID: TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: TWILIO.authToken,
    TWILIO_FROM: TWILIO.from,
    TWILIO_API_BASE: twilio.url,
    TWILIO_RATE_PER_SECOND: "100",
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_RATE_PER_CHAT: "100",
    TEAMS_ENABLED: "true",
    SCHEDULER_CRON: "0 0 1 1 *",
    ...options.env,
  });
  // The demo patients start with no history: these tests count the messages and rows they cause.
  const service = await startService(config, silentLogger(), { clock: () => clock.now, background: false, demoHistory: false });
  await service.db.therapist.updateMany({ data: { notifyChannel: "sms", notifyAddress: THERAPIST_PHONE } });
  return {
    service,
    twilio,
    telegram,
    teams,
    clock,
    async patientIdByName(name) {
      return (await service.db.patient.findFirstOrThrow({ where: { name: { startsWith: name } } })).id;
    },
    async close() {
      await service.stop();
      await Promise.all([twilio.close(), telegram.close(), teams.close()]);
      await database.drop();
    },
  };
}
