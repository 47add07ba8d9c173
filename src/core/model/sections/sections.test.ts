import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../fieldSpec.ts';
import { runtimeSections } from './index.ts';
import { loggerHookTypes } from './log.ts';

const allFields: FieldSpec[] = [...runtimeSections.flatMap((s) => s.fields), ...loggerHookTypes.flatMap((h) => h.args)];

describe('runtime sections', () => {
  it('label and help every field in English and Chinese', () => {
    for (const f of allFields) {
      for (const text of [f.label, f.help]) {
        expect(text.en.trim(), f.path.join('.')).not.toBe('');
        expect(text.zh.trim(), f.path.join('.')).not.toBe('');
        expect(text.zh, f.path.join('.')).toMatch(/[\u4e00-\u9fff]|^[A-Za-z &]+$/);
      }
    }
    for (const s of runtimeSections) expect(s.title.zh && s.help.zh && s.title.en && s.help.en).toBeTruthy();
  });

  it('give every field a unique path', () => {
    const paths = runtimeSections.flatMap((s) => s.fields.map((f) => f.path.join('.')));
    expect(new Set(paths).size).toBe(paths.length);
    for (const h of loggerHookTypes) {
      const hookPaths = h.args.map((f) => f.path.join('.'));
      expect(new Set(hookPaths).size, h.type).toBe(hookPaths.length);
    }
  });

  it('show policy arguments only for their policy', () => {
    const lr = runtimeSections.find((s) => s.id === 'lr_config');
    const field = (name: string) => lr?.fields.find((f) => f.path[1] === name);
    expect(field('step')?.visibleWhen?.({ policy: 'step' })).toBe(true);
    expect(field('step')?.visibleWhen?.({ policy: 'Step' })).toBe(true);
    expect(field('step')?.visibleWhen?.({ policy: 'CosineAnnealing' })).toBe(false);
    expect(field('min_lr_ratio')?.visibleWhen?.({ policy: 'CosineAnnealing' })).toBe(true);
    expect(field('by_epoch')?.mmcvDefaultFor?.({ policy: 'cyclic' }, {})).toBe(false);
    expect(field('by_epoch')?.mmcvDefaultFor?.({ policy: 'step' }, { runner: { type: 'IterBasedRunner' } })).toBe(false);
  });
});
