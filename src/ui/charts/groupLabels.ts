import type { ParamKind } from '../../core/index.ts';
import type { ChartSeries } from './chartData.ts';
import type { paramTextsFor } from './paramTexts.ts';

type Texts = ReturnType<typeof paramTextsFor>;

/** What the chart knows of a parameter group besides its curves. */
export interface GroupInfo {
  key: string;
  lrMult: number;
  decayMult?: number;
  paramKinds?: ParamKind[];
}

/** `bias params`, `norm params` (weights and biases together)... for a paramwise group's kinds. */
export function describeKinds(kinds: readonly ParamKind[], tx: Texts): string {
  const names: string[] = [];
  const has = (k: ParamKind) => kinds.includes(k);
  for (const k of kinds) {
    if ((k === 'normWeight' || k === 'normBias') && has('normWeight') && has('normBias')) {
      if (k === 'normWeight') names.push(tx.normParams);
    } else if ((k === 'dwconvWeight' || k === 'dwconvBias') && has('dwconvWeight') && has('dwconvBias')) {
      if (k === 'dwconvWeight') names.push(tx.dwconvParams);
    } else names.push(tx.kinds[k]);
  }
  return names.join(' + ');
}

const short = (x: number) => String(Number(x.toPrecision(6)));

/** The legend name of a paramwise group: its kinds and multipliers, e.g. `bias params (lr ×2, wd ×0)`. */
export function labelGroup(g: GroupInfo, tx: Texts): string | null {
  if (g.paramKinds === undefined) return null;
  return `${describeKinds(g.paramKinds, tx)} (${tx.mults(short(g.lrMult), g.decayMult === undefined ? null : short(g.decayMult))})`;
}

/** Series with paramwise group keys replaced by their legend names (custom keys and `base` stay). */
export function relabelSeries(series: ChartSeries[], groups: readonly GroupInfo[], tx: Texts): ChartSeries[] {
  const names = new Map(groups.flatMap((g) => {
    const label = labelGroup(g, tx);
    return label === null ? [] : [[g.key, label] as const];
  }));
  return names.size === 0 ? series : series.map((s) => {
    const name = names.get(s.key);
    return name === undefined ? s : { ...s, key: name };
  });
}

/** Exact hover values keyed the same way as {@link relabelSeries}. */
export function relabelValues<T>(values: Record<string, T>, groups: readonly GroupInfo[], tx: Texts): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(values)) {
    const g = groups.find((x) => x.key === k);
    out[(g && labelGroup(g, tx)) ?? k] = v;
  }
  return out;
}
