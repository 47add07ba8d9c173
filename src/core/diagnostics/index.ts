/**
 * Diagnostics engine: what training would do with a runtime config that the user did not mean.
 *
 * Public API (everything else in this folder is internal):
 * - `diagnose(input: DiagnoseInput): Diagnostic[]` — runs the rules of `input.dialect` over the
 *   merged config (the rule list its DialectInfo carries). Input: `config` (merged PyDict), `dialect` (a DialectId), optional
 *   `bases` (the `_base_` files' merged config, for "inherited across a type change"),
 *   `itersPerEpoch`, `fileName` (recipe name like `8xb2`), `sources` (a LoadResult: locates each
 *   diagnostic as file/line/col).
 * - `diagnoseFile(path, fs, { itersPerEpoch })` — loadConfig + bases + diagnose in one call (CLI).
 * - `Diagnostic` — `{ rule, severity, path, source?, message: { en, zh }, reference, fix? }`.
 *   severity: `error` = training stops with an exception; `warning` = runs, not as meant; `info`.
 *   `rule` ids are stable (`optimizer/unknown-argument`); `allRules` lists them with summaries.
 * - `applyFix(config, fix)` — applies a diagnostic's fix (`set` / `delete` / `replace` with
 *   `_delete_=True`) to the config the user owns; returns a new config.
 * - `reshapeOnTypeChange(ctx, change)` — the edit a form applies when optimizer type, lr/momentum
 *   policy, scheduler type or runner/loop type changes: drops the keys the new class rejects, adds
 *   required ones, and writes `_delete_=True` when the dropped keys come from the bases.
 * - `acceptedArguments(component, path, section)` — the keyword table behind both.
 */
export { diagnose } from './engine.ts';
export { diagnoseFile, loadBasesOf } from './diagnoseFile.ts';
export type { FileDiagnosis } from './diagnoseFile.ts';
export { applyFix } from './applyFix.ts';
export { reshapeOnTypeChange } from './reshapeOnTypeChange.ts';
export type { ReshapeContext, Reshaped, TypeChange, TypedComponent } from './reshapeOnTypeChange.ts';
export { allRules, rulesFor } from './registry.ts';
export { acceptedArguments } from './signatures/lookup.ts';
export type { Accepted, Component } from './signatures/lookup.ts';
export { OPTIMIZER_SIGNATURES } from './signatures/optimizerSignatures.ts';
export type { Diagnostic, DiagnoseInput, Fix, FixEdit, Reference, Rule, Severity, SourceRange, Text } from './types.ts';
