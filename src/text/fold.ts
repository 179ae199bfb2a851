/** Lower case with accents stripped ("Cómo" → "como"); punctuation kept. */
export function foldAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Only letters and digits, single-spaced, accents stripped ("¿Cómo?" → "como", "Knee-to-chest" → "knee to chest"). */
export function plainWords(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
