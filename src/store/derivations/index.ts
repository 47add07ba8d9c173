import { createDiagnostics } from './diagnostics.ts';
import { createDraftMarkers } from './draftMarkers.ts';
import { createExportText } from './exportText.ts';
import { createScheduleRequest } from './scheduleRequest.ts';

/** The derived values of one store (export text, diagnostics, draft markers, schedule request). */
export function createDerivations() {
  return { exportText: createExportText(), draftMarkers: createDraftMarkers(), scheduleRequest: createScheduleRequest(), diagnostics: createDiagnostics() };
}
