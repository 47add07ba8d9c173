/** The diagnostics engine (rules, locations, fixes): for the command line and the app's derivations. */
export { diagnose, loadBasesOf } from '../diagnostics/index.ts';
export type { Diagnostic as RuleDiagnostic, FixEdit } from '../diagnostics/index.ts';
export { locatePathSpan } from '../diagnostics/locate.ts';
