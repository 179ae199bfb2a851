/** Lower case with accents stripped ("Cómo" → "como"); punctuation kept. */
export function foldAccents(text: string): string {
  // Plain ASCII has no accents to strip, and most messages are plain ASCII.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Only letters and digits, single-spaced, accents stripped ("¿Cómo?" → "como", "Knee-to-chest" → "knee to chest"). */
export function plainWords(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
