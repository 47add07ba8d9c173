// Prints `N passed, N failed` from the JSON reports Vitest and Playwright wrote under CI=1.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = Number(process.argv[2] ?? 0);
const unit = 'test-results/unit.json';
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  console.log(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
const e2e = 'test-results/e2e.json';
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, 'utf8'));
  const s = r.stats ?? {};
  const ok = (s.expected ?? 0) + (s.flaky ?? 0);
  const bad = (s.unexpected ?? 0);
  passed += ok;
  failed += bad;
  console.log(`e2e: ${ok} passed, ${bad} failed`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
