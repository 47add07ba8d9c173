import { describe, expect, it } from 'vitest';
import { defaultDialect, loadDialect, scheduleBaseIds, setAtPath } from '../../core/index.ts';
import { createStudioStore } from '../studioStore.ts';

function diagnosticsOf(store: ReturnType<typeof createStudioStore>, dialect = defaultDialect) {
  const s = store.getState();
  return store.derive.diagnostics({ config: s.config, dialect, scheduleBase: s.scheduleBase, exportMode: s.exportMode, source: s.source, itersPerEpoch: s.itersPerEpoch });
}

describe('diagnostics derivation and type changes', () => {
  it('a fresh config has no engine error; AdamW set as a plain value inherits momentum and is an error with a fix', () => {
    const store = createStudioStore();
    expect(diagnosticsOf(store).filter((m) => m.severity === 'error')).toEqual([]);
    store.getState().actions.fieldChanged(['optimizer', 'type'], 'AdamW');
    const found = diagnosticsOf(store).find((m) => m.rule === 'optimizer/unknown-argument');
    expect(found?.severity).toBe('error');
    expect(found?.path).toEqual(['optimizer', 'momentum']);
    expect(found?.fix).toBeDefined();
    store.getState().actions.fixApplied(found!.fix!);
    expect(store.getState().config.optimizer).not.toHaveProperty('momentum');
    expect(diagnosticsOf(store).filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('typeChanged to AdamW drops momentum, the export writes _delete_=True, and undo brings SGD back', () => {
    const store = createStudioStore();
    store.getState().actions.typeChanged(['optimizer', 'type'], 'AdamW');
    const s = store.getState();
    expect(s.config.optimizer).toMatchObject({ type: 'AdamW' });
    expect(s.config.optimizer).not.toHaveProperty('momentum');
    const text = defaultDialect.write(s.config, { mode: 'inherit', scheduleBase: s.scheduleBase });
    expect(text).toMatch(/optimizer = dict\(_delete_=True, type='AdamW'/);
    expect(text).not.toMatch(/momentum/);
    expect(diagnosticsOf(store).filter((m) => m.severity === 'error')).toEqual([]);
    store.temporal.getState().undo();
    expect(store.getState().config.optimizer).toMatchObject({ type: 'SGD', momentum: 0.9 });
  });

  it('a policy typo is an error with a did-you-mean fix, memoised per config', () => {
    const store = createStudioStore();
    store.setState({ config: setAtPath(store.getState().config, ['lr_config', 'policy'], 'Cosine') });
    const first = diagnosticsOf(store);
    expect(diagnosticsOf(store)).toBe(first);
    const typo = first.find((m) => m.rule === 'policy/unregistered');
    expect(typo?.severity).toBe('error');
    expect(typo?.message.en).toContain('CosineAnnealing');
    expect(typo?.message.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('3.x: typeChanged to AdamW keeps no momentum under optim_wrapper', async () => {
    const v3 = await loadDialect('mmengine');
    const store = createStudioStore();
    const preset = v3.presets[0]!;
    store.getState().actions.presetApplied({ config: preset.config, scheduleBase: '1x', dialect: 'mmengine', name: 'v3' });
    store.getState().actions.typeChanged(['optim_wrapper', 'optimizer', 'type'], 'AdamW');
    const optimizer = (store.getState().config.optim_wrapper as Record<string, Record<string, unknown>>).optimizer;
    expect(optimizer).not.toHaveProperty('momentum');
    expect(diagnosticsOf(store, v3).filter((m) => m.severity === 'error')).toEqual([]);
  });

  // Issue 13 item 3: a preset opens clean under its own base, under every other base and standalone,
  // and a `_delete_` hint the writer never writes (no base defines the key) is not reported.
  it.each(['mmcv1', 'mmengine'] as const)('%s: every preset shows no error under any schedule base or standalone', async (id) => {
    const dialect = await loadDialect(id);
    for (const preset of dialect.presets) {
      const store = createStudioStore();
      store.getState().actions.presetApplied({ config: preset.config, scheduleBase: preset.scheduleBase, dialect: id, name: preset.id });
      for (const base of scheduleBaseIds) {
        store.getState().actions.scheduleBaseChanged(base);
        const errors = diagnosticsOf(store, dialect).filter((m) => m.severity === 'error').map((m) => `${m.rule}: ${m.path.join('.')}`);
        expect(errors, `${preset.id} over ${base}`).toEqual([]);
      }
      store.getState().actions.exportModeChanged('standalone');
      expect(diagnosticsOf(store, dialect).filter((m) => m.severity === 'error'), `${preset.id} standalone`).toEqual([]);
    }
  });

  it('a form config whose model holds a _delete_ hint over a key no base defines reports no stray _delete_', () => {
    const store = createStudioStore();
    store.getState().actions.scheduleBaseChanged('none');
    store.setState({ config: setAtPath(store.getState().config, ['optimizer_config'], { _delete_: true, grad_clip: null }) });
    expect(diagnosticsOf(store).filter((m) => m.rule === 'config/stray-delete')).toEqual([]);
  });

  it('the DETR presets name no schedule base, as the upstream recipes inherit only default_runtime.py', async () => {
    for (const id of ['mmcv1', 'mmengine'] as const) {
      const dialect = await loadDialect(id);
      const detr = dialect.presets.find((p) => p.id.includes('detr'));
      expect(detr?.scheduleBase, id).toBe('none');
    }
  });
});
