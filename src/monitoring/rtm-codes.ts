import type { RtmThresholds } from "./rtm-thresholds.js";

export interface SupportedCode {
  code: string;
  units: number;
}

/** The data-day code a period's count supports, or null below every code's minimum. */
export function dataDayCode(dataDays: number, thresholds: RtmThresholds): string | null {
  const codes = [...thresholds.dataDayCodes].sort((a, b) => a.minDays - b.minDays);
  const within = codes.find((c) => dataDays >= c.minDays && dataDays <= c.maxDays);
  if (within) return within.code;
  const top = codes.at(-1);
  return top && dataDays > top.maxDays ? top.code : null;
}

/** The next data-day count that supports a (higher) code, or null when the top code is reached. */
export function nextDataDayTarget(dataDays: number, thresholds: RtmThresholds): number | null {
  const above = thresholds.dataDayCodes.map((c) => c.minDays).filter((min) => min > dataDays);
  return above.length === 0 ? null : Math.min(...above);
}

/**
 * Treatment-management codes for a calendar month's minutes. A code that needs a live contact is
 * supported only when the month has one (a call or a video visit; text messages never count).
 */
export function minuteCodes(minutes: number, liveContacts: number, thresholds: RtmThresholds): SupportedCode[] {
  const allowed = (needsLiveContact: boolean) => !needsLiveContact || liveContacts > 0;
  const { short, first, additional } = thresholds;
  if (minutes >= first.minutes) {
    const codes: SupportedCode[] = [];
    if (allowed(first.needsLiveContact)) codes.push({ code: first.code, units: 1 });
    const further = Math.floor((minutes - first.minutes) / additional.minutes);
    if (further > 0 && allowed(additional.needsLiveContact)) codes.push({ code: additional.code, units: further });
    return codes;
  }
  if (short && minutes >= short.minutes && allowed(short.needsLiveContact)) return [{ code: short.code, units: 1 }];
  return [];
}

/** The next minute count that supports one more code or unit. */
export function nextMinuteTarget(minutes: number, thresholds: RtmThresholds): number {
  const { short, first, additional } = thresholds;
  if (short && minutes < short.minutes) return short.minutes;
  if (minutes < first.minutes) return first.minutes;
  return first.minutes + (Math.floor((minutes - first.minutes) / additional.minutes) + 1) * additional.minutes;
}

/** Whether any code the minutes reach needs a live contact. */
export function minutesNeedLiveContact(minutes: number, thresholds: RtmThresholds): boolean {
  const { short, first } = thresholds;
  if (minutes >= first.minutes) return first.needsLiveContact;
  return Boolean(short && short.needsLiveContact);
}
