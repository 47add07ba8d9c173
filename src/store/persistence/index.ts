export { createSavedStateStorage, createStudioPersistOptions, defaultConfigId, defaultStorageName, mergeSavedState, toSavedState } from './persistOptions.ts';
export type { PersistableState, SavedLibrary, StudioPersistHooks } from './persistOptions.ts';
export { migrate } from './migrate.ts';
export { repairSavedState } from './repairSavedState.ts';
export type { RepairResult } from './repairSavedState.ts';
export { savedStateVersion, savedStateV1Schema, savedStateV2Schema } from './savedState.ts';
export type { SavedConfig, SavedState, SavedUi } from './savedState.ts';
