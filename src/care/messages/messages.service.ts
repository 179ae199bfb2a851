import { randomUUID } from "node:crypto";
import { CHANNEL_NAMES, type ChannelName } from "../../channels/channel.js";
import { AppError } from "../../core/errors.js";
import type { Db } from "../../db/client.js";
import { enqueueOutbox } from "../../outbox/outbox.repo.js";
import { addressesByPreference, pickAddress } from "../patients/preferred-address.js";
import { outboxRowByKey } from "./messages.repo.js";

/** Without a list of the channels that are on, the platforms: never the demo web chat. */
const PLATFORM_CHANNELS = CHANNEL_NAMES.filter((c) => c !== "local");

/**
 * Queues a therapist's reply to an opted-in patient on their preferred address among the channels
 * this service sends on; returns the queued outbox row.
 */
export async function queueTherapistReply(
  db: Db,
  patient: { id: string; consent: string },
  therapistId: string,
  text: string,
  enabledChannels: readonly ChannelName[] | undefined,
  now: Date,
) {
  if (patient.consent !== "opted_in") throw new AppError("conflict", "the patient has opted out of messages");
  const addresses = (await addressesByPreference(db, [patient.id])).get(patient.id) ?? [];
  // The dispatcher's rule: the preferred address on a channel this service has turned on.
  const address = pickAddress(patient.id, addresses, enabledChannels ?? PLATFORM_CHANNELS);
  if (!address) throw new AppError("conflict", "the patient has no channel to reach them on yet");
  const idempotencyKey = `reply:${patient.id}:${randomUUID()}`;
  await enqueueOutbox(
    db,
    { idempotencyKey, kind: "reply", channel: address.channel, address: address.address, conversationRef: address.conversationRef, body: text, patientId: patient.id, therapistId },
    now,
  );
  return outboxRowByKey(db, idempotencyKey);
}
