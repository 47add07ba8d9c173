import { memo, useContext } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import type { ChartPoint } from './chartData.ts';
import { ValueAxisContext, valueToPixel } from './ValueLayer.tsx';

/** Logged values as hollow circles over the chart's lines, inside the plot area only. */
export const LogPointsLayer = memo(function LogPointsLayer({ points, color, testId }: { points: readonly ChartPoint[]; color: string; testId: string }) {
  const x = useXAxisScale('iter');
  const axis = useContext(ValueAxisContext);
  const area = usePlotArea();
  if (!x || !area) return null;
  const inside = (px: number, py: number) => px >= area.x - 0.5 && px <= area.x + area.width + 0.5 && py >= area.y - 0.5 && py <= area.y + area.height + 0.5;
  const circles: { cx: number; cy: number; key: number }[] = [];
  points.forEach((p, i) => {
    const cx = x(p.x);
    const cy = valueToPixel(axis, area, p.y);
    if (typeof cx === 'number' && typeof cy === 'number' && Number.isFinite(cx) && Number.isFinite(cy) && inside(cx, cy)) circles.push({ cx, cy, key: i });
  });
  return (
    <g data-testid={testId} data-count={circles.length} pointerEvents="none">
      {circles.map((c) => (
        <circle key={c.key} cx={c.cx} cy={c.cy} r={2.6} fill="var(--panel-bg, #fff)" stroke={color} strokeWidth={1.3} />
      ))}
    </g>
  );
});
