/**
 * The public surface of the core for the store, the UI and the command line: they import from
 * here (or from one of `entries/`, each a chunk the app loads on demand), never from a core
 * module directly; `npm run lint` checks it (scripts/checkCoreSurface.ts). Everything here is
 * part of the first screen, so heavy modules (loader, simulators, gallery) stay in `entries/`.
 */
export { printConversion } from './config/convert/printConverted.ts';
export type { ConversionResult } from './config/convert/types.ts';

export type { ExportResult } from './config/edit/exportImported.ts';
export { importDocument } from './config/edit/importDocument.ts';
export type { ImportedDoc } from './config/edit/importDocument.ts';
export { pickEntryFile, placeLooseFile } from './config/import/pickEntry.ts';
export type { InputFile } from './config/import/pickEntry.ts';
export { defaultDialectId, dialectIds, dialectInfo, isDialectId, otherDialectId } from './dialects/info.ts';
export { defaultDialect, loadDialect, loadedDialect } from './dialects/registry.ts';
export type { Dialect, DialectId } from './dialects/types.ts';
export { applyFixToConfig, changeComponentType, isTypeField } from './dialects/typeChange.ts';
export { formBaseLayers, formBases } from './dialects/formBases.ts';
export { fieldOrigin } from './config/inherit/fieldOrigin.ts';
export type { BaseLayer, FieldOrigin } from './config/inherit/fieldOrigin.ts';
export type { Fix } from './diagnostics/types.ts';
export { diffLines, formatHunkHeader, groupHunks, splitLines } from './diff/index.ts';
export type { DiffLine } from './diff/index.ts';
export type { GalleryPreset } from './gallery/types.ts';
export { scheduleBaseIds } from './model/bases.ts';
export type { ScheduleBaseId } from './model/bases.ts';
export { readCustomKeyRows, writeCustomKeyRows } from './model/customKeys.ts';
export type { CustomKeyRow } from './model/customKeys.ts';
export { fieldTestId } from './model/fieldSpec.ts';
export type { FieldMessage, FieldSpec, HookTypeSpec, I18nText, SectionSpec } from './model/fieldSpec.ts';
export { reprSource } from './python/repr.ts';
export { parsePyLiteral } from './model/literal/parsePyLiteral.ts';
export { formatFieldValue, parseFieldInput } from './model/parseFieldInput.ts';
export { getAtPath, getSection, setAtPath } from './model/paths.ts';
export { changeMomentumPolicy } from './model/policyChange.ts';
export { presets } from './model/presets.ts';
export type { Preset } from './model/presets.ts';
export { checkValue } from './model/validate/fieldRules.ts';
export { readWorkflowRows, workflowPhases, writeWorkflowRows } from './model/workflow.ts';
export type { WorkflowRow } from './model/workflow.ts';
export type { Diagnostic } from './python/diagnostics.ts';
export { printJson } from './python/jsonText.ts';
export { isPyDict, isPyNumber, pyEqual } from './python/value.ts';
export { stripDeleteKeys } from './config/write/diffAgainstBase.ts';
export type { PyDict, PyValue } from './python/value.ts';
export { applyAutoScaleLr } from './schedule/autoScale.ts';
export { describeMissingTraining } from './schedule/trainingPart.ts';
export { readTrainingShape } from './schedule/itersFromConfig.ts';
export { estimateItersPerEpoch } from './schedule/itersPerEpoch.ts';
export type { TrainSetMatch } from './schedule/knownDatasets.ts';
export { readGoldenCase } from './dialects/mmcv1/schedule/goldenCase.ts';
export { reduceSeries } from './schedule/reduce.ts';
export type { ReducedSeries } from './schedule/reduce.ts';
export type { ScheduleCurves, ScheduleError, ScheduleMarks } from './schedule/types.ts';
export { valuesAt } from './schedule/valuesAt.ts';
export { listPlateauMonitors, parseMetricValues, pickLogMetric } from './schedule/plateauInput.ts';
export type { ParamCurves, ParamKind } from './schedule/types.ts';
export { parseGuardedJson } from './share/guardedJson.ts';
export { pyDictSchema } from './share/pyValueSchema.ts';
export { exportModeSchema, scheduleBaseSchema } from './share/sharePayload.ts';
export type { SharePayload } from './share/sharePayload.ts';
export { encodeWirePyValue } from './share/wirePyValue.ts';
export { summarizeTimeline } from './timeline/index.ts';
export type { Timeline } from './timeline/index.ts';
export { formatCfgOptionsLine, mergeFromDict, MergeOptionsError, parseTrainCommand, renderCfgOptions } from './cfgOptions/index.ts';
export type { Impossible, ImpossibleReason } from './cfgOptions/index.ts';
export { openConfigBases } from './cfgOptions/openConfigBases.ts';
export { guessItersPerEpoch } from './schedule/itersFromConfig.ts';
export { chooseItersPerEpoch, compareToPlan, describeCause, fitItersPerEpoch, parseTrainingLog, pointIteration } from './trainingLog/index.ts';
export type { DivergenceCause, LogCheck, ParsedLog, PlanView } from './trainingLog/index.ts';
export { exportFromImported } from './document/exportDocument.ts';
export type { WriteConfig } from './document/exportDocument.ts';
export type { DocumentSource, ExportMode, StudioDocument } from './document/document.ts';
export { defaultDocument, documentFromSaved, documentToSaved, pickDocument, sameDocument } from './document/document.ts';
export { checkTopLevelKeys } from './share/sharePayload.ts';
export { savedDocumentShape } from './document/documentSchema.ts';
