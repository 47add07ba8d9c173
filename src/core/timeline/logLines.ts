import type { PyDict } from '../python/value.ts';
import { isPyDict, numberOf } from '../python/value.ts';
import type { TimelineLog, TimelinePhase, TimelineWarning } from './types.ts';
import { warn } from './warnings.ts';

export interface LogSettings {
  hook: string;
  interval: number;
  byEpoch: boolean;
  ignoreLast: boolean;
}

/**
 * Reads `log_config` as MMCV 1.7.2 `register_logger_hooks` builds the hooks: each hook's
 * `interval` defaults to `log_config.interval`; IterBasedRunner sets `by_epoch=False` where the
 * hook does not say. The first TextLoggerHook (else the first hook) stands for all.
 */
export function readLogSettings(config: PyDict, iterBased: boolean, warnings: TimelineWarning[]): LogSettings | null {
  const section = config.log_config;
  if (!isPyDict(section)) return null;
  const hooks = Array.isArray(section.hooks) ? section.hooks.filter(isPyDict) : [];
  const hook = hooks.find((h) => h.type === 'TextLoggerHook') ?? hooks[0];
  if (!hook) return null;
  const interval = numberOf(hook.interval) ?? numberOf(section.interval) ?? 10;
  if (interval <= 0) {
    warnings.push(warn('log-interval', `Log interval ${interval} never logs a training line.`, `日志间隔 ${interval} 时永远不会输出训练日志。`));
  }
  const byEpoch = typeof hook.by_epoch === 'boolean' ? hook.by_epoch : !iterBased;
  const ignoreLast = typeof hook.ignore_last === 'boolean' ? hook.ignore_last : true;
  return { hook: typeof hook.type === 'string' ? hook.type : '?', interval, byEpoch, ignoreLast };
}

/**
 * Training log lines, reproducing MMCV 1.7.2 `LoggerHook.after_train_iter`: a line after each
 * iteration where `by_epoch` and `(inner_iter + 1) % interval == 0`, or not `by_epoch` and
 * `(iter + 1) % interval == 0`, or else at the end of an epoch (`inner_iter + 1 ==
 * len(data_loader)`) when `ignore_last` is False. `inner_iter` restarts with each train phase
 * (each epoch for EpochBasedRunner, each workflow entry for IterBasedRunner).
 * Counted per train phase in closed form, so long runs cost nothing.
 */
export function countLogLines(settings: LogSettings, phases: readonly TimelinePhase[], itersPerEpoch: number, maxListed: number): TimelineLog {
  const { interval } = settings;
  const iters: number[] = [];
  let total = 0;
  const push = (iter: number) => {
    total++;
    if (iters.length < maxListed) iters.push(iter);
  };
  for (const phase of phases) {
    if (phase.mode !== 'train') continue;
    const length = phase.endIter - phase.startIter;
    // Inner iterations i (1-based) that print, in order; listing stops once maxListed is reached.
    const isRegular = (i: number) => interval > 0 && (settings.byEpoch ? i % interval === 0 : (phase.startIter + i) % interval === 0);
    const endOfEpoch = !settings.ignoreLast && itersPerEpoch >= 1 && itersPerEpoch <= length ? itersPerEpoch : null;
    const regularCount = interval > 0 ? (settings.byEpoch ? Math.floor(length / interval) : Math.floor(phase.endIter / interval) - Math.floor(phase.startIter / interval)) : 0;
    const extra = endOfEpoch !== null && !isRegular(endOfEpoch) ? 1 : 0;
    if (iters.length >= maxListed) {
      total += regularCount + extra;
      continue;
    }
    const firstRegular = interval > 0 ? (settings.byEpoch ? interval : interval - (phase.startIter % interval)) : Infinity;
    let listed = 0;
    let extraDone = extra === 0;
    for (let i = firstRegular; i <= length && iters.length < maxListed; i += interval) {
      if (!extraDone && endOfEpoch !== null && endOfEpoch < i) {
        push(phase.startIter + endOfEpoch);
        extraDone = true;
      }
      push(phase.startIter + i);
      listed++;
    }
    total += regularCount - listed;
    if (!extraDone && endOfEpoch !== null) push(phase.startIter + endOfEpoch);
  }
  return { hook: settings.hook, interval, byEpoch: settings.byEpoch, ignoreLast: settings.ignoreLast, total, iters, listedAll: total === iters.length };
}
