// Prints `N passed, N failed` from the JSON reports Vitest and Playwright wrote under CI=1.
// A missing report counts as a failure: a suite that never ran has not passed.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = Number(process.argv[2] ?? 0);
const unit = 'reports/unit.json';
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  const suitesFailed = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + suitesFailed;
  console.log(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed${suitesFailed ? `, ${suitesFailed} test files failed to load` : ''}`);
} else {
  failed += 1;
  console.log('unit: no report (the unit tests did not run)');
}
const e2e = 'reports/e2e.json';
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, 'utf8'));
  const s = r.stats ?? {};
  const ok = (s.expected ?? 0) + (s.flaky ?? 0);
  const bad = s.unexpected ?? 0;
  passed += ok;
  failed += bad;
  console.log(`e2e: ${ok} passed, ${bad} failed`);
} else {
  failed += 1;
  console.log('e2e: no report (the end-to-end tests did not run)');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
