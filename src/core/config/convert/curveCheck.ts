import type { PyDict } from '../../python/value.ts';
import { simulateSchedule, type DialectId } from '../../schedule/simulate.ts';
import type { GroupCurves, ParamKind, ScheduleCurves, ScheduleResult } from '../../schedule/types.ts';
import type { CurveCheck, CurveDiff, GroupCheck } from './types.ts';

/** The golden README's tolerance: relative 1e-9, absolute floor 1e-15. */
const relTolerance = 1e-9;
const absFloor = 1e-15;

const noDiff = (): CurveDiff => ({ maxAbsDiff: 0, maxRelDiff: 0, firstDiffIteration: -1, diffIterations: 0 });

/** Compares two per-iteration curves; iterations present on one side only count as differing. */
export function compareCurves(a: Float64Array, b: Float64Array, mask?: Uint8Array): CurveDiff {
  const out = noDiff();
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    let abs: number;
    let rel: number;
    if (x === undefined || y === undefined || Number.isNaN(x) !== Number.isNaN(y)) {
      abs = Number.POSITIVE_INFINITY;
      rel = Number.POSITIVE_INFINITY;
    } else if (Number.isNaN(x) || x === y) {
      continue;
    } else {
      abs = Math.abs(x - y);
      const scale = Math.max(Math.abs(x), Math.abs(y));
      rel = scale === 0 ? 0 : abs / scale;
    }
    out.maxAbsDiff = Math.max(out.maxAbsDiff, abs);
    out.maxRelDiff = Math.max(out.maxRelDiff, rel);
    if (abs > absFloor && rel > relTolerance) {
      out.diffIterations++;
      if (out.firstDiffIteration < 0) out.firstDiffIteration = i;
      if (mask !== undefined && i < mask.length) mask[i] = 1;
    }
  }
  return out;
}

function mergeDiff(into: CurveDiff, d: CurveDiff): void {
  into.maxAbsDiff = Math.max(into.maxAbsDiff, d.maxAbsDiff);
  into.maxRelDiff = Math.max(into.maxRelDiff, d.maxRelDiff);
  if (d.firstDiffIteration >= 0 && (into.firstDiffIteration < 0 || d.firstDiffIteration < into.firstDiffIteration)) {
    into.firstDiffIteration = d.firstDiffIteration;
  }
}

function compareGroup(name: string, a: GroupCurves, b: GroupCurves, mask: Uint8Array): GroupCheck {
  const momentum =
    a.momentum === null && b.momentum === null
      ? null
      : compareCurves(a.momentum ?? new Float64Array(0), b.momentum ?? new Float64Array(0), mask);
  return { group: name, lr: compareCurves(a.lr, b.lr, mask), momentum };
}

/** Every group compared; `mask[i]` is set where any curve differs at iteration i. */
function compareSchedules(a: ScheduleCurves, b: ScheduleCurves, mask: Uint8Array): GroupCheck[] {
  const groups = [compareGroup('base', a.base, b.base, mask)];
  const empty: GroupCurves = { lr: new Float64Array(0), momentum: null };
  const customA = a.extraGroups.filter((g) => g.paramKinds === undefined);
  const customB = b.extraGroups.filter((g) => g.paramKinds === undefined);
  for (const x of customA) groups.push(compareGroup(x.customKey, x, customB.find((g) => g.customKey === x.customKey) ?? empty, mask));
  for (const y of customB) if (!customA.some((g) => g.customKey === y.customKey)) groups.push(compareGroup(y.customKey, empty, y, mask));
  // Bias/norm groups: compared per parameter kind, since the two constructors may group kinds differently.
  const groupOf = (c: ScheduleCurves, kind: ParamKind) => c.extraGroups.find((g) => g.paramKinds?.includes(kind) === true);
  const kinds = [...new Set([...a.extraGroups, ...b.extraGroups].flatMap((g) => g.paramKinds ?? []))];
  for (const kind of kinds) groups.push(compareGroup(`(${kind})`, groupOf(a, kind) ?? a.base, groupOf(b, kind) ?? b.base, mask));
  return groups;
}

function errorText(r: ScheduleResult): string | null {
  if (r.ok) return null;
  const at = r.error.iteration === undefined ? '' : ` (iteration ${r.error.iteration})`;
  return `${r.error.message}${at}`;
}

/**
 * Simulates `source` in its dialect and `target` in the other (same iters_per_epoch) and reports
 * how far the lr and momentum curves of every param group are apart, per iteration.
 */
export function checkCurves(
  source: { style: DialectId; config: PyDict },
  target: { style: DialectId; config: PyDict },
  itersPerEpoch: number,
): CurveCheck {
  const a = simulateSchedule(source.style, source.config, { itersPerEpoch });
  const b = simulateSchedule(target.style, target.config, { itersPerEpoch });
  const check: CurveCheck = {
    ...noDiff(),
    itersPerEpoch,
    sourceIters: a.ok ? a.curves.totalIters : 0,
    targetIters: b.ok ? b.curves.totalIters : 0,
    groups: [],
    sourceError: errorText(a),
    targetError: errorText(b),
    exact: false,
  };
  if (!a.ok || !b.ok) return check;
  const mask = new Uint8Array(Math.max(a.curves.totalIters, b.curves.totalIters));
  check.groups = compareSchedules(a.curves, b.curves, mask);
  for (const g of check.groups) {
    mergeDiff(check, g.lr);
    if (g.momentum) mergeDiff(check, g.momentum);
  }
  check.diffIterations = mask.reduce((sum, m) => sum + m, 0);
  check.exact = check.diffIterations === 0;
  return check;
}
