import { ReferenceLine } from 'recharts';
import type { RuleMarker } from './ruleMarkers.ts';

const colors = { error: 'var(--error)', warning: 'var(--warning)', info: 'var(--muted)' } as const;

/**
 * Where a diagnostic bites in training, drawn over the lr chart: a dashed line in the severity's
 * colour with a small flag at the top. The group carries `data-rule` and `data-severity` (the
 * page's contract for every shown diagnostic) and the message as its SVG title, shown on hover;
 * a wide transparent stroke makes the thin line easy to point at.
 */
export function RuleMarkers({ testId, markers, from, last, titleOf }: { testId: string; markers: readonly RuleMarker[]; from: number; last: number; titleOf: (m: RuleMarker) => string }) {
  return (
    <>
      {markers
        .filter((m) => m.iteration >= from && m.iteration <= last)
        .map((m, i) => (
          <ReferenceLine key={`${m.rule}@${m.iteration}#${i}`} xAxisId="iter" x={m.iteration} ifOverflow="hidden" shape={(p: { x1?: number; y1?: number; x2?: number; y2?: number }) => <MarkerShape {...p} marker={m} testId={testId} title={titleOf(m)} />} />
        ))}
    </>
  );
}

function MarkerShape({ x1 = 0, y1 = 0, x2 = 0, y2 = 0, marker, testId, title }: { x1?: number; y1?: number; x2?: number; y2?: number; marker: RuleMarker; testId: string; title: string }) {
  const color = colors[marker.severity];
  const top = Math.min(y1, y2);
  return (
    <g data-testid={`${testId}.rule-marker`} data-rule={marker.rule} data-severity={marker.severity} data-iteration={marker.iteration} role="img" aria-label={title} style={{ cursor: 'help' }}>
      <title>{title}</title>
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke={color} strokeWidth={1.5} strokeDasharray="2 3" />
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="transparent" strokeWidth={10} pointerEvents="stroke" />
      <path d={`M${x1 - 5},${top} L${x1 + 5},${top} L${x1},${top + 7} Z`} fill={color} />
    </g>
  );
}
