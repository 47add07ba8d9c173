/** Both dialects' schedule simulators by dialect id: for the chart worker, CSV export and the command line. */
export type { DialectId } from '../dialects/types.ts';
export * from '../schedule/simulate.ts';
export { simulateSchedule } from '../schedule/simulate.ts';
