import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAtPath } from '../../core/model/paths.ts';
import { createStudioStore } from '../studioStore.ts';

// Written by the release built from main at 1319a30 (see fixtures/README.md).
const released = readFileSync(new URL('./fixtures/savedState-main-1319a30.json', import.meta.url), 'utf8');

function memory(initial: Record<string, string>) {
  const data = { ...initial };
  return { data, getItem: (k: string) => data[k] ?? null, setItem: (k: string, v: string) => void (data[k] = v), removeItem: (k: string) => void delete data[k] };
}

describe('a saved state from the current release', () => {
  it('opens unchanged: the same configs, the open one, its source and the UI choices; saving it back writes the same text', async () => {
    const backing = memory({ 'mmcfg-studio': released });
    const problems: string[] = [];
    const store = createStudioStore({ persist: { storage: () => backing, onRepaired: (_m, p) => problems.push(...p), onSetAside: (_r, _m, p) => problems.push(...p) } });
    await store.persist.rehydrate();
    expect(problems).toEqual([]);
    const s = store.getState();
    const saved = JSON.parse(released).state;
    expect(s.library.activeId).toBe('config-2');
    expect(s.name).toBe('second');
    expect(s.dialect).toBe('mmcv1');
    expect(getAtPath(s.config, ['runner', 'max_epochs'])).toBe(36);
    expect(s.source?.files[s.source.entry]).toContain('log_level = "DEBUG"');
    expect(s.codeDraft).toBeNull();
    expect(s.library.configs.map((c) => c.name)).toEqual(['cosine_run', 'second']);
    expect(getAtPath(s.library.configs[0]?.config ?? {}, ['lr_config', 'policy'])).toBe('CosineAnnealing');
    expect(getAtPath(s.library.configs[0]?.config ?? {}, ['optimizer', 'lr'])).toBe(0.015);
    expect({ itersSource: s.itersSource, datasetSize: s.datasetSize, numGpus: s.numGpus, samplesPerGpu: s.samplesPerGpu, itersPerEpoch: s.itersPerEpoch }).toEqual({
      itersSource: saved.ui.itersSource,
      datasetSize: saved.ui.datasetSize,
      numGpus: saved.ui.numGpus,
      samplesPerGpu: saved.ui.samplesPerGpu,
      itersPerEpoch: saved.ui.itersPerEpoch,
    });
    // Opening another config and coming back rewrites the entries from the store's fields.
    store.getState().actions.configSwitched('config-1');
    store.getState().actions.configSwitched('config-2');
    const rewritten = JSON.parse(backing.data['mmcfg-studio'] ?? '{}').state;
    const strip = (c: Record<string, unknown>) => ({ ...c, updatedAt: 0 });
    expect(rewritten.configs.map(strip)).toEqual(saved.configs.map(strip));
    expect(rewritten.ui).toEqual(saved.ui);
  });
});
