import { describe, expect, it } from 'vitest';
import { getAtPath } from '../core/model/paths.ts';
import type { SourceLoader } from './sourceSlice.ts';
import { loadSource } from './sourceSlice.ts';
import { createStudioStore } from './studioStore.ts';

/** A loader whose results the test releases one by one, in any order. */
function controlledLoader() {
  const pending: { text: string; release: () => void }[] = [];
  const load: SourceLoader = async (source) => {
    const result = await loadSource(source);
    await new Promise<void>((resolve) => pending.push({ text: source.files[source.entry] ?? '', release: resolve }));
    return result;
  };
  const waitFor = async (n: number) => {
    while (pending.length < n) await new Promise((r) => setTimeout(r, 1));
  };
  return { load, pending, waitFor };
}

const valid = 'optimizer = dict(type="SGD", lr=0.5, momentum=0.9, weight_decay=0.0001)\n';
const invalid = 'optimizer = dict(lr=0.5,,)\n';

describe('typing in the code pane', () => {
  it('a valid text replaces the config and clears the draft', async () => {
    const store = createStudioStore();
    await store.getState().actions.codeEdited(valid);
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.5);
    expect(store.getState().codeDraft).toBeNull();
    expect(store.getState().source?.files[store.getState().source?.entry ?? '']).toBe(valid);
  });

  it('an invalid text is kept as a draft and the config stays', async () => {
    const store = createStudioStore();
    const before = store.getState().config;
    await store.getState().actions.codeEdited(invalid);
    expect(store.getState().config).toBe(before);
    expect(store.getState().codeDraft).toBe(invalid);
  });

  it('an older invalid text that finishes loading last does not replace the newer valid one', async () => {
    const loader = controlledLoader();
    const store = createStudioStore({ loadSource: loader.load });
    const older = store.getState().actions.codeEdited(invalid);
    await loader.waitFor(1);
    const newer = store.getState().actions.codeEdited(valid);
    await loader.waitFor(2);
    loader.pending[1]?.release();
    await newer;
    loader.pending[0]?.release();
    await older;
    expect(store.getState().codeDraft).toBeNull();
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.5);
  });

  it('an older valid text that finishes last does not replace the newer draft', async () => {
    const loader = controlledLoader();
    const store = createStudioStore({ loadSource: loader.load });
    const before = store.getState().config;
    const older = store.getState().actions.codeEdited(valid);
    await loader.waitFor(1);
    const newer = store.getState().actions.codeEdited(invalid);
    await loader.waitFor(2);
    loader.pending[1]?.release();
    await newer;
    loader.pending[0]?.release();
    await older;
    expect(store.getState().codeDraft).toBe(invalid);
    expect(store.getState().config).toBe(before);
  });

  it('a form edit made while a text loads is not overwritten by it', async () => {
    const loader = controlledLoader();
    const store = createStudioStore({ loadSource: loader.load });
    const typed = store.getState().actions.codeEdited(valid);
    await loader.waitFor(1);
    store.getState().actions.fieldChanged(['optimizer', 'lr'], 0.125);
    loader.pending[0]?.release();
    await typed;
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.125);
  });

  it('a draft can be discarded, and a load still pending then does not bring it back', async () => {
    const loader = controlledLoader();
    const store = createStudioStore({ loadSource: loader.load });
    const typed = store.getState().actions.codeEdited(invalid);
    await loader.waitFor(1);
    store.getState().actions.codeDraftDiscarded();
    loader.pending[0]?.release();
    await typed;
    expect(store.getState().codeDraft).toBeNull();
  });

  it('undo brings back the config before a typed text', async () => {
    const store = createStudioStore();
    const before = store.getState().config;
    await store.getState().actions.codeEdited(valid);
    store.temporal.getState().undo();
    expect(store.getState().config).toBe(before);
    expect(store.getState().source).toBeNull();
  });
});

