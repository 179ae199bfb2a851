import { createHash } from "node:crypto";

// Lower-case letters and digits without 0/o, 1/l/i: easy to type from paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A short, stable code for an exercise's video link, typed from a printed handout (`/v/<code>`). */
export function shortCode(slug: string): string {
  const digest = createHash("sha256").update(slug).digest();
  return Array.from(digest.subarray(0, 6), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
}
