/** Cardinal number words in English. */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** Cardinal number words in Spanish, as patients write them (accents already stripped). */
export const SPANISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  cero: 0, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
};
/** Cardinal number words, English and Spanish. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { ...ENGLISH_NUMBER_WORDS, ...SPANISH_NUMBER_WORDS };

/** The number words whose value lies in [min, max]. */
export function numberWordsBetween(min: number, max: number): Record<string, number> {
  return Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, value]) => value >= min && value <= max));
}
