import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import express, { type Request } from "express";
import { z } from "zod";
import type { Channel, ChannelHooks, QuickReply } from "../channel.js";

export interface LocalChatStore {
  /** Patients a visitor may talk as (demo patients). */
  listPatients(): Promise<Array<{ id: string; name: string; language: string }>>;
  /** Whether the visitor may talk as this patient: the demo clinic's patients only. */
  isDemoPatient(patientId: string): Promise<boolean>;
  /** The conversation so far, oldest first. */
  conversation(patientId: string): Promise<Array<{ direction: "inbound" | "outbound"; text: string; at: Date }>>;
}

const postSchema = z.object({
  patientId: z.string().min(1).max(64),
  text: z.string().max(1600).default(""),
  clientMessageId: z.string().min(8).max(64).optional(),
  quickReply: z.enum(["done", "partial", "not_done", "pain"]).optional(),
});

const PAGE = readFileSync(new URL("./chat.html", import.meta.url), "utf8");

const NOT_A_DEMO_PATIENT = { error: { code: "not_found", message: "no such demo patient" } };

/** Loopback, and not relayed by a proxy on this machine on someone else's behalf. */
function fromThisMachine(req: Request): boolean {
  const address = req.socket.remoteAddress ?? "";
  const loopback = address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
  return loopback && req.headers["x-forwarded-for"] === undefined && req.headers.forwarded === undefined;
}

/**
 * The browser chat at /chat: talk to hepbot as a demo patient with no credentials. The page
 * polls the conversation; hepbot's answers arrive through the same outbox as on any channel.
 * With no login, it serves only the demo clinic's patients, and only to this machine unless
 * `network` (LOCAL_CHAT_NETWORK) says otherwise.
 */
export function createLocalChannel(store: LocalChatStore, options: { network?: boolean } = {}): Channel {
  return {
    name: "local",
    mount(router, hooks: ChannelHooks) {
      router.use("/chat", (req, res, next) => {
        if (options.network || fromThisMachine(req)) return next();
        res.status(403).json({ error: { code: "forbidden", message: "the demo chat is served to this machine only (LOCAL_CHAT_NETWORK)" } });
      });
      router.get("/chat", (_req, res) => {
        res.type("html").send(PAGE);
      });
      router.get("/chat/api/patients", async (_req, res) => {
        res.json(await store.listPatients());
      });
      router.get("/chat/api/conversation/:patientId", async (req, res) => {
        if (!(await store.isDemoPatient(req.params.patientId))) {
          res.status(404).json(NOT_A_DEMO_PATIENT);
          return;
        }
        const messages = await store.conversation(req.params.patientId);
        res.json(messages.map((m) => ({ direction: m.direction, text: m.text, at: m.at.toISOString() })));
      });
      router.post("/chat/api/messages", express.json({ limit: "16kb" }), async (req, res) => {
        const parsed = postSchema.safeParse(req.body);
        if (!parsed.success || (!parsed.data.text.trim() && !parsed.data.quickReply)) {
          res.status(400).json({ error: { code: "invalid_input", message: "patientId and text (or quickReply) are required" } });
          return;
        }
        const { patientId, text, clientMessageId, quickReply } = parsed.data;
        if (!(await store.isDemoPatient(patientId))) {
          res.status(404).json(NOT_A_DEMO_PATIENT);
          return;
        }
        const ack = await hooks.onInbound({
          channel: "local",
          platformMessageId: clientMessageId ?? randomUUID(),
          address: patientId,
          text: text.trim() || (quickReply as QuickReply),
          receivedAt: new Date(),
          quickReply,
        });
        res.status(202).json(ack);
      });
    },
    async send(message) {
      // The outbox row and the message log are the delivery: the page reads them.
      return { platformMessageId: `local-${message.idempotencyKey}` };
    },
    async findSent() {
      return null;
    },
  };
}
