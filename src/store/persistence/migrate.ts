import type { SavedState } from './savedState.ts';
import { repairSavedState } from './repairSavedState.ts';

/**
 * Brings plain saved data of `fromVersion` up to the current version by chaining the steps
 * (v1 → v2 → …). Used as zustand persist's `migrate`; throws (zustand reports it to
 * `onRehydrateStorage`) only when nothing usable is left. Prefer {@link repairSavedState},
 * which never throws and says what it dropped.
 */
export function migrate(persisted: unknown, fromVersion: number): SavedState {
  const { state, problems } = repairSavedState({ state: persisted, version: fromVersion });
  if (!state) throw new Error(`saved state unusable: ${problems.join('; ')}`);
  return state;
}
