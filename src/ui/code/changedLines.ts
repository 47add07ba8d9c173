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

/**
 * The smallest block of whole lines that turns `prev` into `next`: characters [start, end) of
 * `prev` replaced by `text`. Handing Monaco only that block (not the whole text) keeps it from
 * re-tokenizing and re-laying out every line on each form edit.
 */
export function findLineEdit(prev: string, next: string): { start: number; end: number; text: string } | null {
  if (prev === next) return null;
  const a = prev.split('\n');
  const b = next.split('\n');
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - 1 - head && tail < b.length - 1 - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  // Offsets of the first differing line and just past the last one (each line ends with `\n`).
  const lead = a.slice(0, head).reduce((n, l) => n + l.length + 1, 0);
  const trailA = a.slice(a.length - tail).reduce((n, l) => n + l.length + 1, 0);
  const trailB = b.slice(b.length - tail).reduce((n, l) => n + l.length + 1, 0);
  return { start: lead, end: prev.length - trailA, text: next.slice(lead, next.length - trailB) };
}
