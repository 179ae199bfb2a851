// The bare implementation the endToEnd benchmark measures hepbot against: the same job with nothing but
// node:http, better-sqlite3 and fetch. No framework, no ORM, no outbox dispatcher, no pacing.
// Verify the Twilio signature, identify the sender, store the message once, answer empty TwiML; then
// read it with hepbot's own reader, write reading + completion/pain + outbox row + state in one
// transaction, send the reply through the Twilio REST API, mark it sent.
// Run: node --import tsx bench/bare/bare-service.ts  (DATABASE_FILE, TWILIO_*, PUBLIC_BASE_URL, PORT)
import http from "node:http";
import type { AddressInfo } from "node:net";
import Database from "better-sqlite3";
import twilio from "twilio";
import { readMessage } from "../../src/reading/reader.js";

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const accountSid = env("TWILIO_ACCOUNT_SID");
const authToken = env("TWILIO_AUTH_TOKEN");
const from = env("TWILIO_FROM");
const apiBase = env("TWILIO_API_BASE");
const webhookUrl = `${env("PUBLIC_BASE_URL")}/webhooks/twilio`;

const db = new Database(env("DATABASE_FILE"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec(`
  CREATE TABLE IF NOT EXISTS patient (id INTEGER PRIMARY KEY, phone TEXT UNIQUE NOT NULL, lang TEXT NOT NULL, streak INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE IF NOT EXISTS message (id INTEGER PRIMARY KEY, sid TEXT UNIQUE NOT NULL, patient_id INTEGER NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL, received_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS reading (message_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, pain INTEGER, escalate TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS completion (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL, status TEXT NOT NULL, at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS pain_report (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL, score INTEGER, at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, address TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL);
`);

const findPatient = db.prepare<[string], { id: number; lang: string }>("SELECT id, lang FROM patient WHERE phone = ?");
const storeMessage = db.prepare("INSERT INTO message (sid, patient_id, body, state, received_at) VALUES (?, ?, ?, 'received', ?) ON CONFLICT (sid) DO NOTHING");
const insertReading = db.prepare("INSERT INTO reading (message_id, kind, pain, escalate) VALUES (?, ?, ?, ?)");
const insertCompletion = db.prepare("INSERT INTO completion (patient_id, status, at) VALUES (?, ?, ?)");
const insertPain = db.prepare("INSERT INTO pain_report (patient_id, score, at) VALUES (?, ?, ?)");
const bumpStreak = db.prepare("UPDATE patient SET streak = streak + 1 WHERE id = ?");
const insertOutbox = db.prepare("INSERT INTO outbox (key, address, body, status) VALUES (?, ?, ?, 'pending')");
const markProcessed = db.prepare("UPDATE message SET state = 'processed' WHERE id = ?");
const markSent = db.prepare("UPDATE outbox SET status = 'sent' WHERE id = ?");

const REPLIES: Record<string, string> = { done: "Nice work, logged.", partial: "Some is better than none, logged.", pain: "Thanks for telling me, your therapist will see it." };

const process_ = db.transaction((messageId: number, patientId: number, phone: string, body: string) => {
  const reading = readMessage({ text: body });
  insertReading.run(messageId, reading.kind, reading.pain, reading.escalate);
  if (reading.kind === "done" || reading.kind === "partial") {
    insertCompletion.run(patientId, reading.kind, Date.now());
    bumpStreak.run(patientId);
  }
  if (reading.pain !== null || reading.kind === "pain") insertPain.run(patientId, reading.pain, Date.now());
  markProcessed.run(messageId);
  const reply = REPLIES[reading.kind] ?? "Thanks, got it.";
  return { outboxId: Number(insertOutbox.run(`reply:${messageId}`, phone, reply).lastInsertRowid), reply };
});

const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
async function send(outboxId: number, to: string, body: string): Promise<void> {
  const response = await fetch(`${apiBase}/2010-04-01/Accounts/${accountSid}/Messages.json`, {
    method: "POST",
    headers: { authorization, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
  });
  await response.arrayBuffer();
  if (response.status === 201) markSent.run(outboxId);
}

const server = http.createServer((req, res) => {
  if (req.method !== "POST" || req.url !== "/webhooks/twilio") {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
    if (!twilio.validateRequest(authToken, String(req.headers["x-twilio-signature"] ?? ""), webhookUrl, params)) {
      res.writeHead(403).end();
      return;
    }
    const patient = findPatient.get(params.From ?? "");
    const stored = patient ? storeMessage.run(params.MessageSid, patient.id, params.Body ?? "", Date.now()) : null;
    res.writeHead(200, { "content-type": "text/xml" }).end("<Response/>");
    if (!patient || !stored || stored.changes === 0) return;
    const messageId = Number(stored.lastInsertRowid);
    setImmediate(() => {
      const { outboxId, reply } = process_(messageId, patient.id, params.From!, params.Body ?? "");
      void send(outboxId, params.From!, reply).catch(() => undefined);
    });
  });
});
server.keepAliveTimeout = 75_000;
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(JSON.stringify({ msg: "bare service is ready", port: (server.address() as AddressInfo).port }));
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
