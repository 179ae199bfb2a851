import { getAuthConfigWithDefaults, type AuthConfiguration } from "@microsoft/agents-hosting";

/** Teams cannot start with the settings it was given. */
export class TeamsConfigError extends Error {
  readonly code = "TEAMS_CONFIG_INVALID";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TeamsConfigError";
  }
}

export interface TeamsAuthOptions {
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  production: boolean;
  /** Overrides merged over the settings above (tests point `authorityEndpoint`/`issuers` at a local JWKS server). */
  authConfig?: AuthConfiguration;
}

const CONNECTION_NAME = "serviceConnection";

/**
 * Builds the SDK auth configuration from explicit settings only.
 *
 * - No client id → anonymous (no token checked, none sent); refused in production.
 * - With a client id the SDK's JWT check requires a Bot Framework token with `aud` = client id, and
 *   issuer validation is on (the SDK leaves it off by default for backward compatibility).
 */
export function buildTeamsAuthConfig(options: TeamsAuthOptions): AuthConfiguration {
  const { connections: overrideConnections, connectionsMap: overrideMap, ...overrides } = options.authConfig ?? {};
  // The SDK reads auth settings from process.env once, at import, and spreads them *under* the
  // configuration it is given; with no `connections` it takes them from `Connections__*` variables.
  // So the client id is always an explicit key (even when undefined) and the connection map is
  // always ours: a stray `clientId=` or `Connections__…` variable cannot change who is trusted.
  const settings: AuthConfiguration = {
    clientId: nonEmpty(options.clientId),
    clientSecret: nonEmpty(options.clientSecret),
    tenantId: nonEmpty(options.tenantId),
    validateIssuer: true,
    ...overrides,
  };

  if (!settings.clientId && options.production) {
    throw new TeamsConfigError(
      "Teams needs a client id in production (the Azure Bot's Microsoft App ID, e.g. TEAMS_CLIENT_ID); " +
        "without one every request would be accepted unauthenticated.",
    );
  }

  const connections = overrideConnections?.size
    ? overrideConnections
    : new Map<string, AuthConfiguration>([[CONNECTION_NAME, settings]]);
  const connectionsMap = overrideMap?.length ? overrideMap : [{ serviceUrl: "*", connection: CONNECTION_NAME }];

  try {
    return getAuthConfigWithDefaults({ ...settings, connections, connectionsMap });
  } catch (cause) {
    // The SDK refuses a missing client id whenever NODE_ENV=production, whatever `production` says.
    throw new TeamsConfigError(
      `Teams auth configuration rejected by the Agents SDK: ${cause instanceof Error ? cause.message : String(cause)}` +
        (settings.clientId ? "" : " (NODE_ENV=production also requires a client id)"),
      { cause },
    );
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
