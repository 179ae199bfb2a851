import { z } from "zod";
import { errorBodySchema, HTTP_STATUS } from "./http-errors.js";
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

const ERROR_RESPONSES: Record<string, string> = {
  "400": "invalid_input: the path, query or body failed validation (nothing was written)",
  "401": "unauthorized: no valid session cookie or API token",
  "404": "not_found: no such record, or it belongs to another therapist",
};

/** The OpenAPI 3.1 document, built from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(routes: AnyRoute[], info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = `/api${spec.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}")}`;
    const status = String(spec.status ?? 200);
    const success =
      status === "204"
        ? { description: "done" }
        : {
            description: "success",
            content: { [spec.responseType ?? "application/json"]: { schema: spec.response ? jsonSchema(spec.response, "output") : { type: "object" } } },
          };
    const errors = Object.fromEntries(
      Object.entries(ERROR_RESPONSES)
        .filter(([code]) => spec.auth !== false || code !== "401")
        .map(([code, description]) => [code, { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
    );
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
