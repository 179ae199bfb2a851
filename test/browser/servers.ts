import { hashPassword } from "../../src/auth/password.js";
import { loadConfig } from "../../src/config/config.js";
import type { Db } from "../../src/db/client.js";
import { silentLogger } from "../../src/logging/logger.js";
import { startService, type RunningService } from "../../src/service.js";
import { createTestDatabaseUrl } from "../support/databases.js";

export const DEMO_PASSWORD = "demo-password-for-browser";
export const OTHER_PASSWORD = "other-password-for-browser";
export const CAROL = "carol@elsewhere.example";

export interface Servers {
  /** Where the service serves the dashboard, the API and the local web chat. */
  url: string;
  db: Db;
  close(): Promise<void>;
}

/**
 * The full service (`startService`: migrations, demo clinic, the local web chat, the message
 * pipeline, the dispatcher, the dashboard and the API) on a fresh SQLite file, plus a second clinic.
 */
export async function startServers(options: { demoHistory?: boolean } = {}): Promise<Servers> {
  const database = await createTestDatabaseUrl("sqlite");
  const config = loadConfig({
    DATABASE_URL: database.url,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SEED_DEMO: "true",
    DEMO_PASSWORD,
    LOCAL_CHAT_ENABLED: "true",
    SCHEDULER_ENABLED: "false",
    VIDEO_BASE_URL: "https://videos.example/ex/",
  });
  // The demo's four weeks of history only where a test looks at it: the others start from a clean slate.
  const service: RunningService = await startService(config, silentLogger(), { demoHistory: options.demoHistory ?? false });
  const db = service.db;
  const clinic = await db.clinic.create({ data: { name: "Elsewhere PT", timeZone: "Europe/Madrid" } });
  await db.therapist.create({ data: { clinicId: clinic.id, name: "Carol Ruiz", email: CAROL, role: "admin", timeZone: "Europe/Madrid", passwordHash: await hashPassword(OTHER_PASSWORD) } });
  return {
    url: service.url,
    db,
    async close() {
      await service.stop();
      await database.drop();
    },
  };
}
