import { describe, expect, it } from 'vitest';
import { roundHalfEven, titleCasePy } from './pyOps.ts';

describe('Python operations used by the MMCV simulator', () => {
  it('title-cases and rounds like Python', () => {
    expect(titleCasePy('cosineannealing')).toBe('Cosineannealing');
    expect(titleCasePy('flat_cosine')).toBe('Flat_Cosine');
    expect(titleCasePy('a1b')).toBe('A1B');
    expect([0.5, 1.5, 2.5, 3.5, 2.4999, 7.5000001].map(roundHalfEven)).toEqual([0, 2, 2, 4, 2, 8]);
  });
});
