/** Runs `count` seeded fuzz inputs and counts outcomes per class and family. */
import { classify, outcomeClasses } from './classify.ts';
import type { OutcomeClass } from './classify.ts';
import { generateInput } from './generate.ts';

export interface FuzzReport {
  counts: Record<OutcomeClass, number>;
  byFamily: Map<string, Record<OutcomeClass, number>>;
  /** The first few inputs of each bad class, to replay with `--seed S --only INDEX`. */
  examples: { index: number; family: string; cls: OutcomeClass; detail: string }[];
  slowestMs: number;
}

const zero = (): Record<OutcomeClass, number> => Object.fromEntries(outcomeClasses.map((c) => [c, 0])) as Record<OutcomeClass, number>;

export function runFuzz(count: number, seed: number, start = 0, onProgress?: (done: number, report: FuzzReport) => void): FuzzReport {
  const report: FuzzReport = { counts: zero(), byFamily: new Map(), examples: [], slowestMs: 0 };
  for (let i = start; i < start + count; i++) {
    const input = generateInput(seed, i);
    const outcome = classify(input);
    report.counts[outcome.cls]++;
    let fam = report.byFamily.get(input.family);
    if (!fam) report.byFamily.set(input.family, (fam = zero()));
    fam[outcome.cls]++;
    report.slowestMs = Math.max(report.slowestMs, outcome.ms);
    if (outcome.cls !== 'value' && outcome.cls !== 'located-error' && report.examples.filter((e) => e.cls === outcome.cls).length < 5) {
      report.examples.push({ index: i, family: input.family, cls: outcome.cls, detail: outcome.detail.slice(0, 300) });
    }
    if (onProgress && (i - start + 1) % 1000 === 0) onProgress(i - start + 1, report);
  }
  return report;
}
