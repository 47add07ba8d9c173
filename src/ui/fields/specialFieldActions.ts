import type { PyValue } from '../../core/index.ts';
import type { StudioState } from '../../store/studioStore.ts';

/**
 * Fields whose change must also reshape their section (a new lr policy drops the old policy's
 * arguments), so they go through a dedicated store action instead of a plain field change.
 */
export function dispatchFieldChange(
  actions: StudioState['actions'],
  path: readonly string[],
  value: PyValue | undefined,
): void {
  const id = path.join('.');
  if (id === 'lr_config.policy' && typeof value === 'string') actions.lrPolicyChanged(value);
  else if (id === 'momentum_config.policy') actions.momentumPolicyChanged(typeof value === 'string' ? value : null);
  else if (id === 'runner.type' && typeof value === 'string') actions.runnerTypeChanged(value);
  else actions.fieldChanged(path, value);
}
