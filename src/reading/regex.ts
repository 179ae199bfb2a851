const globalVersions = new Map<RegExp, RegExp>();

/** The same pattern with the g flag, compiled once, for `matchAll`. */
export function globalVersion(pattern: RegExp): RegExp {
  let global = globalVersions.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
    globalVersions.set(pattern, global);
  }
  return global;
}
