/** Both dialects' `reshape` tables are the one reshape the forms use (reshapeOnTypeChange), not a second mechanism. */
import { describe, expect, it } from 'vitest';
import { reshapeOnTypeChange } from '../diagnostics/reshapeOnTypeChange.ts';
import { getAtPath } from '../model/paths.ts';
import { presets } from '../model/presets.ts';
import type { PyDict } from '../python/value.ts';
import { mmcv1Dialect } from './mmcv1/index.ts';
import { mmengineDialect } from './mmengine/index.ts';

describe('Dialect.reshape', () => {
  const config = presets[0]!.config;

  it('2.x policies and runner type: the section reshapeOnTypeChange gives (step → CosineAnnealing drops step=[8, 11])', () => {
    for (const [field, section, component, newType] of [
      ['lr_config.policy', ['lr_config'], 'lr-policy', 'CosineAnnealing'],
      ['momentum_config.policy', ['momentum_config'], 'momentum-policy', 'cyclic'],
      ['runner.type', ['runner'], 'runner', 'IterBasedRunner'],
    ] as const) {
      const viaTable = mmcv1Dialect.reshape[field]!(config, newType);
      const viaEngine = reshapeOnTypeChange({ config, dialect: 'mmcv1' }, { component, path: [...section], newType }).section;
      expect(getAtPath(viaTable, section), field).toEqual(viaEngine);
    }
    expect(getAtPath(mmcv1Dialect.reshape['lr_config.policy']!(config, 'CosineAnnealing'), ['lr_config'])).not.toHaveProperty('step');
  });

  it('3.x scheduler type: the same reshape, on one list entry (MultiStepLR → CosineAnnealingLR drops milestones and gamma)', () => {
    const entry: PyDict = { type: 'MultiStepLR', begin: 0, end: 12, by_epoch: true, milestones: [8, 11], gamma: 0.1 };
    const viaTable = mmengineDialect.reshape['param_scheduler[].type']!(entry, 'CosineAnnealingLR');
    const viaEngine = reshapeOnTypeChange({ config: { param_scheduler: [entry] }, dialect: 'mmengine' }, { component: 'scheduler', path: ['param_scheduler', '0'], newType: 'CosineAnnealingLR' }).section;
    expect(viaTable).toEqual(viaEngine);
    expect(viaTable).toEqual({ type: 'CosineAnnealingLR', begin: 0, end: 12, by_epoch: true });
  });
});
