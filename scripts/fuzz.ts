/**
 * `npm run fuzz -- --count N --seed S [--start I]`: generates N hostile or mutated configs
 * (src/test/fuzz/generate.ts), loads each as `mmcfg json` / `export` would and prints how many
 * ended in each class: value, located error, unlocated throw, stack overflow, over the time or
 * memory bound, prototype touched, side effect. Exit 1 when any bad class is non-zero.
 * Not part of CI; a fixed-seed slice runs in the unit tests (src/test/fuzz/fuzz.test.ts).
 */
import { badClasses, heapBoundBytes, outcomeClasses, timeBoundMs } from '../src/test/fuzz/classify.ts';
import { runFuzz } from '../src/test/fuzz/runFuzz.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) {
    process.stderr.write(`--${name} must be a non-negative integer\n`);
    process.exit(1);
  }
  return v;
}

const count = arg('count', 10_000);
const seed = arg('seed', 1);
const start = arg('start', 0);
const t0 = Date.now();
process.stdout.write(`fuzz: ${count} inputs from index ${start}, seed ${seed} (bounds: ${timeBoundMs} ms CPU, ${heapBoundBytes / 2 ** 20} MB heap per input)\n`);
const report = runFuzz(count, seed, start, (done, partial) => {
  if (done % 5_000 !== 0) return;
  const counts = outcomeClasses.map((c) => `${c} ${partial.counts[c]}`).join(', ');
  process.stderr.write(`  ${done} done, ${Math.round((Date.now() - t0) / 1000)} s: ${counts}\n`);
});
for (const c of outcomeClasses) process.stdout.write(`${c.padEnd(18)} ${report.counts[c]}\n`);
process.stdout.write(`\nper family (value / located error / bad):\n`);
for (const [family, counts] of [...report.byFamily].sort()) {
  const bad = badClasses.reduce((n, c) => n + counts[c], 0);
  process.stdout.write(`  ${family.padEnd(22)} ${counts.value} / ${counts['located-error']} / ${bad}\n`);
}
for (const e of report.examples) process.stdout.write(`\n${e.cls} #${e.index} (${e.family}): ${e.detail}`);
process.stdout.write(`\nslowest input: ${Math.round(report.slowestMs)} ms CPU; total ${Math.round((Date.now() - t0) / 1000)} s\n`);
process.exitCode = badClasses.some((c) => report.counts[c] > 0) ? 1 : 0;
