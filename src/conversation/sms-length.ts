/**
 * SMS segment arithmetic. A message that stays in the GSM-7 alphabet gets 160 characters
 * (153 per segment once split); one character outside it (á, í, ó, ú, most emoji) turns the
 * whole message into UCS-2: 70 code units (67 per segment once split).
 */

const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/** Characters reached through the escape code: they cost two septets. */
const GSM7_EXTENDED = "^{}\\[~]|€\f";

const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

export type SmsEncoding = "GSM-7" | "UCS-2";

export function smsEncoding(text: string): SmsEncoding {
  for (const ch of text) {
    if (!basic.has(ch) && !extended.has(ch)) return "UCS-2";
  }
  return "GSM-7";
}

/** Length in the unit its encoding counts: septets for GSM-7, UTF-16 code units for UCS-2. */
export function smsLength(text: string): number {
  if (smsEncoding(text) === "UCS-2") return text.length;
  let length = 0;
  for (const ch of text) length += extended.has(ch) ? 2 : 1;
  return length;
}

export function smsSegments(text: string): number {
  const length = smsLength(text);
  if (length === 0) return 1;
  const [single, multi] = smsEncoding(text) === "GSM-7" ? [160, 153] : [70, 67];
  return length <= single ? 1 : Math.ceil(length / multi);
}

/** The most a two-segment message can hold in the encoding `text` needs: 306 GSM-7 or 134 UCS-2. */
export function twoSegmentLimit(text: string): number {
  return smsEncoding(text) === "GSM-7" ? 306 : 134;
}

export function fitsSegments(text: string, segments = 2): boolean {
  return smsSegments(text) <= segments;
}

/**
 * á, í, ó, ú (and capitals) are outside the GSM-7 alphabet, so one of them makes the whole SMS
 * UCS-2 and cuts its room by more than half. Written without the accent the words stay readable;
 * é, ñ, ü, ¿ and ¡ are GSM-7 and stay as they are.
 */
export function withoutSpanishAccents(text: string): string {
  return text.replace(/[áíóúÁÍÓÚ]/g, (ch) => ch.normalize("NFD")[0]!);
}

/** The text an SMS reply is sent as: accents kept unless dropping them saves a segment. */
export function asSms(text: string): string {
  const plain = withoutSpanishAccents(text);
  return smsSegments(plain) < smsSegments(text) ? plain : text;
}

/** The text a reply is sent as on `channel`: every SMS reply, templated or model-phrased, goes through `asSms`. */
export function asSentOn(channel: string, text: string): string {
  return channel === "sms" ? asSms(text) : text;
}

/** Segments of an SMS reply as it will be sent (`asSms`). */
export function smsSegmentsAsSent(text: string): number {
  return smsSegments(asSms(text));
}
