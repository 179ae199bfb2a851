// Counts the SQL statements the dispatcher runs per sent row, on SQLite (better-sqlite3's
// prepare) or, with a postgres:// URL as the first argument, on PostgreSQL (pg's Client.query).
// `npx tsx bench/dispatch-queries.ts [postgres-url]`: prints { rows, queries, perRow }.
import BetterSqlite3 from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Channel } from "../src/channels/channel.js";
import { openDatabase } from "../src/db/database.js";
import { silentLogger } from "../src/logging/logger.js";
import { createDispatcher } from "../src/outbox/dispatcher.js";

let queries = 0;
const prepare = BetterSqlite3.prototype.prepare;
BetterSqlite3.prototype.prepare = function (this: BetterSqlite3.Database, sql: string) {
  queries++;
  return prepare.call(this, sql);
} as typeof prepare;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries++;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const rows = 200;
const pgUrl = process.argv[2];
let dropSchema = async () => {};
let url: string;
const dir = mkdtempSync(join(tmpdir(), "hepbot-dispatch-queries-"));
if (pgUrl) {
  const schema = `dq_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  url = `${pgUrl}?schema=${schema}`;
  dropSchema = async () => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`DROP SCHEMA "${schema}" CASCADE`);
    await c.end();
  };
} else {
  url = `file:${join(dir, "q.db")}`;
}
const database = await openDatabase(url);
const { db } = database;
const clinic = await db.clinic.create({ data: { name: "Q", timeZone: "America/New_York" } });
const therapist = await db.therapist.create({ data: { clinicId: clinic.id, name: "Dr. Q", email: "q@example.org", timeZone: "America/New_York" } });
const now = new Date();
await db.patient.createMany({ data: Array.from({ length: rows }, (_, i) => ({ id: `pat${i}`, clinicId: clinic.id, therapistId: therapist.id, name: `P${i}`, timeZone: "America/New_York" })) });
await db.outboxMessage.createMany({
  data: Array.from({ length: rows }, (_, i) => ({ idempotencyKey: `prompt:q:${i}`, kind: "prompt", patientId: `pat${i}`, channel: "sms", address: `+1555${String(i).padStart(7, "0")}`, body: "Time for your exercises", nextAttemptAt: now, createdAt: now })),
});
let sid = 0;
const sms: Channel = { name: "sms", mount: () => {}, send: async () => ({ platformMessageId: `SM${++sid}` }) } as unknown as Channel;
const dispatcher = createDispatcher({ db, provider: pgUrl ? "postgresql" : "sqlite", channels: { sms }, logger: silentLogger(), workerId: "q", rates: { sms: 100_000 } });
queries = 0;
while ((await dispatcher.runOnce()).claimed > 0);
const counted = queries;
const sent = await db.outboxMessage.count({ where: { status: "sent" } });
console.log(JSON.stringify({ rows: sent, queries: counted, perRow: Math.round((counted / sent) * 100) / 100 }));
await database.close();
await dropSchema();
rmSync(dir, { recursive: true, force: true });
