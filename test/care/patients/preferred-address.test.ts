import { describe, expect, it } from "vitest";
import { rankAddresses, type AddressCandidate } from "../../../src/care/patients/preferred-address.js";

const at = (iso: string | null) => (iso === null ? null : new Date(iso));
const address = (channel: string, preferred: boolean, created: string, lastInbound: string | null): AddressCandidate => ({
  channel,
  address: `${channel}-address`,
  conversationRef: null,
  preferred,
  createdAt: new Date(created),
  lastInboundAt: at(lastInbound),
});

describe("rankAddresses: the address hepbot writes to", () => {
  const sms = (last: string | null) => address("sms", true, "2026-01-01T00:00:00Z", last);
  const teams = (last: string | null) => address("teams", false, "2026-02-01T00:00:00Z", last);
  const telegram = (last: string | null) => address("telegram", false, "2026-01-01T00:00:00Z", last);
  const rows: [string, AddressCandidate[], string | null, string[]][] = [
    ["the first address given, when the patient has never written", [teams(null), sms(null)], null, ["sms", "teams"]],
    ["after linking Teams (the code is sent from it), Teams", [sms("2026-01-05T10:00:00Z"), teams("2026-02-01T00:00:01Z")], null, ["teams", "sms"]],
    ["an SMS answer after that wins SMS back", [sms("2026-02-03T09:00:00Z"), teams("2026-02-01T00:00:01Z")], null, ["sms", "teams"]],
    ["the therapist's choice beats the rule", [sms("2026-01-05T10:00:00Z"), teams("2026-02-01T00:00:01Z")], "sms", ["sms", "teams"]],
    ["a choice of a channel without an address changes nothing", [sms(null), teams("2026-02-01T00:00:01Z")], "whatsapp", ["teams", "sms"]],
    ["answered beats never answered, whatever the flag", [sms(null), telegram("2026-01-02T00:00:00Z"), teams(null)], null, ["telegram", "sms", "teams"]],
    ["unflagged and silent: the oldest first", [teams(null), telegram(null)], null, ["telegram", "teams"]],
  ];
  it.each(rows)("%s", (_, addresses, pinned, expected) => {
    expect(rankAddresses(addresses, pinned).map((a) => a.channel)).toEqual(expected);
  });
});
