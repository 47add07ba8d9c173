import { describe, expect, it } from 'vitest';
import { mmcv1Rules } from '../dialects/mmcv1/rules.ts';
import { mmengineRules } from '../dialects/mmengine/rules.ts';
import { rulesFor } from './registry.ts';

describe('rule registry', () => {
  it('a rule written once per dialect keeps one id, summary and reference, and is listed once per dialect', () => {
    const byId = new Map<string, (typeof mmcv1Rules)[number][]>();
    for (const r of [...mmcv1Rules, ...mmengineRules]) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    for (const [id, rules] of byId) {
      expect(new Set(rules.map((r) => r.summary)).size, id).toBe(1);
      expect(new Set(rules.map((r) => JSON.stringify(r.reference))).size, id).toBe(1);
    }
    for (const d of ['mmcv1', 'mmengine'] as const) {
      const ids = rulesFor(d).map((r) => r.id);
      expect(ids.length, d).toBe(new Set(ids).size);
    }
  });
});
