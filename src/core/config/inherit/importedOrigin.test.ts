import { describe, expect, it } from 'vitest';
import { getAtPath, setAtPath } from '../../model/paths.ts';
import { createMemoryFs, loadConfig } from '../load/loadConfig.ts';
import { importedFieldOrigin, importedInheritance } from './importedOrigin.ts';
import { resetImportedSetting } from './resetImported.ts';

// A leaf over a middle file over mmdet's built-in bases (found by their `_base_/...` suffix).
const files = {
  'configs/frcnn/leaf.py': [
    "_base_ = ['./mid.py']",
    '# my learning rate',
    'optimizer = dict(lr=0.01, nesterov=True)',
    "lr_config = dict(_delete_=True, policy='CosineAnnealing', min_lr=0)",
    '',
  ].join('\n'),
  'configs/frcnn/mid.py': [
    "_base_ = ['../_base_/schedules/schedule_1x.py', '../_base_/default_runtime.py']",
    'optimizer = dict(weight_decay=0.0005)',
    'runner = dict(max_epochs=24)',
    '',
  ].join('\n'),
};
const source = { entry: 'configs/frcnn/leaf.py', files };

describe('inherited vs set for an imported file', () => {
  const inh = importedInheritance(source);
  const config = inh.doc.config;

  it('names the base that set a value last in merge order', () => {
    expect(inh.layers.map((l) => l.path.split('/').pop())).toEqual(['schedule_1x.py', 'default_runtime.py', 'mid.py']);
    expect(importedFieldOrigin(inh, config, ['optimizer', 'momentum'])).toEqual({ kind: 'inherited', from: 'schedule_1x.py' });
    expect(importedFieldOrigin(inh, config, ['optimizer', 'weight_decay'])).toEqual({ kind: 'inherited', from: 'mid.py' });
    expect(importedFieldOrigin(inh, config, ['runner', 'max_epochs'])).toEqual({ kind: 'inherited', from: 'mid.py' });
    expect(importedFieldOrigin(inh, config, ['runner', 'type'])).toEqual({ kind: 'inherited', from: 'schedule_1x.py' });
    expect(importedFieldOrigin(inh, config, ['checkpoint_config', 'interval'])).toEqual({ kind: 'inherited', from: 'default_runtime.py' });
  });

  it('calls what the file writes over a base value set, and what no base gives (or a _delete_ dict replaces) own', () => {
    expect(importedFieldOrigin(inh, config, ['optimizer', 'lr'])).toEqual({ kind: 'set', from: 'schedule_1x.py', baseValue: 0.02 });
    expect(importedFieldOrigin(inh, config, ['optimizer', 'nesterov'])).toEqual({ kind: 'own' });
    expect(importedFieldOrigin(inh, config, ['lr_config', 'policy'])).toEqual({ kind: 'own' });
    expect(importedFieldOrigin(inh, config, ['lr_config'])).toMatchObject({ kind: 'set', from: 'schedule_1x.py' });
  });

  it('follows edits: an edited inherited value becomes set, as the export then writes it', () => {
    const edited = setAtPath(config, ['runner', 'max_epochs'], 36);
    expect(importedFieldOrigin(inh, edited, ['runner', 'max_epochs'])).toEqual({ kind: 'set', from: 'mid.py', baseValue: 24 });
    expect(importedFieldOrigin(inh, edited, ['optimizer', 'momentum']).kind).toBe('inherited');
  });

  it('reset removes the entry from the file text (comments kept) and the base value applies', () => {
    const reset = resetImportedSetting(inh, config, ['optimizer', 'lr']);
    expect(reset?.text).toBe(files['configs/frcnn/leaf.py'].replace('optimizer = dict(lr=0.01, nesterov=True)', 'optimizer = dict(nesterov=True)'));
    expect(getAtPath(reset?.config ?? {}, ['optimizer', 'lr'])).toBe(0.02);
    expect(getAtPath(reset?.config ?? {}, ['optimizer', 'weight_decay'])).toBe(0.0005);
    // What the new text loads to, by the loader itself.
    const loaded = loadConfig(source.entry, createMemoryFs({ ...files, [source.entry]: reset?.text ?? '' }));
    expect(loaded.config).toEqual(reset?.config);
    const after = importedInheritance({ entry: source.entry, files: { ...files, [source.entry]: reset?.text ?? '' } });
    expect(importedFieldOrigin(after, after.doc.config, ['optimizer', 'lr'])).toEqual({ kind: 'inherited', from: 'schedule_1x.py' });
  });

  it('reset of an edited value the file did not write drops the edit; a section reset drops the whole statement', () => {
    const edited = setAtPath(config, ['runner', 'max_epochs'], 36);
    const field = resetImportedSetting(inh, edited, ['runner', 'max_epochs']);
    expect(field?.text).toBe(files['configs/frcnn/leaf.py']);
    expect(getAtPath(field?.config ?? {}, ['runner', 'max_epochs'])).toBe(24);
    const section = resetImportedSetting(inh, config, ['lr_config']);
    expect(section?.text).not.toContain('lr_config');
    expect(section?.text).toContain('# my learning rate');
    expect(getAtPath(section?.config ?? {}, ['lr_config', 'policy'])).toBe('step');
  });

  it('refuses to reset what the file does not set over a base', () => {
    expect(resetImportedSetting(inh, config, ['optimizer', 'momentum'])).toBeNull();
    expect(resetImportedSetting(inh, config, ['optimizer', 'nesterov'])).toBeNull();
    expect(resetImportedSetting(inh, config, ['lr_config', 'min_lr'])).toBeNull();
  });

  it('a file with no _base_ inherits nothing', () => {
    const alone = importedInheritance({ entry: 'a.py', files: { 'a.py': 'optimizer = dict(lr=0.01)\n' } });
    expect(importedFieldOrigin(alone, alone.doc.config, ['optimizer', 'lr'])).toEqual({ kind: 'own' });
  });
});
