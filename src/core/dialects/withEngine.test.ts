import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../document/document.ts';
import { setAtPath } from '../model/paths.ts';
import { mmcv1Dialect } from './mmcv1/index.ts';
import { mmengineDialect } from './mmengine/index.ts';

describe("a dialect's diagnose runs the value checks and the engine", () => {
  const doc = defaultDocument();
  const bases = mmcv1Dialect.formBases(doc.scheduleBase);

  it("a policy typo: the engine's error (with its rule and fix) replaces the value check's warning at the same field", () => {
    const typo = setAtPath(doc.config, ['lr_config', 'policy'], 'Cosine');
    const all = mmcv1Dialect.diagnose(typo, { bases }).filter((m) => m.path.join('.') === 'lr_config.policy');
    expect(all.map((m) => [m.severity, m.rule])).toEqual([['error', 'policy/unregistered']]);
    expect(all[0]?.fix?.edits).toEqual([{ op: 'set', path: ['lr_config', 'policy'], value: 'CosineAnnealing' }]);
    const valueChecks = mmcv1Dialect.diagnose(typo, { valueChecksOnly: true }).filter((m) => m.path.join('.') === 'lr_config.policy');
    expect(valueChecks.map((m) => [m.severity, m.rule])).toEqual([['warning', undefined]]);
  });

  it('inherited SGD momentum under AdamW is an error only the bases reveal', () => {
    const adamw = setAtPath(doc.config, ['optimizer', 'type'], 'AdamW');
    expect(mmcv1Dialect.diagnose(adamw, { bases }).some((m) => m.rule === 'optimizer/unknown-argument' && m.severity === 'error')).toBe(true);
  });

  it('a runtime-only 3.x config (made in the forms) is not blamed for its missing data loaders', () => {
    const config = mmengineDialect.presets[0]!.config;
    const rules = (ctx: { runtimeOnly?: boolean }) => mmengineDialect.diagnose(config, ctx).map((m) => m.rule);
    expect(rules({})).toContain('runner/partial-group');
    expect(rules({ runtimeOnly: true })).not.toContain('runner/partial-group');
  });
});
