import { dialectInfo, pyEqual, type DialectId, type PyDict } from '../../core/index.ts';

/** What the curves are computed from: the schedule sections only, iterations per epoch, resolution. */
export interface ScheduleRequest {
  style: DialectId;
  config: PyDict;
  itersPerEpoch: number;
  maxPoints: number;
  /** The same schedule without auto_scale_lr, drawn as an extra dashed line. */
  unscaled?: PyDict;
  /** The zoomed iteration range, or null for the whole run. */
  range?: { from: number; to: number } | null;
}

/** Only what the schedule depends on (model and data sections stay out). */
export function pickScheduleSections(config: PyDict, style: DialectId): PyDict {
  const out: PyDict = {};
  for (const k of dialectInfo(style).scheduleKeys) {
    const v = config[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function sameRequest(a: ScheduleRequest, b: ScheduleRequest): boolean {
  return a.range?.from === b.range?.from && a.range?.to === b.range?.to && a.style === b.style && a.itersPerEpoch === b.itersPerEpoch && a.maxPoints === b.maxPoints && pyEqual(a.config, b.config) && (a.unscaled && b.unscaled ? pyEqual(a.unscaled, b.unscaled) : a.unscaled === b.unscaled);
}

/**
 * The schedule request for a config; returns the previous request object when nothing the
 * schedule depends on changed (a checkpoint interval, a log hook), so no new computation starts.
 */
export function createScheduleRequest() {
  let last: ScheduleRequest | null = null;
  return (style: DialectId, config: PyDict, itersPerEpoch: number, maxPoints: number, unscaled: PyDict | null, range: { from: number; to: number } | null = null): ScheduleRequest => {
    const next: ScheduleRequest = { style, config: pickScheduleSections(config, style), itersPerEpoch, maxPoints, range };
    if (unscaled) next.unscaled = pickScheduleSections(unscaled, style);
    if (last && sameRequest(last, next)) return last;
    last = next;
    return next;
  };
}
