import { z } from "zod";
import type { ErrorCode } from "../core/errors.js";
import { errorBodySchema, HTTP_STATUS } from "../http/http-errors.js";
import type { AnyRoute } from "./route.js";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};

/** Path and query parameters from an object schema, one entry per key. */
function parameters(schema: z.ZodType | undefined, location: "path" | "query") {
  if (!schema) return [];
  const object = jsonSchema(schema, "input") as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || (object.required ?? []).includes(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  invalid_input: "invalid_input: the path, query or body failed validation, or a change was not sent as JSON (nothing was written)",
  unauthorized: "unauthorized: no valid session cookie or API token (on login: wrong email or password)",
  forbidden: "forbidden: a read-only API token asked for a change, or the caller's role may not do this",
  not_found: "not_found: no such record, or it belongs to another therapist",
  conflict: "conflict: the record's state does not allow this (already resolved, ended, opted out, a slug or address in use)",
  rate_limited: "rate_limited: too many attempts; try again after Retry-After seconds",
  internal: "internal: something went wrong on the server; nothing is half-written",
};

/** Every error a route can answer with: inferred from its shape, plus those its handler declares. */
export function routeErrors(spec: AnyRoute): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.errors ?? []);
  if (spec.params || spec.query || spec.body || spec.method !== "get") codes.add("invalid_input");
  if (spec.auth !== false) codes.add("unauthorized");
  if (spec.auth !== false && spec.method !== "get") codes.add("forbidden");
  if (spec.params) codes.add("not_found");
  codes.add("internal");
  return (Object.keys(ERROR_DESCRIPTIONS) as ErrorCode[]).filter((code) => codes.has(code));
}

function errorResponse(code: ErrorCode) {
  return {
    description: ERROR_DESCRIPTIONS[code],
    ...(code === "rate_limited" ? { headers: { "Retry-After": { description: "seconds to wait", schema: { type: "integer", minimum: 1 } } } } : {}),
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  };
}

/** The OpenAPI 3.1 document, built from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: AnyRoute[], info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = `/api${spec.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}")}`;
    const status = String(spec.status ?? 200);
    // A route without a response schema gets no content here (never a guess); the tests require one.
    const success =
      status === "204" || !spec.response
        ? { description: "done" }
        : { description: "success", content: { [spec.responseType ?? "application/json"]: { schema: jsonSchema(spec.response, "output") } } };
    const errors = Object.fromEntries(routeErrors(spec).map((code) => [String(HTTP_STATUS[code]), errorResponse(code)]));
    paths[path] ??= {};
    paths[path][spec.method] = {
      operationId: `${spec.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.auth === false ? { security: [] } : {}),
      parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
      ...(spec.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(spec.body, "input") } } } }
        : {}),
      responses: { [status]: success, ...errors },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "hepbot therapist API",
      version: info.version,
      description:
        `Errors always have the shape {"error":{"code","message","details"?}}; codes map to statuses as ${Object.entries(HTTP_STATUS)
          .map(([code, http]) => `${code} ${http}`)
          .join(", ")}. Requests that change something must be sent with Content-Type: application/json.`,
    },
    servers: [{ url: "/" }],
    security: [{ sessionCookie: [] }, { bearerToken: [] }],
    components: {
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "hepbot_session" },
        bearerToken: { type: "http", scheme: "bearer" },
      },
      schemas: { Error: jsonSchema(errorBodySchema, "output") },
    },
    paths,
  };
}
