/** Curves as CSV, loaded when a person exports them. */
export * from '../export/curvesCsv.ts';
