import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ChannelSendError, type Channel, type OutboundMessage } from "../../../src/channels/channel.js";
import { createTeamsChannel } from "../../../src/channels/teams/teams.channel.js";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "../../fakes/teams-connector.js";
import {
  MariaInTeams,
  messageFromMaria,
  recordingHooks,
  serveChannel,
  silentLogger,
  type MountedChannel,
} from "./teams-fixtures.js";

/** Anonymous mode (no client id, not production): the local trial setup. Real SDK, fake connector. */
describe("Teams channel, anonymous", () => {
  let connector: FakeTeamsConnector;
  let channel: Channel;
  let hooks: ReturnType<typeof recordingHooks>;
  let http: MountedChannel;
  const receivedAt = new Date("2025-05-06T14:00:05.000Z");

  beforeAll(async () => {
    connector = await startFakeTeamsConnector();
    channel = createTeamsChannel({ production: false, logger: silentLogger(), now: () => receivedAt });
    hooks = recordingHooks();
    http = await serveChannel(channel, hooks);
  });

  afterEach(() => {
    hooks.inbound.length = 0;
    connector.activities.length = 0;
  });

  afterAll(async () => {
    await http?.close();
    await connector?.close();
  });

  async function storedRefFromMaria(): Promise<string> {
    const res = await http.post(messageFromMaria(connector.serviceUrl, { text: "hello" }));
    expect(res.status).toBe(200);
    return hooks.inbound.at(-1)!.conversationRef!;
  }

  function outbound(conversationRef: string | undefined, extra: Partial<OutboundMessage> = {}): OutboundMessage {
    return {
      channel: "teams",
      address: MariaInTeams.conversationId,
      text: "Time for your knee exercises: 10 heel slides.",
      idempotencyKey: `prompt-${Math.random()}`,
      conversationRef,
      ...extra,
    };
  }

  it("hands a message activity to onInbound with the platform id, conversation and a usable reference", async () => {
    const activity = messageFromMaria(connector.serviceUrl, { text: "  link ABC123 " });
    const res = await http.post(activity);

    expect(res.status).toBe(200);
    expect(hooks.inbound).toHaveLength(1);
    const inbound = hooks.inbound[0]!;
    expect(inbound).toMatchObject({
      channel: "teams",
      platformMessageId: activity.id,
      address: MariaInTeams.conversationId,
      text: "link ABC123",
      receivedAt,
    });
    expect(inbound.quickReply).toBeUndefined();
    const ref = JSON.parse(inbound.conversationRef!);
    expect(ref).toMatchObject({
      activityId: activity.id,
      channelId: "msteams",
      serviceUrl: connector.serviceUrl,
      conversation: { id: MariaInTeams.conversationId },
      user: { id: MariaInTeams.userId },
      agent: { id: "28:hepbot-bot" },
    });
    // Nothing is sent inside the turn: replies go out later through send().
    expect(connector.callCount).toBe(0);
  });

  it("sends proactively on a stored reference and returns the connector's activity id", async () => {
    const ref = await storedRefFromMaria();
    const result = await channel.send(outbound(ref));

    const [sent] = await connector.waitForActivities(1);
    expect(sent!.conversationId).toBe(MariaInTeams.conversationId);
    // The SDK replies to the activity the reference was taken from (harmless in a 1:1 chat).
    expect(sent!.replyToId).toBe(JSON.parse(ref).activityId);
    expect(sent!.activity).toMatchObject({
      type: "message",
      text: "Time for your knee exercises: 10 heel slides.",
      conversation: { id: MariaInTeams.conversationId },
      recipient: { id: MariaInTeams.userId },
      from: { id: "28:hepbot-bot" },
    });
    expect(sent!.authorization).toBeUndefined(); // anonymous: no token sent
    expect(result.platformMessageId).toBe(sent!.id);
  });

  it("offers quick replies as suggested actions, and maps a tapped one back", async () => {
    const ref = await storedRefFromMaria();
    await channel.send(outbound(ref, { quickReplies: ["done", "partial", "not_done", "pain"] }));
    const [sent] = await connector.waitForActivities(1);
    const actions = (sent!.activity.suggestedActions as { actions: { type: string; title: string; value: string }[] })
      .actions;
    expect(actions.map((a) => a.type)).toEqual(["imBack", "imBack", "imBack", "imBack"]);

    // Tapping an imBack button posts its value as the patient's message.
    const tapped = actions.find((a) => a.title === "It hurt")!;
    await http.post(messageFromMaria(connector.serviceUrl, { text: tapped.value }));
    expect(hooks.inbound.at(-1)).toMatchObject({ text: "It hurt", quickReply: "pain" });
  });

  it("strips the bot's @mention in a group chat", async () => {
    const res = await http.post(
      messageFromMaria(connector.serviceUrl, {
        text: "<at>hepbot</at> done",
        entities: [{ type: "mention", mentioned: { id: "28:hepbot-bot", name: "hepbot" }, text: "<at>hepbot</at>" }],
      }),
    );
    expect(res.status).toBe(200);
    expect(hooks.inbound.at(-1)).toMatchObject({ text: "done", quickReply: "done" });
  });

  it("acknowledges non-message activities without calling onInbound", async () => {
    const res = await http.post(
      messageFromMaria(connector.serviceUrl, { type: "conversationUpdate", text: undefined, membersAdded: [{ id: "28:hepbot-bot" }] }),
    );
    expect(res.status).toBe(200);
    expect(hooks.inbound).toHaveLength(0);
  });

  it("answers 400 to a message with no id, without calling onInbound", async () => {
    const res = await http.post(messageFromMaria(connector.serviceUrl, { id: undefined }));
    expect(res.status).toBe(400);
    expect(hooks.inbound).toHaveLength(0);
  });

  it("answers 500 when onInbound fails, and sends the patient nothing", async () => {
    const failing = createTeamsChannel({ production: false, logger: silentLogger() });
    const broken = await serveChannel(failing, {
      onInbound: async () => {
        throw new Error("database down");
      },
      onDeliveryStatus: async () => {},
    });
    const before = connector.callCount;
    try {
      const res = await broken.post(messageFromMaria(connector.serviceUrl));
      expect(res.status).toBe(500);
      expect(connector.callCount).toBe(before);
    } finally {
      await broken.close();
    }
  });

  describe("send failures", () => {
    it.each([
      { failure: { status: 429, retryAfter: "7" }, kind: "retryable", reason: "rate_limited", retryAfterMs: 7000 },
      { failure: { status: 502 }, kind: "retryable", reason: "server", retryAfterMs: undefined },
      {
        failure: { status: 403, body: { error: { code: "ConversationBlockedByUser", message: "blocked" } } },
        kind: "permanent",
        reason: "blocked",
        retryAfterMs: undefined,
      },
      { failure: { drop: true as const }, kind: "retryable", reason: "network", retryAfterMs: undefined },
    ])("connector $failure → $kind $reason", async ({ failure, kind, reason, retryAfterMs }) => {
      const ref = await storedRefFromMaria();
      connector.failNext(1, failure);
      const error = await channel.send(outbound(ref)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChannelSendError);
      expect(error).toMatchObject({ kind, reason });
      expect((error as ChannelSendError).options.retryAfterMs).toBe(retryAfterMs);
      expect(connector.activities).toHaveLength(0);

      // The next attempt goes through: nothing in the channel stays broken.
      await expect(channel.send(outbound(ref))).resolves.toMatchObject({ platformMessageId: expect.any(String) });
    });

    it("the error cause does not carry the message text", async () => {
      const ref = await storedRefFromMaria();
      connector.failNext(1, { status: 500 });
      const error = (await channel.send(outbound(ref, { text: "private knee note" })).catch((e: unknown) => e)) as Error;
      expect(JSON.stringify(error.cause)).not.toContain("private knee note");
      expect(String((error.cause as Error).message)).not.toContain("private knee note");
    });

    it("an unreachable connector is a retryable network failure", async () => {
      const gone = await startFakeTeamsConnector();
      await gone.close();
      const ref = JSON.parse(await storedRefFromMaria());
      ref.serviceUrl = gone.serviceUrl;
      await expect(channel.send(outbound(JSON.stringify(ref)))).rejects.toMatchObject({ kind: "retryable", reason: "network" });
    });

    it.each([
      ["missing", undefined],
      ["not JSON", "{nope"],
      ["without serviceUrl", JSON.stringify({ channelId: "msteams", conversation: { id: MariaInTeams.conversationId } })],
    ])("a %s conversation reference is a permanent invalid_address", async (_label, ref) => {
      const before = connector.callCount;
      await expect(channel.send(outbound(ref))).rejects.toMatchObject({ kind: "permanent", reason: "invalid_address" });
      expect(connector.callCount).toBe(before);
    });

    it("refuses a reference that belongs to another conversation than the address", async () => {
      const ref = await storedRefFromMaria();
      const before = connector.callCount;
      await expect(channel.send(outbound(ref, { address: "a:1someone-else" }))).rejects.toMatchObject({
        kind: "permanent",
        reason: "invalid_address",
      });
      expect(connector.callCount).toBe(before);
    });
  });
});
