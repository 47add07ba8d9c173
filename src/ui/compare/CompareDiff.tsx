import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffLines, formatHunkHeader, groupHunks, splitLines, type DiffLine } from '../../core/index.ts';
import type { Pin } from '../../store/compareSlice.ts';

// Translucent, so they read on the light and the dark theme alike.
const lineStyle: Record<DiffLine['op'], { prefix: string; background?: string }> = {
  equal: { prefix: ' ' },
  insert: { prefix: '+', background: 'rgba(46, 160, 67, 0.22)' },
  delete: { prefix: '-', background: 'rgba(248, 81, 73, 0.22)' },
};

function PinSelect({ testId, label, pins, value, onChange }: { testId: string; label: string; pins: readonly Pin[]; value: string; onChange: (id: string) => void }) {
  return (
    <label>
      {label}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        {pins.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A unified diff of two pins' Python text, as they were when pinned. */
export function CompareDiff({ pins }: { pins: readonly Pin[] }) {
  const { t } = useTranslation();
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  // A removed pin falls back to the oldest (from) and the newest (to).
  const from = pins.find((p) => p.id === fromId) ?? pins[0];
  const to = pins.find((p) => p.id === toId) ?? pins[pins.length - 1];
  const fromText = from?.pythonText ?? '';
  const toText = to?.pythonText ?? '';
  const hunks = useMemo(() => groupHunks(diffLines(splitLines(fromText), splitLines(toText))), [fromText, toText]);

  if (pins.length < 2 || !from || !to) return <p className="compare-note">{t('compareDiffNeedsTwo')}</p>;
  return (
    <div className="compare-diff-box">
      <h3 style={{ fontSize: 13, margin: '8px 0 4px' }}>{t('compareDiffTitle')}</h3>
      <div className="chart-controls">
        <PinSelect testId="compare-diff-from" label={t('compareDiffFrom')} pins={pins} value={from.id} onChange={setFromId} />
        <PinSelect testId="compare-diff-to" label={t('compareDiffTo')} pins={pins} value={to.id} onChange={setToId} />
      </div>
      <pre data-testid="compare-diff" style={{ fontSize: 12, overflow: 'auto', maxHeight: 360, border: '1px solid var(--border)', padding: 4, margin: 0 }}>
        <div style={{ color: 'var(--muted)' }}>--- {from.label}</div>
        <div style={{ color: 'var(--muted)' }}>+++ {to.label}</div>
        {hunks.length === 0 && <div data-testid="compare-diff-same">{t('compareNoDiff')}</div>}
        {hunks.map((h) => (
          <div key={`${h.oldStart}:${h.newStart}`}>
            <div style={{ color: 'var(--accent)' }}>{formatHunkHeader(h)}</div>
            {h.lines.map((l, i) => {
              const s = lineStyle[l.op];
              return (
                <div key={i} data-op={l.op} className={`diff-${l.op}`} style={{ background: s.background }}>
                  {s.prefix}
                  {l.text}
                </div>
              );
            })}
          </div>
        ))}
      </pre>
    </div>
  );
}
