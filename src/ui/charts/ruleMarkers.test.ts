import { describe, expect, it } from 'vitest';
import type { FieldMessage } from '../../core/index.ts';
import { ruleMarkersOf } from './ruleMarkers.ts';

const msg = (m: Partial<FieldMessage>): FieldMessage => ({ path: ['x'], severity: 'warning', message: { en: 'e', zh: '中' }, ...m });

describe('ruleMarkersOf', () => {
  it('places epochs at epoch × iters per epoch, iterations as they are, and clamps the end of training to the last iteration', () => {
    const markers = ruleMarkersOf(
      [
        msg({ rule: 'checkpoint/last-not-saved', at: { unit: 'epoch', value: 12 } }),
        msg({ rule: 'schedule/cosine-tmax-mismatch', at: { unit: 'iter', value: 250 }, severity: 'info' }),
        msg({ rule: 'schedule/milestone-beyond-end', at: { unit: 'epoch', value: 10 } }),
      ],
      100,
      1200,
    );
    expect(markers.map((m) => [m.rule, m.iteration])).toEqual([
      ['schedule/cosine-tmax-mismatch', 250],
      ['schedule/milestone-beyond-end', 1000],
      ['checkpoint/last-not-saved', 1199],
    ]);
  });

  it('leaves out messages without a point of training or a rule id (the value checks)', () => {
    expect(ruleMarkersOf([msg({ rule: 'checkpoint/by-epoch-mismatch' }), msg({ at: { unit: 'iter', value: 3 } })], 10, 100)).toEqual([]);
  });
});
