import type { ChannelName } from "../../channels/channel.js";
import type { Db } from "../../db/client.js";
import { addressFacts } from "./patients.repo.js";

/**
 * Which of a patient's addresses hepbot writes to: the one place the rule lives. Pure.
 *
 * 1. The channel the therapist chose for the patient, when set.
 * 2. Otherwise the address the patient last linked or answered from (linking sends the code from
 *    it, so a new Teams link wins over an old SMS number, and an SMS answer after that wins back).
 * 3. Then the address marked preferred when the patient was added (the first one given), then the oldest.
 *
 * Callers take the first address on a channel they can send on.
 */
export interface AddressCandidate {
  channel: string;
  address: string;
  conversationRef: string | null;
  preferred: boolean;
  createdAt: Date;
  /** When the patient last wrote from this address, or null. */
  lastInboundAt: Date | null;
}

export function rankAddresses<T extends AddressCandidate>(addresses: readonly T[], pinnedChannel: string | null): T[] {
  const time = (d: Date | null) => (d === null ? -Infinity : d.getTime());
  return [...addresses].sort(
    (a, b) =>
      Number(b.channel === pinnedChannel) - Number(a.channel === pinnedChannel) ||
      time(b.lastInboundAt) - time(a.lastInboundAt) ||
      Number(b.preferred) - Number(a.preferred) ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
}

export type RankedAddress = AddressCandidate & { patientId: string };

/** Each patient's addresses, best first by `rankAddresses`, read in three queries for any number of patients. */
export async function addressesByPreference(db: Db, patientIds: readonly string[]): Promise<Map<string, RankedAddress[]>> {
  const ids = [...new Set(patientIds)];
  const { addresses, pins, inbound } = await addressFacts(db, ids);
  const last = new Map(inbound.map((m) => [`${m.patientId}|${m.channel}|${m.address}`, m._max.createdAt ?? null]));
  const pinOf = new Map(pins.map((p) => [p.patientId, p.channel]));
  const byPatient = new Map<string, RankedAddress[]>();
  for (const a of addresses) {
    const list = byPatient.get(a.patientId) ?? [];
    list.push({ ...a, lastInboundAt: last.get(`${a.patientId}|${a.channel}|${a.address}`) ?? null });
    byPatient.set(a.patientId, list);
  }
  for (const [patientId, list] of byPatient) byPatient.set(patientId, rankAddresses(list, pinOf.get(patientId) ?? null));
  return byPatient;
}

export interface Address {
  channel: ChannelName;
  address: string;
  conversationRef: string | null;
}

/**
 * The first address, in the patient's order of preference (`rankAddresses`), on a channel we can
 * send on; the demo web chat when there is none.
 */
export function pickAddress(
  patientId: string,
  ranked: readonly { channel: string; address: string; conversationRef: string | null }[],
  enabled: readonly ChannelName[] | undefined,
): Address | null {
  const chosen = ranked.find((a) => !enabled || enabled.includes(a.channel as ChannelName));
  if (chosen) return { channel: chosen.channel as ChannelName, address: chosen.address, conversationRef: chosen.conversationRef };
  if (!enabled || enabled.includes("local")) return { channel: "local", address: patientId, conversationRef: null };
  return null;
}
