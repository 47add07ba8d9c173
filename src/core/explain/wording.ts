/** Shared phrasing of the curve explanations, in English and 简体中文. */
import type { I18nText } from '../model/fieldSpec.ts';
import type { FieldPath } from './types.ts';

/** A number as a config would show it, without float noise (0.1 ** 2 → 0.01). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(6)));
}

/** `lr_config.step[0]`, `param_scheduler[1].milestones[0]`: the path as a Python reader would name it. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const key of path) out += /^\d+$/.test(key) ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** How far into training an iteration is: "epoch 8" when it starts an epoch of an epoch-based run, else "iteration 8,000". */
export function formatWhen(iteration: number, itersPerEpoch: number, epochBased: boolean): I18nText {
  if (epochBased && itersPerEpoch > 0 && iteration % itersPerEpoch === 0) {
    const epoch = iteration / itersPerEpoch;
    return { en: `epoch ${epoch}`, zh: `第 ${epoch} 轮` };
  }
  const shown = iteration.toLocaleString('en-US');
  return { en: `iteration ${shown}`, zh: `第 ${shown} 次迭代` };
}

/** A length in the run's unit: "15 epochs" / "15 轮", or iterations. */
export function formatSpan(iterations: number, itersPerEpoch: number, epochBased: boolean): I18nText {
  if (epochBased && itersPerEpoch > 0 && iterations % itersPerEpoch === 0) {
    const n = iterations / itersPerEpoch;
    return { en: `${n} epoch${n === 1 ? '' : 's'}`, zh: `${n} 轮` };
  }
  const shown = iterations.toLocaleString('en-US');
  return { en: `${shown} iteration${iterations === 1 ? '' : 's'}`, zh: `${shown} 次迭代` };
}

/**
 * The fields after "←": a field with its value is named by its key (`warmup_iters=500`, the
 * section is clear from the sentence), one without by its whole path (`lr_config.step[0]`).
 */
export function cite(items: readonly (readonly [FieldPath, string | undefined])[]): string {
  return items.map(([path, value]) => (value === undefined ? formatPath(path) : `${path[path.length - 1] ?? ''}=${value}`)).join(', ');
}

export function i18n(en: string, zh: string): I18nText {
  return { en, zh };
}
