import { levenshtein } from "../text/edit-distance.js";
import { MEDICINA, MEDICINE } from "./concepts/shared.js";

/**
 * Text that a phone's voice typing wrote: the punctuation the patient said aloud ("my chest feels tight comma and I'm sweaty",
 * "¿lo tomo antes o después signo de interrogación") written as the sign, and a medicine's name that the recogniser broke
 * into pieces ("I B profen", "trama dol") joined again. Works on lower-case text without accents.
 */
export function withDictationUndone(text: string): string {
  return withMedicineJoined(SPOKEN_PUNCTUATION.reduce((read, [said, sign]) => read.replace(said, sign), text));
}

// Not "in a comma" (a coma misspelt), nor a coma ("in a coma", "está en coma", "coma inducido"), nor a period of time or the month's.
const SPOKEN_PUNCTUATION: [RegExp, string][] = [
  [/\s*\b(?:question mark|signo de (?:interrogacion|pregunta)|cierra interrogacion)\b/g, "?"],
  [/\s*\b(?:exclamation (?:mark|point)|signo de exclamacion|cierra exclamacion)\b/g, "!"],
  [/\s*\b(?<!\b(?:a|in|into|from) )comma\b/g, ","],
  [/\s*\b(?<!\b(?:en|un|el|al|del|de|su|mi|estado de|estar en|entro en|cayo en|a|in|into) )coma\b(?! (?:inducido|diabetico|etilico|profundo)\b)/g, ","],
  [/\s*\b(?:full stop|punto y aparte|punto y seguido|punto final|new line|new paragraph|nueva linea|nuevo parrafo)\b/g, "."],
  [/\s*\b(?<!\b(?:my|the|a|her|this|that|no|every|each|next|last|per|first|waiting|grace|trial|time|recovery|rest|healing|long|short|heavy|late|missed|menstrual|cooling|warm up|sick|probation)\s)period\b(?=\s*(?:$|(?:i|im|ive|my|the|did|done|then|and|but|it|its|so|also|yes|thanks|today|tomorrow|tonight|can|will|should|is|what|how|when|please|just|still|now)\b))/g, "."],
  [/\s+punto$/g, "."],
  // A Spanish score as the recogniser hears it: "me duele un nuevo de diez".
  [/\bnuevo(?= (?:de|sobre) (?:10|diez)\b)/g, "nueve"],
];

/** Medicine names as the lexicons write them, single words long enough to be told from their pieces. */
const MEDICINE_NAMES = new Map<string, string[]>();
for (const name of new Set(Array.from(`${MEDICINE}|${MEDICINA}`.matchAll(/(?<=[|(:])([a-z]{7,})(?=[|)])/g), (m) => m[1]!))) {
  MEDICINE_NAMES.set(name[0]!, [...(MEDICINE_NAMES.get(name[0]!) ?? []), name]);
}
/** "trama dol" → "tramadol", "i b profen" → "ibuprofen": two or three short words that are one medicine's name, a letter aside. */
function withMedicineJoined(text: string): string {
  const words = text.split(" ");
  for (let i = 0; i + 1 < words.length; i++) {
    for (const span of [3, 2]) {
      const pieces = words.slice(i, i + span);
      if (pieces.length < span || !pieces.every((w) => /^[a-z]{1,6}$/.test(w))) continue;
      const joined = pieces.join("");
      // The recogniser keeps a name's first sound.
      const name = MEDICINE_NAMES.get(joined[0]!)?.find((n) => Math.abs(n.length - joined.length) <= 1 && levenshtein(n, joined) <= 1);
      if (name === undefined) continue;
      words.splice(i, span, name);
      break;
    }
  }
  return words.join(" ");
}
