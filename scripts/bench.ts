/**
 * `npm run bench`: prints figures, asserts nothing. Bundle sizes of the production build,
 * scheduler speed in Node, the CLI's full per-iteration simulation, and edit-to-repaint latency in headless Chromium.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { printBundle } from './bench-bundle.ts';
import { benchSchedules } from './bench-schedule.ts';
import { benchReader } from './bench-reader.ts';
import { benchCurvesCli } from './bench-curves-cli.ts';

async function main() {
  if (!existsSync('dist/index.html') || process.argv.includes('--build')) execSync('npx vite build', { stdio: 'ignore' });
  console.log('== bundle');
  for (const line of printBundle()) console.log(line);
  console.log('== scheduler (Node)');
  for (const line of await benchSchedules()) console.log(line);
  console.log('== full simulation, mmcfg curves --stats (Node)');
  for (const line of await benchCurvesCli()) console.log(line);
  console.log('== Python reader (Node)');
  for (const line of benchReader()) console.log(line);
  console.log('== browser (production build, headless Chromium)');
  execSync('npx tsx scripts/bench-browser.ts', { stdio: 'inherit' });
}

void main();
