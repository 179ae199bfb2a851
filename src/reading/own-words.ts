/**
 * The patient's own words in a message, apart from what their phone or mail client added: the lines
 * of a message they reply to (quoted with ">", or below "On … wrote:"), and a signature ("Sent from my
 * iPhone", "-- ", "- Greg" on the last line). A reminder quoted back names every exercise and says how
 * to opt out, and would be read as the patient's answer.
 */
export interface OwnWords {
  own: string;
  /** What was set apart; still screened for red flags, since a relative may forward a message this way. */
  quoted: string;
}

/** Where a mail client starts the message being replied to. */
const REPLY_HEADER = /^\s*(?:on\b.{3,100}\bwrote:|el\b.{3,100}\bescribi[oó]:|-{2,}\s*(?:original message|forwarded message|mensaje original|mensaje reenviado)\s*-{2,})\s*$/iu;
const QUOTED_LINE = /^\s*>/;
/** A signature's separator: everything below it is the signature. */
const SIGNATURE_SEPARATOR = /^\s*(?:--|__+)\s*$/;
const DEVICE_SIGNATURE = /^\s*(?:sent from my\b.*|sent (?:via|with)\b.*|get outlook for\b.*|enviado desde mi\b.*|obt[eé]n outlook para\b.*)$/iu;
/** "- Greg", "~ Ana María": a name signed under the message, which a bulleted list's last line can look like. */
const SIGNED_NAME = /^\s*[-–—~]\s*\p{Lu}[\p{L}'.]*(?:\s+\p{Lu}[\p{L}'.]*){0,2}\s*$/u;
const BULLET = /^\s*[-–—~*•]/;

/** "PS STOP STOP STOP", "PD: ya no me manden nada": a postscript's mark opening the message is not a word of it. */
const POSTSCRIPT_MARK = /^\s*(?:p\.?\s?s|p\.?\s?d)(?:\.|:|\s)\s*(?=\S)/i;

export function ownWords(message: string): OwnWords {
  const raw = message.replace(POSTSCRIPT_MARK, "");
  if (!raw.includes("\n")) return { own: raw, quoted: "" };
  const lines = raw.split(/\r?\n/);
  const own: string[] = [];
  const quoted: string[] = [];
  let inReply = false;
  for (const line of lines) {
    if (!inReply && (REPLY_HEADER.test(line) || SIGNATURE_SEPARATOR.test(line))) inReply = true;
    if (inReply || QUOTED_LINE.test(line)) quoted.push(line);
    else own.push(line);
  }
  while (own.length > 0 && (own.at(-1)!.trim() === "" || DEVICE_SIGNATURE.test(own.at(-1)!))) quoted.unshift(own.pop()!);
  const last = own.at(-1);
  if (last !== undefined && SIGNED_NAME.test(last) && own.filter((line) => BULLET.test(line)).length === 1) quoted.unshift(own.pop()!);
  const ownText = own.join("\n").trim();
  if (ownText === "") return { own: raw, quoted: "" };
  return { own: ownText, quoted: quoted.join("\n").trim() };
}
