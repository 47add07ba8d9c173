import type { PyDict } from '../../python/value.ts';
import type { ScheduleResult } from '../types.ts';

/** MMEngine `param_scheduler` curves: being written. */
export function simulateMmengine(_config: PyDict, _opts: { itersPerEpoch: number }): ScheduleResult {
  return { ok: false, error: { message: 'MMEngine schedules are not supported yet' } };
}
