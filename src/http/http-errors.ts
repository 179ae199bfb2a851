import type { ErrorRequestHandler } from "express";
import { z } from "zod";
import { AppError, type ErrorCode } from "../core/errors.js";
import type { Logger } from "../logging/logger.js";

/** The one place AppError codes become HTTP statuses. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

/** Every API error looks like this. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(HTTP_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorBody(error: AppError): ErrorBody {
  const details = Object.keys(error.details).length > 0 ? error.details : undefined;
  return { error: { code: error.code, message: error.message, ...(details ? { details } : {}) } };
}

/** Turns whatever was thrown into an AppError: body-parser failures are the client's, anything unknown is ours. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const parserError = error as { type?: string; status?: number; message?: string };
  if (parserError?.type === "entity.parse.failed") return new AppError("invalid_input", "the body is not valid JSON", {}, { cause: error });
  if (parserError?.type === "entity.too.large") return new AppError("invalid_input", "the body is too large", {}, { cause: error });
  if (typeof parserError?.status === "number" && parserError.status >= 400 && parserError.status < 500) {
    return new AppError("invalid_input", parserError.message ?? "bad request", {}, { cause: error });
  }
  return new AppError("internal", "something went wrong on our side", {}, { cause: error });
}

export function apiErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = toAppError(error);
    if (appError.code === "internal") logger.error({ err: error, method: req.method, path: req.path }, "API request failed");
    if (appError.code === "rate_limited" && typeof appError.details.retryAfterSeconds === "number") {
      res.setHeader("Retry-After", String(appError.details.retryAfterSeconds));
    }
    res.status(HTTP_STATUS[appError.code]).json(errorBody(appError));
  };
}
