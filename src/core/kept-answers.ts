/**
 * Answers of a pure computation, kept by key for the life of the process: at most `limit` of
 * them, all dropped at once when full (which costs one recomputation each).
 */
export function keptAnswers<V>(limit: number): (key: string, compute: () => V) => V {
  const kept = new Map<string, V>();
  return (key, compute) => {
    if (kept.has(key)) return kept.get(key)!;
    const value = compute();
    if (kept.size >= limit) kept.clear();
    kept.set(key, value);
    return value;
  };
}
