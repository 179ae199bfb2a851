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
  const found = sequenceFirst(fragment, 0);
  return found === null || found.nullable || found.end !== fragment.length ? null : found.chars;
}

interface First {
  chars: Set<string>;
  /** The sequence can match the empty string, so what follows it can start the match too. */
  nullable: boolean;
  end: number;
}

/** FIRST of the sequence from `start` up to the `|` or `)` that ends it. */
function sequenceFirst(src: string, start: number): First | null {
  const chars = new Set<string>();
  let i = start;
  let open = true;
  while (i < src.length && src[i] !== "|" && src[i] !== ")") {
    // Past an atom that cannot match empty, the rest only has to be stepped over.
    const atom = open ? atomFirst(src, i) : skipAtom(src, i);
    if (atom === null) return null;
    let { nullable } = atom;
    i = atom.end;
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(i));
    if (quantifier) {
      if (quantifier[0][0] === "?" || quantifier[0][0] === "*" || quantifier[1] === "0") nullable = true;
      i += quantifier[0].length;
    }
    if (open) for (const c of atom.chars) chars.add(c);
    if (!nullable) open = false;
  }
  return { chars, nullable: open, end: i };
}

/** FIRST of the atom at `i`: a character, an escape, a class, a group or a zero-width assertion. */
function atomFirst(src: string, i: number): First | null {
  const c = src[i]!;
  if (c === "\\") {
    const e = src[i + 1];
    if (e === undefined) return null;
    if (e === "b" || e === "B") return { chars: new Set(), nullable: true, end: i + 2 };
    if (/[a-zA-Z0-9]/.test(e)) return null; // \w, \d, \s, \p…: too wide to be worth it
    return { chars: new Set([e]), nullable: false, end: i + 2 };
  }
  if (c === "[") {
    const close = src.indexOf("]", i + 1);
    const body = src.slice(i + 1, close);
    if (close < 0 || body.startsWith("^") || body.includes("\\")) return null;
    const chars = new Set<string>();
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === "-" && k + 2 < body.length) {
        for (let code = body.charCodeAt(k); code <= body.charCodeAt(k + 2); code++) chars.add(String.fromCharCode(code));
        k += 2;
      } else chars.add(body[k]!);
    }
    return { chars, nullable: false, end: close + 1 };
  }
  if (c === "(") {
    const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(i));
    let k = i + (lookaround ? lookaround[0].length : /^\((?:\?:|\?<[a-zA-Z]\w*>)?/.exec(src.slice(i))![0].length);
    if (lookaround) {
      const end = groupEnd(src, k);
      return end === null ? null : { chars: new Set(), nullable: true, end };
    }
    const chars = new Set<string>();
    let nullable = false;
    for (;;) {
      const branch = sequenceFirst(src, k);
      if (branch === null) return null;
      for (const ch of branch.chars) chars.add(ch);
      nullable ||= branch.nullable;
      k = branch.end;
      if (src[k] === ")") return { chars, nullable, end: k + 1 };
      if (src[k] !== "|") return null;
      k++;
    }
  }
  if (c === "^" || c === "$") return { chars: new Set(), nullable: true, end: i + 1 };
  if (c === "." || c === "*" || c === "+" || c === "?" || c === "{") return null;
  return { chars: new Set([c]), nullable: false, end: i + 1 };
}

/** The atom at `i` stepped over, whatever it is. */
function skipAtom(src: string, i: number): First | null {
  const none = (end: number | null) => (end === null ? null : { chars: new Set<string>(), nullable: false, end });
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
