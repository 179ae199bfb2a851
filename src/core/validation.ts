import { z } from "zod";

/** Shared field rules, so the CLI, the API and the fixtures reject the same bad input the same way. */
export const e164Phone = z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 phone number such as +15551234567");
export const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time HH:mm");
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");
export const language = z.enum(["en", "es"], { message: "must be en or es" });
export const ianaTimeZone = z.string().refine(isIanaTimeZone, "must be an IANA time zone such as America/New_York");

export function isIanaTimeZone(zone: string): boolean {
  if (!zone.includes("/") && zone !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "name: problem; other: problem" — one line a person can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ");
}
