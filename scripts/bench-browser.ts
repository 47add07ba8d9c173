import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/** Page script: types a new lr into the field and resolves when the lr chart has been redrawn. */
function editAndWaitForRepaint(value: string): string {
  return `(async () => {
    const input = document.querySelector('[data-testid="optimizer.lr"]');
    // The whole chart, not just the line: with an automatic y axis a scaled lr redraws the
    // same path and only the tick labels change.
    const path = () => document.querySelector('[data-testid="lr-chart"] svg')?.innerHTML ?? '';
    const before = path();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    performance.clearMarks();
    const t0 = performance.now();
    input.focus();
    setter.call(input, ${JSON.stringify(value)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (path() !== before ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    const t1 = performance.now();
    await new Promise((r) => requestAnimationFrame(r));
    const t2 = performance.now();
    const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const compute = Number(document.querySelector('[data-testid="charts"]')?.getAttribute('data-compute-ms') ?? NaN);
    // forms: edit until the curves are asked for (store update and what renders before the chart panel);
    // compute: the curves at chart resolution; chart: from then until the new chart is in the DOM
    // (the chart panel, whatever renders after it, and the commit).
    return [t2 - t0, compute, at('schedule-request') - t0, t1 - at('schedule-answer')];
  })()`;
}

/**
 * Time from an edit of optimizer.lr to the repainted lr chart in headless Chromium on the
 * production build, at 1.5 M and 10 M iterations: median and p95 over 20 edits each.
 */
export async function benchBrowser(port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4179)): Promise<string[]> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', ...(process.env.BENCH_OUTDIR ? ['--outDir', process.env.BENCH_OUTDIR] : [])], { stdio: 'ignore', detached: true });
  const url = `http://localhost:${port}/`;
  const lines: string[] = [];
  try {
    await waitForServer(url);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.getByTestId('lr-chart').waitFor();
    for (const [label, epochs] of [['1.5 M', 150], ['10 M', 1000]] as const) {
      await page.getByTestId('iters-source').selectOption('direct');
      await page.getByTestId('iters-per-epoch').fill('10000');
      const maxEpochs = page.getByTestId('runner.max_epochs');
      await maxEpochs.fill(String(epochs));
      await page.getByTestId('total-iters').filter({ hasText: (epochs * 10000).toLocaleString('en-US') }).waitFor({ timeout: 60_000 });
      const times: number[] = [];
      const worker: number[] = [];
      const forms: number[] = [];
      const chart: number[] = [];
      for (let i = 0; i < 20; i++) {
        // A string, not a function: tsx would wrap named helpers in `__name`, which the page lacks.
        const [ms, computeMs, formsMs, chartMs] = (await page.evaluate(editAndWaitForRepaint(i % 2 ? '0.02' : '0.03'))) as [number, number, number, number];
        times.push(ms);
        worker.push(computeMs);
        forms.push(formsMs);
        chart.push(chartMs);
      }
      for (const xs of [times, worker, forms, chart]) xs.sort((a, b) => a - b);
      const split = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} / p95 ${percentile(xs, 95).toFixed(1)}`;
      lines.push(`edit → repainted chart at ${label} iterations: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (20 edits); split in ms: forms (edit → curves asked for) ${split(forms)}, compute (curves at chart resolution) ${split(worker)}, chart (curves → chart in DOM) ${split(chart)}`);
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
  return lines;
}

// Run on its own (`npm run bench` starts it as a child process so the Node-only scripts stay
// free of DOM types).
void benchBrowser().then((lines) => {
  for (const line of lines) console.log(line);
});
