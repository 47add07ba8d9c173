import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressUriSafeBounded } from './boundedLz.ts';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);

describe(`bounded lz-string decompression (seed ${seed}, replay with FC_SEED=${seed})`, () => {
  it('agrees with lz-string on what lz-string compressed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const packed = compressToEncodedURIComponent(s);
        expect(decompressUriSafeBounded(packed, 1e6)).toEqual({ text: decompressFromEncodedURIComponent(packed) });
      }),
      { seed, numRuns: 500 },
    );
  });

  it('agrees with lz-string on random text wherever lz-string gives an answer (it may also throw)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9+$-]{1,60}$/), (s) => {
        const ours = decompressUriSafeBounded(s, 1e6);
        let theirs: string | null;
        try {
          theirs = decompressFromEncodedURIComponent(s);
        } catch {
          theirs = null;
        }
        if ('text' in ours) expect(ours.text).toBe(theirs);
        else expect(theirs === null || theirs === '' || ours.refused === 'malformed').toBe(true);
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('gives up past the limit', () => {
    const packed = compressToEncodedURIComponent('ab'.repeat(5000));
    expect(decompressUriSafeBounded(packed, 9999)).toEqual({ refused: 'too-large' });
    expect(decompressUriSafeBounded(packed, 10000)).toEqual({ text: 'ab'.repeat(5000) });
  });
});
