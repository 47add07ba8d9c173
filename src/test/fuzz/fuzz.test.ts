/**
 * The CI-sized slice of `npm run fuzz`: a fixed seed, every family of hostile input and mutations
 * of real configs, and no outcome outside "value" or "located error". On a failure the message
 * names the input index; replay it with `npm run fuzz -- --seed 14 --start INDEX --count 1`.
 */
import { describe, expect, it } from 'vitest';
import { badClasses } from './classify.ts';
import { runFuzz } from './runFuzz.ts';

describe('fuzz slice (seed 14)', () => {
  it('gives a value or a located error for every input', { timeout: 600_000 }, () => {
    const report = runFuzz(2000, 14);
    const bad = Object.fromEntries(badClasses.map((c) => [c, report.counts[c]]));
    expect(bad, JSON.stringify(report.examples, null, 1)).toEqual(Object.fromEntries(badClasses.map((c) => [c, 0])));
    expect(report.counts.value + report.counts['located-error']).toBe(2000);
  });
});
