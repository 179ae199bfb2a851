/**
 * Wording that lectures or commands. hepbot affirms, reflects and asks (motivational
 * interviewing); it never tells a patient what they "should" do. Shared by the reply-corpus
 * tests and the check on model phrasing, so both hold replies to the same line.
 */
export const LECTURING_PHRASES: readonly RegExp[] = [
  /\byou should\b/i,
  /\byou must\b/i,
  /\byou need to\b/i,
  /\bdon'?t forget\b/i,
  /\bdeber[ií]as?\b/i,
  /\bdebes\b/i,
  /\busted debe\b/i,
  /\bti[ea]nes? que\b/i,
  /\bno (te |se )?olvides?\b/i,
];

/** The first lecturing phrase `text` uses, or undefined. */
export function lectures(text: string): RegExp | undefined {
  return LECTURING_PHRASES.find((pattern) => pattern.test(text));
}
