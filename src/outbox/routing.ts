import type { Channel, ChannelName, OutboundMessage, QuickReply } from "../channels/channel.js";
import type { Db } from "../db/client.js";
import { addressesByPreference, pickAddress } from "../care/patients/preferred-address.js";
import type { OutboxRow } from "./claimed-rows.repo.js";

export type Route = { channel: ChannelName; address: string; conversationRef: string | null };
export type Channels = Partial<Record<ChannelName, Channel>>;

/**
 * Where a row goes: its own channel when enabled; else the patient's preferred address on an
 * enabled channel; else the demo web chat (`local`) when enabled. null: nothing can reach them.
 */
export async function route(db: Db, channels: Channels, row: OutboxRow): Promise<Route | null> {
  const channel = row.channel as ChannelName;
  if (channels[channel]) return { channel, address: row.address, conversationRef: row.conversationRef };
  if (!row.patientId) return null;
  const ranked = (await addressesByPreference(db, [row.patientId])).get(row.patientId) ?? [];
  return pickAddress(row.patientId, ranked, Object.keys(channels) as ChannelName[]);
}

/** The row as its own channel's message. */
export function ownRoute(row: OutboxRow): Route {
  return { channel: row.channel as ChannelName, address: row.address, conversationRef: row.conversationRef };
}

export function outbound(row: OutboxRow, r: Route): OutboundMessage {
  const language = row.patient?.language;
  return {
    channel: r.channel,
    address: r.address,
    text: row.body,
    idempotencyKey: row.idempotencyKey,
    family: row.kind,
    ...(row.quickReplies ? { quickReplies: JSON.parse(row.quickReplies) as QuickReply[] } : {}),
    ...(language ? { language } : {}),
    ...(r.conversationRef ? { conversationRef: r.conversationRef } : {}),
  };
}
