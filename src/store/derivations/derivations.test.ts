import { describe, expect, it } from 'vitest';
import { writeConfig } from '../../core/dialects/mmcv1/write/writeConfig.ts';
import { createMemoryFs, loadConfig } from '../../core/config/load/loadConfig.ts';
import { importDocument } from '../../core/config/edit/importDocument.ts';
import { exportFromImported } from '../../core/document/exportDocument.ts';
import { defaultDocument } from '../../core/document/document.ts';
import { setAtPath } from '../../core/model/paths.ts';
import type { Diagnostic } from '../../core/python/diagnostics.ts';
import { createStudioStore } from '../studioStore.ts';
import type { DocumentSource } from '../../core/document/document.ts';
import { createDraftMarkers } from './draftMarkers.ts';
import { createExportText, type SourceExporter } from './exportText.ts';
import { createScheduleRequest } from './scheduleRequest.ts';

const doc = defaultDocument();
const userText = "_base_ = ['../_base_/default_runtime.py']\noptimizer = dict(type='SGD', lr=0.5, momentum=0.9, weight_decay=0.0001)  # mine\n";
const source = { entry: 'configs/studio/mine.py', files: { 'configs/studio/mine.py': userText } };
const exporter: SourceExporter = {
  exportWithSource: (inputs) => exportFromImported(importDocument(inputs.source.entry, createMemoryFs(inputs.source.files)), inputs.config, { mode: inputs.exportMode, scheduleBase: inputs.scheduleBase }, inputs.write).text,
};

describe('export text', () => {
  const inputs = { config: doc.config, write: writeConfig, source: null, exportMode: 'inherit' as const, scheduleBase: doc.scheduleBase };

  it('is the writer output for a config without a source, memoised on its inputs', () => {
    const exportText = createExportText();
    const text = exportText(inputs, null);
    expect(text).toBe(writeConfig(doc.config, { mode: 'inherit', scheduleBase: doc.scheduleBase }));
    let calls = 0;
    const counting = { ...inputs, write: (...a: Parameters<typeof writeConfig>) => (calls++, writeConfig(...a)) };
    exportText(counting, null);
    exportText({ ...counting }, null);
    expect(calls).toBe(1);
  });

  it("is the user's own text until the reader arrives, then their text with the edit patched in (the comment stays)", () => {
    const exportText = createExportText();
    const loaded = loadConfig(source.entry, createMemoryFs(source.files));
    const edited = setAtPath(loaded.config, ['optimizer', 'lr'], 0.25);
    expect(exportText({ ...inputs, config: edited, source }, null)).toBe(userText);
    const patched = exportText({ ...inputs, config: edited, source }, exporter);
    expect(patched).toContain('lr=0.25');
    expect(patched).toContain('# mine');
  });

  it('each store has its own memo', () => {
    const a = createStudioStore();
    const b = createStudioStore();
    expect(a.derive).not.toBe(b.derive);
    expect(a.derive.exportText).not.toBe(b.derive.exportText);
  });
});

describe('draft markers', () => {
  it('keeps only the problems located in the draft itself, memoised on the draft', () => {
    const markers = createDraftMarkers();
    let calls = 0;
    const load = (_s: unknown, _d: string, entry: string): Diagnostic[] => {
      calls++;
      return [
        { line: 2, column: 3, severity: 'error', message: 'here', file: entry },
        { line: 1, column: 1, severity: 'error', message: 'in a base', file: 'configs/_base_/x.py' },
      ];
    };
    const first = markers(null, 'x = (', 'configs/studio/a.py', load);
    expect(first.map((d) => d.message)).toEqual(['here']);
    expect(markers(null, 'x = (', 'configs/studio/a.py', load)).toBe(first);
    expect(calls).toBe(1);
  });

  it('with the real reader, a doubled comma is located on its line', () => {
    const markers = createDraftMarkers();
    const load = (s: DocumentSource | null, draft: string, entry: string) => loadConfig(entry, createMemoryFs({ ...(s?.files ?? {}), [entry]: draft })).diagnostics;
    const found = markers(null, 'a = 1\noptimizer = dict(lr=0.5,,)\n', 'configs/studio/a.py', load);
    expect(found[0]?.line).toBe(2);
  });
});

describe('schedule request', () => {
  it('carries only the schedule sections and is the same object while they are unchanged', () => {
    const request = createScheduleRequest();
    const first = request('mmcv1', doc.config, 100, 400, null);
    expect(Object.keys(first.config).sort()).toEqual(['lr_config', 'momentum_config', 'optimizer', 'runner'].filter((k) => k in doc.config).sort());
    const checkpointEdit = setAtPath(doc.config, ['checkpoint_config', 'interval'], 5);
    expect(request('mmcv1', checkpointEdit, 100, 400, null)).toBe(first);
    expect(request('mmcv1', setAtPath(doc.config, ['optimizer', 'lr'], 0.3), 100, 400, null)).not.toBe(first);
  });
});
