import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";

/**
 * A local token authority: OpenID configuration + JWKS on 127.0.0.1, and a signer for Bot
 * Framework–style tokens, so tests run the Agents SDK's real JWT check offline.
 *
 * The SDK fetches keys from `${authorityEndpoint}/discovery/v2.0/keys` when the token issuer is not
 * `https://api.botframework.com` (see `buildJwksUri` in agents-hosting's jwt-middleware), so give the
 * channel `authorityEndpoint: jwks.authority` and `issuers: [jwks.issuer]`.
 */

export interface TokenClaims {
  /** The bot's client id for a valid token. */
  aud: string;
  /** Defaults to this server's issuer. */
  iss?: string;
  /** Bot Framework puts the activity's serviceUrl in this claim. */
  serviceurl?: string;
  /** Seconds from now; negative for an expired token. Default 300. */
  expiresInSeconds?: number;
  /** `rogue`: a key this server does not publish, under the same `kid`. */
  key?: "trusted" | "rogue";
  /** Overrides the header's key id. */
  kid?: string;
  extra?: Record<string, unknown>;
}

export interface JwksServer {
  /** Use as the SDK's `authorityEndpoint` (the tenant is the path segment). */
  readonly authority: string;
  /** The `iss` of tokens this server signs. */
  readonly issuer: string;
  readonly jwksUri: string;
  readonly kid: string;
  /** How many times the keys were fetched. */
  readonly keyFetches: number;
  sign(claims: TokenClaims): Promise<string>;
  close(): Promise<void>;
}

const TENANT = "hepbot-test-tenant";

export async function startJwksServer(): Promise<JwksServer> {
  const kid = "hepbot-test-key";
  const trusted = await generateKeyPair("RS256", { extractable: true });
  const rogue = await generateKeyPair("RS256", { extractable: true });
  const publicJwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid, alg: "RS256", use: "sig" };
  let keyFetches = 0;

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://local").pathname;
    if (path.endsWith("/.well-known/openid-configuration")) {
      json(res, 200, {
        issuer,
        jwks_uri: jwksUri,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_signing_alg_values_supported: ["RS256"],
      });
    } else if (path.endsWith("/discovery/v2.0/keys") || path.endsWith("/keys")) {
      keyFetches++;
      json(res, 200, { keys: [publicJwk] });
    } else {
      json(res, 404, { error: "not found" });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const authority = `http://127.0.0.1:${port}/${TENANT}`;
  const issuer = `${authority}/v2.0`;
  const jwksUri = `${authority}/discovery/v2.0/keys`;

  return {
    authority,
    issuer,
    jwksUri,
    kid,
    get keyFetches() {
      return keyFetches;
    },
    async sign(claims) {
      const privateKey: CryptoKey = claims.key === "rogue" ? rogue.privateKey : trusted.privateKey;
      const nowSeconds = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({ ...(claims.serviceurl ? { serviceurl: claims.serviceurl } : {}), ...claims.extra })
        .setProtectedHeader({ alg: "RS256", kid: claims.kid ?? kid, typ: "JWT" })
        .setIssuer(claims.iss ?? issuer)
        .setAudience(claims.aud)
        .setIssuedAt(nowSeconds - 60)
        .setNotBefore(nowSeconds - 60)
        .setExpirationTime(nowSeconds + (claims.expiresInSeconds ?? 300));
      return jwt.sign(privateKey);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function json(res: import("node:http").ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
