import { defaultDialectId } from '../../core/index.ts';
/**
 * Each step turns the plain data of version n into version n + 1, without validating: the
 * repair pass after the last step checks everything and drops what is broken.
 */
const steps: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  1: (v1) => ({
    version: 2,
    activeId: 'config-1',
    configs: [
      {
        id: 'config-1',
        name: v1.name,
        config: v1.config,
        scheduleBase: v1.scheduleBase,
        exportMode: v1.exportMode,
        dialect: defaultDialectId,
        updatedAt: 0,
      },
    ],
    ui: { language: v1.language, logScale: v1.logScale, itersPerEpoch: v1.itersPerEpoch },
  }),
};

/** Runs the migration steps from `fromVersion` up to `toVersion`; unknown steps stop early. */
export function runMigrationSteps(state: Record<string, unknown>, fromVersion: number, toVersion: number): { state: Record<string, unknown>; reached: number } {
  let current = state;
  let version = fromVersion;
  while (version < toVersion) {
    const step = steps[version];
    if (!step) break;
    current = step(current);
    version++;
  }
  return { state: current, reached: version };
}
