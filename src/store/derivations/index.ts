import { createDraftMarkers } from './draftMarkers.ts';
import { createExportText } from './exportText.ts';
import { createFieldMessages } from './fieldMessages.ts';
import { createScheduleRequest } from './scheduleRequest.ts';

/** The derived values of one store (export text, messages, draft markers, schedule request). */
export function createDerivations() {
  return { exportText: createExportText(), fieldMessages: createFieldMessages(), draftMarkers: createDraftMarkers(), scheduleRequest: createScheduleRequest() };
}
