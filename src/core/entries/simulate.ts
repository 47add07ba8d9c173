/** Both dialects' schedule simulators by dialect id: for the chart worker, CSV export and the command line. */
export * from '../schedule/simulate.ts';
export { simulateSchedule } from '../schedule/simulate.ts';
