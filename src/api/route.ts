import type { Request, Response, Router } from "express";
import { z } from "zod";
import { AppError, invalidInput, type ErrorCode } from "../core/errors.js";
import { describeIssues } from "../core/validation.js";
import type { Actor } from "../care/actor.js";

type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<P, Q, B> {
  req: Request;
  res: Response;
  actor: Actor;
  params: P;
  query: Q;
  body: B;
}

/**
 * One API route: its HTTP shape as zod schemas (the same ones the OpenAPI document is built from)
 * and a handler that gets parsed input and returns the JSON to send.
 */
export interface RouteSpec<P extends Schema = undefined, Q extends Schema = undefined, B extends Schema = undefined> {
  method: "get" | "post" | "patch" | "delete";
  /** Express path under /api, e.g. `/patients/:id`. */
  path: string;
  tag: string;
  summary: string;
  /** false for the few routes anyone may call (login, the OpenAPI document). */
  auth?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** Success status; 200 unless set. */
  status?: number;
  /** The success body, for the document (required unless the status is 204). */
  response?: z.ZodType;
  /**
   * Errors the handler raises beyond those the document infers from the route's shape (400 for
   * input, 401 and 403 for auth, 404 for a path id): 409, 429, a 401 or 403 of its own.
   */
  errors?: ErrorCode[];
  /** Documented when the answer is not JSON (e.g. `application/fhir+json`). */
  responseType?: string;
  handler(ctx: RouteContext<Out<P>, Out<Q>, Out<B>>): Promise<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any>;

/** Keeps the handler's types tied to its schemas. */
export function route<P extends Schema = undefined, Q extends Schema = undefined, B extends Schema = undefined>(
  spec: RouteSpec<P, Q, B>,
): AnyRoute {
  return spec as AnyRoute;
}

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: "path" | "query" | "body"): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw invalidInput(`${where}: ${describeIssues(parsed.error)}`, {
      issues: parsed.error.issues.map((issue) => ({ in: where, path: issue.path.join("."), message: issue.message })),
    });
  }
  return parsed.data;
}

export function mountRoutes(router: Router, routes: AnyRoute[]): void {
  for (const spec of routes) {
    router[spec.method](spec.path, async (req, res) => {
      const actor = res.locals.actor as Actor | undefined;
      if (spec.auth !== false && !actor) throw new AppError("unauthorized", "log in or send an API token (Authorization: Bearer …)");
      if (actor?.scope === "read-only" && spec.method !== "get") throw new AppError("forbidden", "this API token is read-only");
      const params = spec.params ? parseInput(spec.params, req.params, "path") : undefined;
      const query = spec.query ? parseInput(spec.query, req.query, "query") : undefined;
      const body = spec.body ? parseInput(spec.body, req.body ?? {}, "body") : undefined;
      const result = await spec.handler({ req, res, actor: actor as Actor, params, query, body });
      if (res.headersSent) return;
      if (result === undefined) res.status(spec.status ?? 204).end();
      else res.status(spec.status ?? 200).json(result);
    });
  }
}
