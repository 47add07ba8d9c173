import type { CurveName, CurvePiece, CurveSegment, FieldPath, SegmentShape } from './types.ts';

/** The shape of values that are the product (or warmup) of parts shaped so: constants change nothing, opposite moves give no promise. */
function combineShapes(shapes: readonly SegmentShape[]): SegmentShape {
  const moving = shapes.filter((s) => s !== 'constant');
  if (moving.length === 0) return 'constant';
  const first = moving[0] as SegmentShape;
  return moving.every((s) => s === first) ? first : 'mixed';
}

function samePaths(a: readonly FieldPath[], b: readonly FieldPath[]): boolean {
  return a.length === b.length && a.every((p, i) => p.join('.') === b[i]?.join('.'));
}

/**
 * Cuts one curve's overlapping pieces into segments that tile [0, total): every piece boundary
 * is a segment boundary, and each segment lists the pieces active over all of it. Stretches no
 * piece covers get `idle` (the value holds). Neighbours with the same causes are merged.
 */
export function tilePieces(curve: CurveName, pieces: readonly CurvePiece[], total: number, idle: (from: number) => CurvePiece): CurveSegment[] {
  if (total <= 0) return [];
  const clipped = pieces
    .filter((p) => p.curve === curve)
    .map((p) => ({ ...p, from: Math.max(0, p.from), to: Math.min(total, p.to) }))
    .filter((p) => p.to > p.from);
  const cuts = [...new Set([0, total, ...clipped.flatMap((p) => [p.from, p.to])])].sort((a, b) => a - b);
  const out: (CurveSegment & { causes: readonly CurvePiece[] })[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    let active: readonly CurvePiece[] = clipped.filter((p) => p.from <= from && p.to >= to);
    const ruling = active.find((p) => p.overrides);
    if (ruling) active = [ruling];
    if (active.length === 0) active = [idle(from)];
    const prev = out[out.length - 1];
    if (prev && prev.to === from && prev.causes.length === active.length && prev.causes.every((c, k) => c === active[k])) {
      prev.to = to;
      continue;
    }
    const paths: FieldPath[] = [];
    for (const p of active.flatMap((c) => c.paths)) if (!paths.some((q) => samePaths([q], [p]))) paths.push(p);
    out.push({
      curve,
      from,
      to,
      shape: combineShapes(active.map((p) => p.shape)),
      text: { en: active.map((p) => p.text.en).join('; '), zh: active.map((p) => p.text.zh).join('；') },
      paths,
      causes: active,
    });
  }
  return out.map(({ causes: _causes, ...segment }) => segment);
}
