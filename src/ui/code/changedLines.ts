/**
 * The 1-based line range of `next` that differs from `prev`, found by trimming the common
 * leading and trailing lines; null when nothing changed. Cheap on every keystroke, and for a
 * single form edit the changed block is contiguous anyway.
 */
export function findChangedLines(prev: string, next: string): { start: number; end: number } | null {
  if (prev === next) return null;
  const a = prev.split('\n');
  const b = next.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const start = head + 1;
  const end = b.length - tail;
  return end >= start ? { start, end } : { start: Math.min(start, b.length), end: Math.min(start, b.length) };
}
