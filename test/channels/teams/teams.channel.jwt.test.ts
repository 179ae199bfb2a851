import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTeamsChannel, TeamsConfigError } from "../../../src/channels/teams/teams.channel.js";
import { startJwksServer, type JwksServer } from "../../fakes/jwks-server.js";
import { startFakeTeamsConnector, type FakeTeamsConnector } from "../../fakes/teams-connector.js";
import { messageFromMaria, recordingHooks, serveChannel, silentLogger, type MountedChannel } from "./teams-fixtures.js";

const CLIENT_ID = "5f1b7c2e-hepbot-test-client";

/**
 * The SDK's real JWT check (`authorizeJWT`: jsonwebtoken + jwks-rsa), pointed at a local authority
 * that publishes our own signing key. Nothing here is mocked.
 */
describe("Teams channel, JWT", () => {
  let jwks: JwksServer;
  let connector: FakeTeamsConnector;
  let hooks: ReturnType<typeof recordingHooks>;
  let http: MountedChannel;

  beforeAll(async () => {
    jwks = await startJwksServer();
    connector = await startFakeTeamsConnector();
    const channel = createTeamsChannel({
      clientId: CLIENT_ID,
      clientSecret: "not-used-offline",
      production: false,
      logger: silentLogger(),
      authConfig: { authorityEndpoint: jwks.authority, issuers: [jwks.issuer] },
    });
    hooks = recordingHooks();
    http = await serveChannel(channel, hooks);
  });

  afterEach(() => {
    hooks.inbound.length = 0;
  });

  afterAll(async () => {
    await http?.close();
    await jwks?.close();
    await connector?.close();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it("accepts a message with a valid Bot Framework–style token", async () => {
    const activity = messageFromMaria(connector.serviceUrl);
    const token = await jwks.sign({ aud: CLIENT_ID, serviceurl: connector.serviceUrl });

    const res = await http.post(activity, bearer(token));

    expect(res.status).toBe(200);
    expect(hooks.inbound).toHaveLength(1);
    expect(hooks.inbound[0]).toMatchObject({ platformMessageId: activity.id, text: "done" });
    expect(jwks.keyFetches).toBeGreaterThan(0); // the key really came from the JWKS endpoint
  });

  it("answers 401 without a token", async () => {
    const res = await http.post(messageFromMaria(connector.serviceUrl));
    expect(res.status).toBe(401);
    expect(hooks.inbound).toHaveLength(0);
  });

  it.each([
    ["signed by a key the authority does not publish", { key: "rogue" as const }],
    ["for another audience", { aud: "someone-elses-bot" }],
    ["from an issuer that is not trusted", { iss: "https://evil.example/v2.0" }],
    ["expired", { expiresInSeconds: -600 }],
    ["with an unknown key id", { kid: "unknown-kid" }],
  ])("answers 401 to a token %s, and does not call onInbound", async (_label, claims) => {
    const token = await jwks.sign({ aud: CLIENT_ID, serviceurl: connector.serviceUrl, ...claims });
    const res = await http.post(messageFromMaria(connector.serviceUrl), bearer(token));
    expect(res.status).toBe(401);
    expect(hooks.inbound).toHaveLength(0);
  });

  it("answers 401 to a malformed Authorization header", async () => {
    const res = await http.post(messageFromMaria(connector.serviceUrl), { authorization: "Basic abc" });
    expect(res.status).toBe(401);
    expect(hooks.inbound).toHaveLength(0);
  });

  it("rejects an activity whose serviceUrl is not the one the token was issued for", async () => {
    const token = await jwks.sign({ aud: CLIENT_ID, serviceurl: "https://smba.trafficmanager.net/amer/" });
    const res = await http.post(messageFromMaria(connector.serviceUrl), bearer(token));
    expect(res.status).toBe(400);
    expect(hooks.inbound).toHaveLength(0);
  });
});

describe("Teams channel configuration", () => {
  it("refuses to start in production without a client id", () => {
    expect(() => createTeamsChannel({ production: true, logger: silentLogger() })).toThrow(TeamsConfigError);
    expect(() => createTeamsChannel({ production: true, clientId: "  ", logger: silentLogger() })).toThrow(
      /client id in production/,
    );
  });

  it("ignores auth settings in the environment: only what it is given counts", async () => {
    // The SDK re-reads process.env on each configuration when TEST_MODE=true and fills unset keys from it.
    const saved = { ...process.env };
    process.env.TEST_MODE = "true";
    process.env.clientId = "client-id-from-env";
    process.env.Connections__serviceConnection__Settings__ClientId = "client-id-from-env";
    try {
      const hooks = recordingHooks();
      const http = await serveChannel(createTeamsChannel({ production: false, logger: silentLogger() }), hooks);
      try {
        // Still anonymous: a request without a token is accepted.
        const res = await http.post(messageFromMaria("http://127.0.0.1:9/"));
        expect(res.status).toBe(200);
        expect(hooks.inbound).toHaveLength(1);
      } finally {
        await http.close();
      }
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});
