/**
 * Reading the regular-expression fragments the lexicons are written in, for the subset of syntax
 * they use: where a fragment is itself an alternation, and what it can start a match with.
 */

/** A term split where it is itself an alternation at its top level ("a|b(?:c|d)" → "a", "b(?:c|d)"). */
export function topLevelAlternatives(fragment: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < fragment.length; ) {
    if (fragment[i] === "|") {
      parts.push(fragment.slice(start, i));
      start = ++i;
      continue;
    }
    const atom = skipAtom(fragment, i);
    // An unbalanced group: leave the term whole, as it was written.
    if (atom === null) return [fragment];
    i = atom.end;
  }
  parts.push(fragment.slice(start));
  return parts;
}

/**
 * The characters a fragment can start a match with, or null when that is not known (a `\w`, a
 * `.`, a class it does not read, or a fragment that can match nothing at all); null only costs
 * speed. Used to put a one-character look-ahead in front of an alternative, so the engine can skip
 * it at once where it cannot start.
 */
export function firstChars(fragment: string): Set<string> | null {
  return startsOf(fragment, 1);
}

/**
 * The strings of `length` characters (or fewer, where a match may be that short) that every match
 * of the fragment starts with, or null when that is not known, as for firstChars. A text none of
 * whose places starts with one of them cannot hold a match.
 */
export function startsOf(fragment: string, length: number): Set<string> | null {
  const found = sequenceStarts(fragment, 0, length);
  if (found === null || found.end !== fragment.length) return null;
  const starts = new Set<string>();
  for (const { text } of found.starts) {
    if (text === "") return null;
    starts.add(text);
  }
  return starts;
}

/** More beginnings than this and the fragment is treated as unknown: it would cost more to check than to run. */
const MAX_STARTS = 4_000;

/**
 * A beginning of a match: its first characters, and whether what follows in the pattern comes right
 * after them (`ends`) or they are all that is known (the length was reached, or a `\w` came next).
 */
interface Start {
  text: string;
  ends: boolean;
}

const EMPTY: Start[] = [{ text: "", ends: true }];
const UNKNOWN: Start[] = [{ text: "", ends: false }];
const DIGITS: Start[] = [..."0123456789"].map((text) => ({ text, ends: true }));

function followedBy(first: readonly Start[], then: readonly Start[], length: number): Start[] {
  const out = new Map<string, Start>();
  for (const a of first) {
    if (!a.ends) keep(out, a);
    else for (const b of then) keep(out, { text: (a.text + b.text).slice(0, length), ends: b.ends && a.text.length + b.text.length < length });
  }
  return [...out.values()];
}

function either(a: readonly Start[], b: readonly Start[]): Start[] {
  const out = new Map<string, Start>();
  for (const start of [...a, ...b]) keep(out, start);
  return [...out.values()];
}

function keep(out: Map<string, Start>, start: Start) {
  out.set(`${start.ends ? "+" : "-"}${start.text}`, start);
}

/** A quantifier after an atom: ?, *, + or {m}, {m,}, {m,n}, lazy or not. */
const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/;

