import type { DeliveryStatusUpdate } from "../channel.js";

export type DeliveryStatus = DeliveryStatusUpdate["status"];

/**
 * Twilio's MessageStatus values for outbound messages, in hepbot's terms.
 * `null` means "not a delivery fact we track" (inbound statuses, unknown future values).
 */
const TWILIO_STATUS: Readonly<Record<string, DeliveryStatus | null>> = {
  accepted: "queued",
  scheduled: "queued",
  queued: "queued",
  sending: "queued",
  sent: "sent",
  delivered: "delivered",
  read: "read",
  undelivered: "undelivered",
  failed: "failed",
  canceled: "failed",
  receiving: null,
  received: null,
};

export function fromTwilioStatus(messageStatus: string): DeliveryStatus | null {
  return TWILIO_STATUS[messageStatus.toLowerCase()] ?? null;
}

/** Order of the delivery steps; the terminal outcomes share a rank so one cannot overwrite another. */
const RANK: Readonly<Record<DeliveryStatus, number>> = {
  queued: 0,
  sent: 1,
  delivered: 2,
  undelivered: 2,
  failed: 2,
  read: 3,
};

/**
 * Whether a status callback moves a message forward. Callbacks arrive out of order, so a late
 * "sent" must not overwrite "delivered". `read` only follows a message that was not reported lost.
 */
export function isForwardTransition(from: DeliveryStatus | null | undefined, to: DeliveryStatus): boolean {
  if (from === null || from === undefined) return true;
  if (to === "read" && (from === "undelivered" || from === "failed")) return false;
  return RANK[to] > RANK[from];
}
