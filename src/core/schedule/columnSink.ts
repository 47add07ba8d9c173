import { writeBucketExtremes, type ReducedSeries } from './reduce.ts';

/** The iterations a chart shows, [from, to), and about two points per pixel column. */
export interface ChartWindow {
  from: number;
  /** Exclusive; clipped to the run's length. */
  to: number;
  maxPoints: number;
}

/**
 * Receives one curve's values in iteration order (single values or constant runs) and keeps
 * only what `reduceSeries` would keep for the window: per column the minimum and maximum and
 * the iterations they occur at. The result equals `reduceSeries(fullCurve, maxPoints, from, to)`
 * bit for bit, without holding the full curve: a constant run costs one update per column it
 * spans, so an epoch-based schedule of ten million iterations costs a few thousand updates.
 */
export class ColumnSink {
  readonly length: number;
  /** First iteration (anywhere in the run) whose value is NaN, or -1. */
  firstNaN = -1;
  private readonly start: number;
  private readonly count: number;
  private readonly buckets: number;
  /** When the window fits, every value is kept as is. */
  private readonly whole: Float64Array | null;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly firstMin: Float64Array;
  private readonly lastMin: Float64Array;
  private readonly firstMax: Float64Array;
  private readonly lastMax: Float64Array;
  private readonly seen: Uint8Array;
  private cursor = 0;

  constructor(length: number, window: ChartWindow) {
    this.length = length;
    this.start = Math.max(0, Math.min(window.from, length));
    const end = Math.max(this.start, Math.min(window.to, length));
    this.count = end - this.start;
    const limit = Math.max(2, Math.floor(window.maxPoints));
    this.whole = this.count <= limit ? new Float64Array(this.count) : null;
    const b = this.whole ? 0 : Math.floor(limit / 2);
    this.buckets = b;
    this.min = new Float64Array(b);
    this.max = new Float64Array(b);
    this.firstMin = new Float64Array(b);
    this.lastMin = new Float64Array(b);
    this.firstMax = new Float64Array(b);
    this.lastMax = new Float64Array(b);
    this.seen = new Uint8Array(b);
  }

  /** Same bucket edges as `reduceSeries`: integer, spreading the remainder evenly. */
  private edge(b: number): number {
    return Math.floor((b * this.count) / this.buckets);
  }

  private bucketOf(r: number): number {
    // Writes come in iteration order, so the cursor only moves forward in practice.
    while (this.cursor > 0 && r < this.edge(this.cursor)) this.cursor--;
    while (this.cursor < this.buckets - 1 && r >= this.edge(this.cursor + 1)) this.cursor++;
    return this.cursor;
  }

  private update(b: number, v: number, first: number, last: number): void {
    if (!this.seen[b]) {
      this.seen[b] = 1;
      this.min[b] = v;
      this.max[b] = v;
      this.firstMin[b] = first;
      this.lastMin[b] = last;
      this.firstMax[b] = first;
      this.lastMax[b] = last;
      return;
    }
    if (v < (this.min[b] as number)) {
      this.min[b] = v;
      this.firstMin[b] = first;
      this.lastMin[b] = last;
    } else if (v === this.min[b]) this.lastMin[b] = last;
    if (v > (this.max[b] as number)) {
      this.max[b] = v;
      this.firstMax[b] = first;
      this.lastMax[b] = last;
    } else if (v === this.max[b]) this.lastMax[b] = last;
  }

  /** The value at iteration `i`. */
  set(i: number, v: number): void {
    if (v !== v && (this.firstNaN < 0 || i < this.firstNaN)) this.firstNaN = i;
    const r = i - this.start;
    if (r < 0 || r >= this.count) return;
    if (this.whole) {
      this.whole[r] = v;
      return;
    }
    this.update(this.bucketOf(r), v, i, i);
  }

  /** The value `v` at every iteration of [from, to), like `Float64Array.prototype.fill`. */
  fill(v: number, from = 0, to = this.length): this {
    const lo = Math.max(0, from);
    const hi = Math.min(this.length, to);
    if (hi <= lo) return this;
    if (v !== v && (this.firstNaN < 0 || lo < this.firstNaN)) this.firstNaN = lo;
    const a = Math.max(lo, this.start) - this.start;
    const z = Math.min(hi, this.start + this.count) - this.start;
    if (z <= a) return this;
    if (this.whole) {
      this.whole.fill(v, a, z);
      return this;
    }
    for (let r = a; r < z; ) {
      const b = this.bucketOf(r);
      const stop = Math.min(z, b === this.buckets - 1 ? this.count : this.edge(b + 1));
      this.update(b, v, this.start + r, this.start + stop - 1);
      r = stop;
    }
    return this;
  }

  /** Every value of a fully simulated curve (for rules that only exist as whole-array kernels). */
  take(values: Float64Array): void {
    for (let i = 0; i < values.length; i++) this.set(i, values[i] as number);
  }

  /** The window as `reduceSeries` would reduce the full curve. */
  result(): ReducedSeries {
    if (this.whole) {
      const x = new Float64Array(this.count);
      for (let i = 0; i < this.count; i++) x[i] = this.start + i;
      return { x, y: this.whole.slice() };
    }
    const x = new Float64Array(this.buckets * 2);
    const y = new Float64Array(this.buckets * 2);
    let n = 0;
    for (let b = 0; b < this.buckets; b++) {
      const min = this.min[b] as number;
      const max = this.max[b] as number;
      if (min === max || min !== min || max !== max) {
        x[n] = this.start + this.edge(b);
        y[n++] = min;
        continue;
      }
      n = writeBucketExtremes(x, y, n, min, max, this.firstMin[b] as number, this.lastMin[b] as number, this.firstMax[b] as number, this.lastMax[b] as number);
    }
    return { x: x.slice(0, n), y: y.slice(0, n) };
  }
}