/** The beginnings of the sequence from `i` up to the `|` or `)` that ends it. */
function sequenceStarts(src: string, i: number, length: number): { starts: Start[]; end: number } | null {
  let starts = EMPTY;
  while (i < src.length && src[i] !== "|" && src[i] !== ")") {
    // Once no beginning is still open, the rest only has to be stepped over.
    if (!starts.some((start) => start.ends)) {
      const atom = skipAtom(src, i);
      if (atom === null) return null;
      i = atom.end + (QUANTIFIER.exec(src.slice(atom.end))?.[0].length ?? 0);
      continue;
    }
    const atom = atomStarts(src, i, length);
    if (atom === null) return null;
    i = atom.end;
    let repeated = atom.starts;
    const quantifier = QUANTIFIER.exec(src.slice(i));
    if (quantifier) {
      i += quantifier[0].length;
      const [min, max] = quantifier[1] === "?" ? [0, 1] : quantifier[1] === "*" ? [0, Infinity] : quantifier[1] === "+" ? [1, Infinity] : [Number(quantifier[2]), quantifier[3] ? (quantifier[4] ? Number(quantifier[4]) : Infinity) : Number(quantifier[2])];
      // Past `length` repetitions nothing new can begin a match.
      let required = EMPTY;
      for (let n = 0; n < Math.min(min, length); n++) required = followedBy(required, atom.starts, length);
      let more = required;
      repeated = required;
      for (let n = 0; n < Math.min(max - min, length); n++) repeated = either(repeated, (more = followedBy(more, atom.starts, length)));
    }
    starts = followedBy(starts, repeated, length);
    if (starts.length > MAX_STARTS) return null;
  }
  return { starts, end: i };
}

/** The beginnings of the atom at `i`: a character, an escape, a class, a group or a zero-width assertion. */
function atomStarts(src: string, i: number, length: number): { starts: Start[]; end: number } | null {
  const c = src[i]!;
  if (c === "\\") {
    const e = src[i + 1];
    if (e === undefined) return null;
    if (e === "b" || e === "B") return { starts: EMPTY, end: i + 2 };
    if (e === "d") return { starts: DIGITS, end: i + 2 };
    // \w, \s, \p…: too wide to be worth it
    if (/[a-zA-Z0-9]/.test(e)) return { starts: UNKNOWN, end: i + 2 };
    return { starts: [{ text: e, ends: true }], end: i + 2 };
  }
  if (c === "[") {
    const end = skipAtom(src, i)?.end;
    if (end === undefined) return null;
    const body = src.slice(i + 1, end - 1);
    if (body.startsWith("^") || body.includes("\\")) return { starts: UNKNOWN, end };
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === "-" && k + 2 < body.length) {
        for (let code = body.charCodeAt(k); code <= body.charCodeAt(k + 2); code++) chars.add(String.fromCharCode(code));
        k += 2;
      } else chars.add(body[k]!);
    }
    return { starts: [...chars].map((text) => ({ text, ends: true })), end };
  }
  if (c === "(") {
    const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(i));
    let k = i + (lookaround ? lookaround[0].length : /^\((?:\?:|\?<[a-zA-Z]\w*>)?/.exec(src.slice(i))![0].length);
    if (lookaround) {
      const end = groupEnd(src, k);
      return end === null ? null : { starts: EMPTY, end };
    }
    let starts: Start[] = [];
    for (;;) {
      const branch = sequenceStarts(src, k, length);
      if (branch === null) return null;
      starts = either(starts, branch.starts);
      k = branch.end;
      if (src[k] === ")") return { starts, end: k + 1 };
      if (src[k] !== "|") return null;
      k++;
    }
  }
  if (c === "^" || c === "$") return { starts: EMPTY, end: i + 1 };
  if (c === ".") return { starts: UNKNOWN, end: i + 1 };
  if (c === "*" || c === "+" || c === "?" || c === "{") return null;
  return { starts: [{ text: c, ends: true }], end: i + 1 };
}

/** The atom at `i` stepped over, whatever it is. */
function skipAtom(src: string, i: number): { end: number } | null {
  const none = (end: number | null) => (end === null ? null : { end });
  if (src[i] === "\\") return none(i + 2);
  if (src[i] === "[") {
    for (let k = i + 1; k < src.length; k++) {
      if (src[k] === "\\") k++;
      else if (src[k] === "]") return none(k + 1);
    }
    return null;
  }
  if (src[i] === "(") return none(groupEnd(src, i + 1));
  return none(i + 1);
}

/** The index just past the `)` that closes a group whose body starts at `k`. */
function groupEnd(src: string, k: number): number | null {
  let depth = 1;
  let inClass = false;
  for (let i = k; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return null;
}
