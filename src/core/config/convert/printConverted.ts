import type { ConversionResult, CurveCheck } from './types.ts';
import type { Dialect } from '../../dialects/types.ts';

function formatFigure(x: number): string {
  return Number.isFinite(x) ? x.toExponential(3) : String(x);
}

/** The curve check in a few plain lines, English. */
export function describeCurveCheck(check: CurveCheck): string[] {
  if (check.sourceError !== null || check.targetError !== null) {
    return [
      `curve check: not compared (iters_per_epoch=${check.itersPerEpoch})`,
      ...(check.sourceError === null ? [] : [`  source cannot be simulated: ${check.sourceError}`]),
      ...(check.targetError === null ? [] : [`  converted config cannot be simulated: ${check.targetError}`]),
    ];
  }
  const head = check.exact
    ? `curve check: EXACT over ${check.sourceIters} iterations (iters_per_epoch=${check.itersPerEpoch}; max rel diff ${formatFigure(check.maxRelDiff)})`
    : `curve check: DIFFERS at ${check.diffIterations} of ${check.sourceIters} iterations, first at ${check.firstDiffIteration} (iters_per_epoch=${check.itersPerEpoch}); max abs diff ${formatFigure(check.maxAbsDiff)}, max rel diff ${formatFigure(check.maxRelDiff)}`;
  const groups = check.groups.map((g) => {
    const m = g.momentum === null ? '' : `, momentum ${g.momentum.diffIterations} differ (max rel ${formatFigure(g.momentum.maxRelDiff)})`;
    return `  group ${g.group}: lr ${g.lr.diffIterations} differ (max rel ${formatFigure(g.lr.maxRelDiff)})${m}`;
  });
  return [head, ...groups];
}

/**
 * The converted config as a standalone `.py` file whose first lines are `# ` comments holding the
 * conversion notes and the curve check, so the report travels with the file.
 */
export function printConversion(result: ConversionResult, to: Pick<Dialect, 'title' | 'write'>): string {
  const header = [
    `Converted by mmcfg-studio to ${to.title}.`,
    `The mapping ${result.claimedExact ? 'claims an exact schedule' : 'has approximations (see the warnings)'}.`,
    ...describeCurveCheck(result.curveCheck),
    ...result.notes.map((n) => `${n.severity === 'warning' ? 'WARNING' : 'note'} [${n.path.join('.') || '-'}]: ${n.message.en}`),
  ];
  const opts = { mode: 'standalone', scheduleBase: '1x' } as const;
  const body = to.write(result.config, opts);
  return `${header.map((l) => `# ${l}`).join('\n')}\n\n${body}`;
}

/** The curve check in one line (English), for logs and test output. */
export function summarizeCurveCheck(check: CurveCheck): string {
  if (check.sourceError !== null || check.targetError !== null) {
    return `not compared (source: ${check.sourceError ?? 'ok'}; target: ${check.targetError ?? 'ok'})`;
  }
  return check.exact
    ? `exact (max rel ${check.maxRelDiff.toExponential(2)})`
    : `differs at ${check.diffIterations}/${check.sourceIters} iterations from ${check.firstDiffIteration}, max rel ${check.maxRelDiff.toExponential(3)}`;
}
