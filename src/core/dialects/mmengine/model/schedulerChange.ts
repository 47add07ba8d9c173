import type { PyDict } from '../../../python/value.ts';
import { reshapeOnTypeChange } from '../../../diagnostics/reshapeOnTypeChange.ts';

/**
 * Switches one `param_scheduler` entry to `newType` through the one reshape every form type change
 * uses (`reshapeOnTypeChange`, as the optimizer type, 2.x policies, runner and loop do): it keeps
 * `begin` / `end` / `by_epoch` / `convert_to_iter_based` and every argument the new class also takes
 * (gamma from MultiStepLR to StepLR, eta_min from CosineAnnealingLR to PolyLR), drops what the
 * signature tables say its `__init__` rejects, and adds its required arguments when missing. A type
 * the tables do not know keeps every argument (they are unknown). A list entry has no inherited
 * keys (lists replace in a merge), so the reshaped entry is the whole answer.
 */
export function changeSchedulerType(entry: PyDict, newType: string): PyDict {
  return reshapeOnTypeChange({ config: { param_scheduler: [entry] }, dialect: 'mmengine' }, { component: 'scheduler', path: ['param_scheduler', '0'], newType }).section;
}
