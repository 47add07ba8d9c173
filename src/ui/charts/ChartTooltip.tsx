import { useTranslation } from 'react-i18next';

interface TooltipEntry {
  name?: unknown;
  value?: unknown;
  color?: string;
  payload?: { x?: number };
}

/** Epoch, iteration and the exact value (full precision) under the pointer. */
export function ChartTooltip({ active, payload, itersPerEpoch }: { active?: boolean; payload?: readonly TooltipEntry[]; itersPerEpoch: number }) {
  const { t } = useTranslation();
  const first = payload?.[0]?.payload;
  if (!active || !first || first.x === undefined) return null;
  const iter = first.x;
  return (
    <div className="chart-tooltip" data-testid="chart-tooltip">
      <div>
        {t('epoch')} {Math.floor(iter / itersPerEpoch) + 1} · {t('iteration')} {iter}
      </div>
      {payload?.map((p) => (
        <div key={String(p.name)} style={{ color: p.color }}>
          {String(p.name)}: <span data-testid="chart-tooltip-value">{String(p.value)}</span>
        </div>
      ))}
    </div>
  );
}
