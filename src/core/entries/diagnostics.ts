/** The diagnostics engine (rules, locations, fixes): for the command line and the app's derivations. */
export { allRules, diagnose, loadBasesOf, rulesFor } from '../diagnostics/index.ts';
export type { Diagnostic as RuleDiagnostic, Fix, FixEdit, Reference, Rule, Severity, SourceRange, Text } from '../diagnostics/index.ts';
