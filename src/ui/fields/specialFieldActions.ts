import { isTypeField, type PyValue } from '../../core/index.ts';
import type { StudioState } from '../../store/studioStore.ts';

/**
 * Fields whose change must also reshape their section (a new optimizer, policy, runner or loop
 * drops the arguments the new class rejects), so they go through a dedicated store action instead of a plain field change.
 */
export function dispatchFieldChange(
  actions: StudioState['actions'],
  path: readonly string[],
  value: PyValue | undefined,
): void {
  const id = path.join('.');
  if (id === 'momentum_config.policy') actions.momentumPolicyChanged(typeof value === 'string' ? value : null);
  else if (isTypeField(path) && typeof value === 'string' && value !== '') actions.typeChanged(path, value);
  else actions.fieldChanged(path, value);
}
