export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  return withinOne(a, b, () => true);
}

/**
 * Like withinOneEdit, but a substituted letter must be a neighbour on the keyboard: the slip a thumb
 * makes ("numbmess"), not another word ("injection" is not "infection", "breeding" not "bleeding").
 */
export function withinOneKeySlip(a: string, b: string): boolean {
  return withinOne(a, b, (x, y) => KEY_NEIGHBOURS[x]?.includes(y) ?? false);
}

const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const KEY_NEIGHBOURS: Record<string, string> = Object.fromEntries(
  KEY_ROWS.flatMap((row, r) =>
    [...row].map((key, i) => {
      const near = [row[i - 1], row[i + 1], KEY_ROWS[r - 1]?.[i], KEY_ROWS[r - 1]?.[i + 1], KEY_ROWS[r + 1]?.[i], KEY_ROWS[r + 1]?.[i - 1]];
      return [key, near.filter((k) => k !== undefined).join("")];
    }),
  ),
);

function withinOne(a: string, b: string, substitutable: (x: string, y: string) => boolean): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return substitutable(a[diffs[0]!]!, b[diffs[0]!]!);
    const [i, j] = diffs;
    return diffs.length === 2 && j === (i ?? -2) + 1 && a[i!] === b[j] && a[j] === b[i!];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** Same word allowing typos that grow with length ("clamshel", "mnay"). */
export function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  const length = Math.min(a.length, b.length);
  const allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(a.length - b.length) <= allowed && levenshtein(a, b) <= allowed;
}
