import { randomUUID } from "node:crypto";
import type { Channel, ChannelName, InboundHandler, InboundMessage } from "../channels/channel.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logging/logger.js";
import { TemplateWriter, type TemplateBook } from "../conversation/reply-templates.js";
import { enqueueOutbox } from "../outbox/outbox.repo.js";
import { presentedCode } from "./enrollment.js";
import { redeemEnrollmentCode } from "../care/enrollment/enrollment-codes.service.js";
import { insertInboundOnce } from "../care/messages/message-log.repo.js";
import { addressOwner, patientExists, patientWithClinic, updateConversationRef } from "../care/patients/patients.repo.js";
import { therapistById } from "../care/therapists/therapists.repo.js";
import { createUnknownSenderGate } from "./unknown-senders.js";

export interface IntakeDeps {
  db: Db;
  logger: Logger;
  clock: () => Date;
  channels: Partial<Record<ChannelName, Channel>>;
  /** `prompts/pipeline.{en,es}.json`. */
  templates: Record<"en" | "es", TemplateBook>;
  /** Called once per newly stored message; processing happens after the webhook is answered. */
  onStored: (messageId: string, patientId: string, text: string) => void;
  /** Wakes the dispatcher when a reply was queued here. */
  wakeDispatcher: () => void;
}


/**
 * The first steps of the pipeline, fast enough to run inside a webhook: identify the patient,
 * store the message once (the platform's id is unique per channel), and hand it on.
 */
export function createInboundIntake(deps: IntakeDeps): InboundHandler {
  const { db, logger, clock } = deps;
  const unknownSenders = createUnknownSenderGate(clock);
  const knownAddresses = createAddressCache();

  async function identify(message: InboundMessage): Promise<string | null> {
    if (message.channel === "local") {
      return (await patientExists(db, message.address)) ? message.address : null;
    }
    const key = `${message.channel}:${message.address}`;
    if (!message.conversationRef) {
      const cached = knownAddresses.get(key);
      if (cached) return cached;
    }
    const address = await addressOwner(db, message.channel, message.address);
    if (address && message.conversationRef && address.conversationRef !== message.conversationRef) {
      await updateConversationRef(db, address.id, message.conversationRef);
    }
    if (address) knownAddresses.set(key, address.patientId);
    return address?.patientId ?? null;
  }

  async function answerUnknown(message: InboundMessage, family: "not_enrolled" | "link_failed") {
    const count = unknownSenders.countForLog();
    if (count !== null) logger.info({ channel: message.channel, unknownSenders: count }, "messages from senders who are not enrolled");
    if (!unknownSenders.shouldAnswer(`${message.channel}:${message.address}`)) return;
    const channel = deps.channels[message.channel];
    if (!channel) return;
    const text = new TemplateWriter(deps.templates.en, () => 0).fixed(family);
    await channel
      .send({ channel: message.channel, address: message.address, text, idempotencyKey: `unknown:${message.channel}:${message.platformMessageId}`, conversationRef: message.conversationRef })
      .catch((error: unknown) => logger.warn({ err: (error as Error).message, channel: message.channel }, "could not answer an unknown sender"));
  }

  /** Stores the message unless its platform id was seen before; returns the new row's id, or null for a duplicate. */
  async function store(message: InboundMessage, patientId: string, state: "received" | "processed") {
    const id = randomUUID();
    const inserted = await insertInboundOnce(db, {
      id,
      patientId,
      channel: message.channel,
      platformMessageId: message.platformMessageId,
      address: message.address,
      body: message.text,
      quickReply: message.quickReply ?? null,
      media: message.media?.length ? JSON.stringify(message.media) : null,
      state,
      receivedAt: message.receivedAt,
      processedAt: state === "processed" ? clock() : null,
    });
    return inserted ? id : null;
  }

  async function link(message: InboundMessage, code: string): Promise<boolean> {
    const now = clock();
    const redeemed = await redeemEnrollmentCode(db, code, { channel: message.channel, address: message.address, conversationRef: message.conversationRef ?? null }, now);
    if (!redeemed) return false;
    if ("therapistId" in redeemed) {
      await confirmTherapistLink(message, redeemed.therapistId);
      return true;
    }
    const { patientId } = redeemed;
    const messageId = await store(message, patientId, "processed");
    if (!messageId) return true;
    const patient = await patientWithClinic(db, patientId);
    const lang = patient.language === "es" ? "es" : "en";
    const text = new TemplateWriter(deps.templates[lang], () => 0).fixed("linked", { clinicName: patient.clinic.name });
    await enqueueOutbox(
      db,
      { idempotencyKey: `reply:${messageId}`, kind: "reply", channel: message.channel, address: message.address, conversationRef: message.conversationRef, patientId, body: text },
      now,
    );
    logger.info({ messageId, patientId, channel: message.channel }, "linked a channel address to a patient");
    deps.wakeDispatcher();
    return true;
  }

  /** A therapist's chat is for alerts and the digest; nothing of theirs is stored as a patient message. */
  async function confirmTherapistLink(message: InboundMessage, therapistId: string) {
    const therapist = await therapistById(db, therapistId);
    const lang = therapist.language === "es" ? "es" : "en";
    const text = new TemplateWriter(deps.templates[lang], () => 0).fixed("therapist_linked");
    await enqueueOutbox(
      db,
      { idempotencyKey: `linked:${message.channel}:${message.platformMessageId}`, kind: "alert", channel: message.channel, address: message.address, conversationRef: message.conversationRef, therapistId, body: text },
      clock(),
    );
    logger.info({ therapistId, channel: message.channel }, "linked a therapist's chat for alerts");
    deps.wakeDispatcher();
  }

  return async (message) => {
    const patientId = await identify(message);
    if (!patientId) {
      const code = presentedCode(message);
      if (code && (await link(message, code))) return { accepted: true };
      await answerUnknown(message, code ? "link_failed" : "not_enrolled");
      return { accepted: true };
    }
    const messageId = await store(message, patientId, "received");
    if (!messageId) {
      logger.info({ channel: message.channel, platformMessageId: message.platformMessageId }, "duplicate delivery ignored");
      return { accepted: false };
    }
    deps.onStored(messageId, patientId, message.text);
    return { accepted: true };
  };
}

const ADDRESS_TTL_MS = 60_000;
const MAX_ADDRESSES = 50_000;

/** Who an address belongs to, remembered briefly: a burst of webhooks from enrolled patients costs one query each, not two. */
function createAddressCache() {
  const entries = new Map<string, { patientId: string; until: number }>();
  return {
    get(key: string): string | null {
      const entry = entries.get(key);
      if (!entry || entry.until < Date.now()) return null;
      return entry.patientId;
    },
    set(key: string, patientId: string): void {
      if (entries.size >= MAX_ADDRESSES) entries.delete(entries.keys().next().value!);
      entries.set(key, { patientId, until: Date.now() + ADDRESS_TTL_MS });
    },
  };
}
