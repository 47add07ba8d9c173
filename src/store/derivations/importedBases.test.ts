/** The engine gets an imported file's own `_base_` files, so "inherited across a type change" works on imports too. */
import { describe, expect, it } from 'vitest';
import { loadDialect } from '../../core/index.ts';
import { createStudioStore } from '../studioStore.ts';

// The AdamW recipe written over MMDetection 2.x's 1x schedule: SGD's momentum=0.9 comes from schedule_1x.py (mmpretrain #1587).
const leaf = "_base_ = ['../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']\noptimizer = dict(type='AdamW', lr=0.0001, weight_decay=0.05)\n";

async function importedStore(exportMode: 'inherit' | 'standalone') {
  const store = createStudioStore();
  store.getState().actions.exportModeChanged(exportMode);
  const problems = await store.getState().actions.filesImported([{ path: 'detr_adamw.py', text: leaf }]);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const s = store.getState();
  const dialect = await loadDialect(s.dialect);
  return store.derive.diagnostics({ config: s.config, dialect, scheduleBase: s.scheduleBase, exportMode: s.exportMode, source: s.source, itersPerEpoch: s.itersPerEpoch });
}

describe('diagnostics of an imported config', () => {
  it('know its bases in inherit mode: momentum is inherited from schedule_1x.py, fixed by rewriting optimizer with _delete_=True', async () => {
    const found = (await importedStore('inherit')).find((m) => m.rule === 'optimizer/unknown-argument');
    expect(found?.path).toEqual(['optimizer', 'momentum']);
    expect(found?.message.en).toContain('inherited from the base config');
    expect(found?.fix?.edits.map((e) => e.op)).toEqual(['replace']);
  });

  it('in standalone mode (no _base_ in the export) the key is simply removed', async () => {
    const found = (await importedStore('standalone')).find((m) => m.rule === 'optimizer/unknown-argument');
    expect(found?.message.en).not.toContain('inherited');
    expect(found?.fix?.edits).toEqual([{ op: 'delete', path: ['optimizer', 'momentum'] }]);
  });
});
