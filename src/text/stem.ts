/**
 * Very light stemming, enough for exercise names in either language: "clamshells"/"clam shell",
 * "raises"/"raise", "puentes"/"puente", "assemblies"/"assembly"; "scaps" is short for scapular.
 */
export function stem(word: string): string {
  if (word === "scap" || word === "scaps") return "scapular";
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}
