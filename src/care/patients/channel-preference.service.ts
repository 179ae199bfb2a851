import { z } from "zod";
import { CHANNEL_NAMES } from "../../channels/channel.js";
import type { Db } from "../../db/client.js";
import { invalidInput } from "../../core/errors.js";
import { addressCountOn, channelPin, deletePin, savePin } from "./patients.repo.js";
import { addressesByPreference } from "./preferred-address.js";

export const channelView = z.object({
  pinned: z.enum(CHANNEL_NAMES).nullable().meta({ description: "the channel the therapist chose; null: the address the patient last linked or answered from" }),
  preferred: z.enum(CHANNEL_NAMES).nullable().meta({ description: "where prompts and replies go now (when that channel is turned on)" }),
  addresses: z.array(z.object({ channel: z.enum(CHANNEL_NAMES), lastInboundAt: z.iso.datetime().nullable() })),
});

type Channel = (typeof CHANNEL_NAMES)[number];

/** The therapist's choice, where messages go now, and each address with when the patient last wrote from it. */
export async function patientChannel(db: Db, patientId: string): Promise<z.output<typeof channelView>> {
  const [ranked, pin] = await Promise.all([addressesByPreference(db, [patientId]), channelPin(db, patientId)]);
  const addresses = ranked.get(patientId) ?? [];
  return {
    pinned: (pin?.channel ?? null) as Channel | null,
    preferred: (addresses[0]?.channel ?? null) as Channel | null,
    addresses: addresses.map((a) => ({ channel: a.channel as Channel, lastInboundAt: a.lastInboundAt?.toISOString() ?? null })),
  };
}

/** Pins the patient's channel (one they have an address on), or with null lets the newest address lead again. */
export async function pinChannel(db: Db, patientId: string, channel: Channel | null, setBy: string, now: Date): Promise<void> {
  if (channel === null) return deletePin(db, patientId);
  if ((await addressCountOn(db, patientId, channel)) === 0) throw invalidInput(`the patient has no ${channel} address`, { channel });
  await savePin(db, patientId, { channel, setBy, createdAt: now });
}