describe('importing files', () => {
  it('an import opens the file, names the config after it; undo returns', async () => {
    const store = createStudioStore();
    const before = store.getState().config;
    const problems = await store.getState().actions.filesImported([{ path: 'my_cfg.py', text: valid }]);
    expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
    expect(store.getState().name).toBe('my_cfg');
    expect(getAtPath(store.getState().config, ['optimizer', 'lr'])).toBe(0.5);
    store.temporal.getState().undo();
    expect(store.getState().config).toBe(before);
  });

  it('an import with errors leaves the config untouched and returns located problems', async () => {
    const store = createStudioStore();
    const before = store.getState().config;
    const problems = await store.getState().actions.filesImported([{ path: 'bad.py', text: invalid }]);
    expect(problems.some((d) => d.severity === 'error' && d.line === 1)).toBe(true);
    expect(store.getState().config).toBe(before);
  });

  it('a typed text still loading when a file is imported does not land on the import', async () => {
    const loader = controlledLoader();
    const store = createStudioStore({ loadSource: loader.load });
    const typed = store.getState().actions.codeEdited(invalid);
    await loader.waitFor(1);
    const imported = store.getState().actions.filesImported([{ path: 'my_cfg.py', text: valid }]);
    await loader.waitFor(2);
    loader.pending[1]?.release();
    await imported;
    loader.pending[0]?.release();
    await typed;
    expect(store.getState().codeDraft).toBeNull();
    expect(store.getState().name).toBe('my_cfg');
  });

  it('no .py among the files is an error', async () => {
    const store = createStudioStore();
    const problems = await store.getState().actions.filesImported([{ path: 'notes.txt', text: 'x' }]);
    expect(problems[0]?.severity).toBe('error');
  });
});

describe('a form edit over an unparsed draft', () => {
  it('says so, offers the text, and undo brings the draft back', async () => {
    const { createStudioStore } = await import('./studioStore.ts');
    const store = createStudioStore();
    const bad = 'optimizer = dict(lr=0.5,,)\n';
    await store.getState().actions.codeEdited(bad);
    expect(store.getState().codeDraft).toBe(bad);
    store.getState().actions.fieldChanged(['runner', 'max_epochs'], 30);
    expect(store.getState().codeDraft).toBeNull();
    const notice = store.getState().notice;
    expect(notice?.kind).toBe('info');
    expect(notice?.download?.text).toBe(bad);
    store.temporal.getState().undo();
    expect(store.getState().codeDraft).toBe(bad);
  });

  it('a draft whose load lands after a field took focus is its own undo step: undo of the form edit brings the newest draft back', async () => {
    const loader = controlledLoader();
    const store = createStudioStore({ loadSource: loader.load });
    const { actions } = store.getState();
    const partial = 'optimizer = \n';
    const bad = 'optimizer = dict(lr=0.5,,)\n';
    const first = actions.codeEdited(partial);
    await loader.waitFor(1);
    loader.pending[0]?.release();
    await first;
    expect(store.getState().codeDraft).toBe(partial);
    // The last keystrokes are still loading when the person clicks a field and types.
    const last = actions.codeEdited(bad);
    await loader.waitFor(2);
    actions.editBurstStarted();
    loader.pending[1]?.release();
    await last;
    expect(store.getState().codeDraft).toBe(bad);
    actions.fieldChanged(['runner', 'max_epochs'], 3);
    actions.fieldChanged(['runner', 'max_epochs'], 30);
    actions.editBurstEnded();
    expect(store.getState().codeDraft).toBeNull();
    store.temporal.getState().undo();
    expect(store.getState().codeDraft).toBe(bad);
    expect(getAtPath(store.getState().config, ['runner', 'max_epochs'])).toBe(12);
    store.temporal.getState().undo();
    expect(store.getState().codeDraft).toBe(partial);
  });
});

describe('importing a file whose _base_ was not given', () => {
  it('refuses it as the real loaders do, naming the missing base, and keeps the open config', async () => {
    const store = createStudioStore();
    const before = store.getState().config;
    const problems = await store.getState().actions.filesImported([{ path: 'configs/mine/leaf.py', text: "_base_ = ['./my_base.py']\noptimizer = dict(lr=0.01)\n" }]);
    const errors = problems.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.message).join('\n')).toMatch(/FileNotFoundError: base config '.\/my_base.py' was not given/);
    expect(errors[0]?.line).toBe(1);
    expect(store.getState().config).toBe(before);
  });

  it('opens it when the base comes with it', async () => {
    const store = createStudioStore();
    const problems = await store.getState().actions.filesImported([
      { path: 'configs/mine/leaf.py', text: "_base_ = ['./my_base.py']\noptimizer = dict(lr=0.01)\n" },
      { path: 'configs/mine/my_base.py', text: "optimizer = dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001)\n" },
    ]);
    expect(problems.filter((d) => d.severity === 'error')).toEqual([]);
    expect(store.getState().config.optimizer).toMatchObject({ type: 'SGD', lr: 0.01 });
  });
});
