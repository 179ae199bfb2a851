/** Stable error codes: the API returns them, the CLI maps them to exit codes, tests assert them. */
export type ErrorCode =
  | "invalid_input"
  | "not_found"
  | "conflict"
  | "unauthorized"
  | "forbidden"
  | "rate_limited"
  | "internal";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = "AppError";
  }
}

export const invalidInput = (message: string, details: Record<string, unknown> = {}) =>
  new AppError("invalid_input", message, details);
export const notFound = (what: string, id: string) => new AppError("not_found", `${what} not found: ${id}`, { what, id });
