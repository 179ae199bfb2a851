/** Which ISO weekdays (1 = Monday) a program done N days a week is prompted on: spread out, weekends last. */
const SPREAD: Record<number, number[]> = {
  1: [3],
  2: [2, 5],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [1, 2, 3, 4, 5, 6, 7],
};

export function weekdaysFor(daysPerWeek: number): number[] {
  const days = SPREAD[Math.min(7, Math.max(1, Math.round(daysPerWeek)))];
  return [...(days ?? SPREAD[7]!)];
}
