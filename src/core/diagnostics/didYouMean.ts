/** "Did you mean" for registry names: case-insensitive prefix matches first, then small edit distances. */

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/** The known name `name` was most likely meant to be, or undefined when none is close. */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const low = name.toLowerCase().replaceAll('_', '');
  if (low.length === 0) return undefined;
  const exact = known.find((k) => k.toLowerCase().replaceAll('_', '') === low);
  if (exact) return exact;
  const prefixed = known.filter((k) => k.toLowerCase().startsWith(low) || low.startsWith(k.toLowerCase()));
  // Several names share the prefix ('Cosine' → CosineAnnealing, CosineRestart): the caller lists the most common first.
  if (prefixed.length > 0) return prefixed[0];
  let best: { k: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(low, k.toLowerCase());
    if (best === undefined || d < best.d) best = { k, d };
  }
  return best && best.d <= Math.max(1, Math.floor(low.length / 4)) ? best.k : undefined;
}
