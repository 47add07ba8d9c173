/** The check shared by the curve-explanation tests: an explanation agrees with the simulator's curve. */
import { expect } from 'vitest';
import type { DialectId } from '../core/dialects/types.ts';
import type { PyDict } from '../core/python/value.ts';
import { simulateSchedule } from '../core/schedule/simulate.ts';
import { explainSchedule } from '../core/explain/explainSchedule.ts';
import type { CurveSegment } from '../core/explain/types.ts';

/** Where the curve breaks its segment's promise, or null. Tolerance: the fast kernels' ~1e-15 relative noise. */
function findBrokenPromise(curve: Float64Array, s: CurveSegment): string | null {
  let scale = 0;
  for (let i = s.from; i < s.to; i++) scale = Math.max(scale, Math.abs(curve[i] as number));
  const tol = 1e-12 * scale;
  for (let i = s.from + 1; i < s.to; i++) {
    const a = curve[i - 1] as number;
    const b = curve[i] as number;
    const broken = s.shape === 'constant' ? a !== b : s.shape === 'rising' ? b < a - tol : s.shape === 'falling' ? b > a + tol : false;
    if (broken) return `${s.curve} ${s.shape} [${s.from}, ${s.to}) breaks at ${i}: ${a} -> ${b} (${s.text.en})`;
  }
  return null;
}

function isYolox(config: PyDict): boolean {
  const lr = config['lr_config'];
  return typeof lr === 'object' && lr !== null && !Array.isArray(lr) && (lr as PyDict)['policy'] === 'YOLOX';
}

export function checkAgainstSimulation(dialect: DialectId, config: PyDict, itersPerEpoch: number): void {
  const sim = simulateSchedule(dialect, config, { itersPerEpoch });
  if (!sim.ok) return; // configs the simulator refuses have no curve to explain
  const r = explainSchedule(dialect, config, itersPerEpoch);
  if (!r.ok) throw new Error(`explained nothing where the simulator ran: ${r.error.message}`);
  const { totalIters, segments } = r.explanation;
  expect(totalIters).toBe(sim.curves.totalIters);
  const curves = { lr: sim.curves.base.lr, momentum: sim.curves.base.momentum };
  for (const name of ['lr', 'momentum'] as const) {
    const own = segments.filter((s) => s.curve === name);
    const curve = curves[name];
    if (curve === null || totalIters === 0) {
      expect(own).toEqual([]);
      continue;
    }
    // Tiling: from 0 to the end, each segment where the last one stopped, none empty.
    expect(own[0]?.from).toBe(0);
    expect(own.at(-1)?.to).toBe(totalIters);
    own.forEach((s, i) => {
      expect(s.to).toBeGreaterThan(s.from);
      if (i > 0) expect(s.from).toBe(own[i - 1]?.to);
      expect(s.text.en.length).toBeGreaterThan(0);
      expect(s.text.zh.length).toBeGreaterThan(0);
      expect(findBrokenPromise(curve, s)).toBeNull();
    });
  }
  const starts = new Set(segments.filter((s) => s.curve === 'lr').map((s) => s.from));
  const { warmupEnd, milestones } = sim.curves.marks;
  // YOLOX's warmup alone sets the lr (it ignores the regular rule), so the rule's marks inside it change nothing.
  const hidden = (m: number) => isYolox(config) && m < warmupEnd;
  // Past 200 steps (a per-iteration `step=1`) the explanation summarises them in one segment.
  const marks = milestones.length > 200 ? [warmupEnd] : [warmupEnd, ...milestones];
  for (const m of marks.filter((m) => m > 0 && m < totalIters && !hidden(m))) expect(starts, `mark ${m} is not a segment boundary`).toContain(m);
}

