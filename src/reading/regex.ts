const globalVersions = new Map<RegExp, RegExp>();

/**
 * Every match of a pattern, by exec on its compiled global version: String.prototype.matchAll
 * clones the regular expression on each call, which on the reading's hot path cost more than the
 * matching. Do not run the same pattern again while iterating (the two would share lastIndex).
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const global = globalVersion(pattern);
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    yield m;
  }
}

/** The clause around `index`: from the end of the last break wholly before it to the first break at or after it. */
export function clauseAround(text: string, index: number, breaks: RegExp): { start: number; end: number } {
  let start = 0;
  for (const b of matchesOf(breaks, text)) {
    if (b.index + b[0].length <= index) start = b.index + b[0].length;
    else if (b.index >= index) return { start, end: b.index };
  }
  return { start, end: text.length };
}

/** The same pattern with the g flag, compiled once, for `matchAll`. */
export function globalVersion(pattern: RegExp): RegExp {
  let global = globalVersions.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
    globalVersions.set(pattern, global);
  }
  return global;
}
