import { z } from "zod";

/**
 * The billing thresholds the ledger measures a record against. They are configuration, not rules:
 * payers and years differ, so a clinic can replace them (RTM_THRESHOLDS or RTM_THRESHOLDS_FILE).
 * The defaults are the CPT codes as published for 2026.
 */
const dataDayCode = z
  .object({ code: z.string().min(1), minDays: z.number().int().min(1), maxDays: z.number().int().min(1) })
  .refine((c) => c.maxDays >= c.minDays, "maxDays must not be below minDays");

const minuteCode = z.object({
  code: z.string().min(1),
  minutes: z.number().int().min(1),
  /** The month needs at least one live interactive contact (call or video) for this code. */
  needsLiveContact: z.boolean().default(true),
});

export const rtmThresholdsSchema = z
  .object({
    /** Data days are counted in periods of this many days from the first monitoring day. */
    periodDays: z.number().int().min(1).max(366).default(30),
    /** A period supports the code whose [minDays, maxDays] holds its data days. */
    dataDayCodes: z.array(dataDayCode).min(1),
    /** Fewer minutes than `first` but at least `short.minutes`: the short code alone. */
    short: minuteCode.nullable().default(null),
    /** The first block of minutes in a calendar month. */
    first: minuteCode,
    /** Each further full block of minutes after the first. */
    additional: minuteCode,
  })
  .strict()
  .refine((t) => !t.short || t.short.minutes < t.first.minutes, "short.minutes must be below first.minutes");

export type RtmThresholds = z.infer<typeof rtmThresholdsSchema>;

export const DEFAULT_RTM_THRESHOLDS: RtmThresholds = {
  periodDays: 30,
  dataDayCodes: [
    { code: "98985", minDays: 2, maxDays: 15 },
    { code: "98977", minDays: 16, maxDays: 30 },
  ],
  short: { code: "98979", minutes: 10, needsLiveContact: true },
  first: { code: "98980", minutes: 20, needsLiveContact: true },
  additional: { code: "98981", minutes: 20, needsLiveContact: true },
};

/** Parses thresholds from JSON text; `source` names where it came from in the error. */
export function parseRtmThresholds(text: string, source: string): RtmThresholds {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not valid JSON`);
  }
  const parsed = rtmThresholdsSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${source}: ${first?.path.join(".") || "thresholds"} ${first?.message ?? "is invalid"}`);
  }
  return parsed.data;
}
