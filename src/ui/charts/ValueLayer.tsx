import { createContext, memo, useContext, useId, useMemo } from 'react';
import { Curve, DefaultZIndexes, ZIndexLayer, usePlotArea, useXAxisScale } from 'recharts';
import { formatLinearTick, formatLogTick } from './axisTicks.ts';
import { valueFraction, type ValueAxis } from './chartScales.ts';

/**
 * The value axis of a curve chart. It is drawn here rather than by recharts' YAxis on purpose:
 * an edit that changes the values (a new lr) changes the axis' bounds and ticks, and every change
 * recharts is told about is a round through its store that re-renders the whole chart (grid,
 * axes, reference areas) and recomputes its selectors, about half of an edit's repaint. Recharts
 * keeps a hidden axis of fixed domain; the lines, the ticks and the grid read this context.
 */
export const ValueAxisContext = createContext<ValueAxis>({ log: false, domain: [0, 1], ticks: [] });

/** Pixel y of `v` in the plot area `area`, NaN where the value has no place on the axis. */
export function valueToPixel(axis: ValueAxis, area: { y: number; height: number }, v: number): number {
  return area.y + area.height * (1 - valueFraction(axis, v));
}

const tickSize = 6;
const tickGap = 2;

/** The value axis' line, ticks and labels left of the plot, and the horizontal grid lines. */
export const ValueAxisLayer = memo(function ValueAxisLayer({ testId }: { testId: string }) {
  const axis = useContext(ValueAxisContext);
  const area = usePlotArea();
  if (!area) return null;
  const format = axis.log ? formatLogTick : formatLinearTick;
  const ticks = axis.ticks.map((t) => ({ t, y: valueToPixel(axis, area, t) })).filter((k) => Number.isFinite(k.y));
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.grid}>
        <g className="value-grid" stroke="#ccc" strokeDasharray="3 3" strokeOpacity={0.6}>
          {ticks.map(({ t, y }) => (
            <line key={t} x1={area.x} x2={area.x + area.width} y1={y} y2={y} />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.axis}>
        <g data-testid={`${testId}.value-axis`}>
          <line x1={area.x} x2={area.x} y1={area.y} y2={area.y + area.height} stroke="#666" />
          <g fontSize={11} fill="#666" textAnchor="end">
            {ticks.map(({ t, y }) => (
              <g key={t}>
                <line x1={area.x - tickSize} x2={area.x} y1={y} y2={y} stroke="#666" />
                <text x={area.x - tickSize - tickGap} y={y} dy="0.355em" data-testid={`${testId}.value-tick`}>
                  {format(t)}
                </text>
              </g>
            ))}
          </g>
        </g>
      </ZIndexLayer>
    </>
  );
});

/**
 * One curve, in pixels from recharts' iteration scale and the value axis; the path keeps
 * recharts' classes, so it looks like the lines of the other charts.
 */
export const ValueLine = memo(function ValueLine({ points, stroke, dash, testId, dataKey }: { points: readonly { x: number; y: number }[]; stroke: string; dash?: string | undefined; testId: string; dataKey: string }) {
  const axis = useContext(ValueAxisContext);
  const x = useXAxisScale('iter');
  const area = usePlotArea();
  const clip = useId();
  const pixels = useMemo(() => {
    if (!x || !area) return [];
    return points.map((p) => {
      const py = valueToPixel(axis, area, p.y);
      return { x: x(p.x) as number, y: Number.isFinite(py) ? py : null };
    });
  }, [points, x, area, axis]);
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="recharts-layer recharts-line" data-testid={testId} data-key={dataKey} clipPath={area ? `url(#${CSS.escape(clip)})` : undefined}>
        {area && (
          <clipPath id={clip}>
            <rect x={area.x} y={area.y - 1} width={area.width} height={area.height + 2} />
          </clipPath>
        )}
        <Curve type="linear" points={pixels} connectNulls={false} stroke={stroke} strokeDasharray={dash} strokeWidth={1.5} fill="none" className="recharts-line-curve" />
      </g>
    </ZIndexLayer>
  );
});
