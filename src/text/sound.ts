/**
 * How a Spanish word sounds, for words spelt by ear. Two spellings with the same sound key are the same word
 * to someone who writes what they hear: "cabesa" and "cabeza", "nuebe" and "nueve", "yorar" and
 * "llorar", "ablar" and "hablar", "kiero" and "quiero", "cansao" and "cansado". Words are normalised
 * text: lower case, no accents ("ñ" is already "n").
 */
export function spanishSound(word: string): string {
  return word
    .replace(/ch|sh/g, "C")
    .replace(/qu(?=[ei])|gu(?=[ei])/g, (m) => (m[0] === "q" ? "k" : "G"))
    .replace(/h/g, "")
    .replace(/(?:sc|c|z)(?=[ei])|z|x/g, "s")
    .replace(/[cq]/g, "k")
    .replace(/g(?=[ei])/g, "j")
    .replace(/G/g, "g")
    .replace(/ll/g, "y")
    .replace(/y(?![aeiou])/g, "i")
    .replace(/v|w/g, "b")
    .replace(/n(?=[bp])/g, "m")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/ad(os?)$/, "a$1");
}
