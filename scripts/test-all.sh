#!/usr/bin/env bash
# Everything a fresh machine needs, then every test: install from the lock file, make sure
# Chromium and python3 are there, then `npm test` (typecheck, lint, unit, build, end-to-end). Ends with one
# line `N passed, N failed` counted from the Vitest and Playwright JSON reports plus the steps.
set -uo pipefail
cd "$(dirname "$0")/.."
export CI=1 NO_COLOR=1
failed_steps=0
run_step() {
  echo "== $*"
  if ! "$@"; then echo "!! failed: $*"; failed_steps=$((failed_steps + 1)); return 1; fi
}
run_step npm ci --no-audit --no-fund || { echo "0 passed, 1 failed"; exit 1; }
run_step bash scripts/ensure-chromium.sh
run_step bash scripts/ensure-python3.sh
rm -rf reports test-results
run_step npm test
status=$?
node scripts/count-results.mjs "$failed_steps"
summary=$?
[ $status -eq 0 ] && [ $summary -eq 0 ] && [ $failed_steps -eq 0 ]
