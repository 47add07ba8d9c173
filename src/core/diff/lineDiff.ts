/** One line of a diff: kept from both texts, only in the new one, or only in the old one. */
export interface DiffLine {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Beyond this many edits the middle is reported as one delete + insert block (memory stays bounded). */
export const maxDiffEdits = 4000;

/** The lines of a text as `split('\n')` gives them, so joining with '\n' restores it exactly. */
export function splitLines(text: string): string[] {
  return text.split('\n');
}

/**
 * A shortest line diff from `a` to `b` (Myers 1986, the O((N+M)D) greedy algorithm git and GNU
 * diff use), after trimming the common head and tail. Deletes come before inserts within a
 * change, as in `diff -u`. When more than `maxEdits` edits are needed, the untrimmed middle is
 * returned as a whole delete then insert block: still a correct diff, no longer shortest.
 */
export function diffLines(a: readonly string[], b: readonly string[], maxEdits = maxDiffEdits): DiffLine[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const out: DiffLine[] = a.slice(0, head).map((text) => ({ op: 'equal', text }));
  out.push(...diffMiddle(midA, midB, maxEdits));
  for (const text of a.slice(a.length - tail)) out.push({ op: 'equal', text });
  return out;
}

function diffMiddle(a: readonly string[], b: readonly string[], maxEdits: number): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((text) => ({ op: 'insert', text }));
  if (m === 0) return a.map((text) => ({ op: 'delete', text }));
  const max = n + m;
  const offset = max + 1;
  // v[k + offset] = furthest x on diagonal k (k = x - y); one copy kept per d for the backtrack.
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxEdits); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return [...a.map((text): DiffLine => ({ op: 'delete', text })), ...b.map((text): DiffLine => ({ op: 'insert', text }))];
  return backtrack(a, b, trace, found);
}

// Walks the saved frontiers from (n, m) back to (0, 0); trace[d] holds v for k in [-d-1, d+1].
function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], dEnd: number): DiffLine[] {
  const rev: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  const at = (d: number, k: number) => (trace[d] as Int32Array)[k + d + 1] as number;
  for (let d = dEnd; d > 0; d--) {
    const k = x - y;
    // trace[d] is the frontier before step d ran, i.e. the result of step d - 1.
    const down = k === -d || (k !== d && at(d, k - 1) < at(d, k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(d, prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      rev.push({ op: 'equal', text: a[x - 1] as string });
      x--;
      y--;
    }
    if (down) rev.push({ op: 'insert', text: b[y - 1] as string });
    else rev.push({ op: 'delete', text: a[x - 1] as string });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    rev.push({ op: 'equal', text: a[x - 1] as string });
    x--;
    y--;
  }
  return rev.reverse();
}

/**
 * Rebuilds the new text's lines from the old ones and a diff; throws when the diff's equal or
 * deleted lines do not match `a` in order (the diff was made for another text).
 */
export function applyLineDiff(a: readonly string[], diff: readonly DiffLine[]): string[] {
  const out: string[] = [];
  let i = 0;
  for (const line of diff) {
    if (line.op === 'insert') {
      out.push(line.text);
      continue;
    }
    if (a[i] !== line.text) throw new Error(`diff does not match line ${i + 1}`);
    i++;
    if (line.op === 'equal') out.push(line.text);
  }
  if (i !== a.length) throw new Error(`diff covers ${i} of ${a.length} lines`);
  return out;
}
