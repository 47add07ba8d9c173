/**
 * Milliseconds to simulate 1.5 million iterations (150 epochs x 10,000) per MMCV 1.x policy,
 * median of several runs. `npx tsx scripts/bench-schedule.ts`; `benchSchedules()` for scripts/bench.ts.
 * Prints figures only; it asserts nothing about wall-clock time.
 */
import { pathToFileURL } from 'node:url';
import { pyTuple, type PyDict } from '../src/core/python/value.ts';
import { simulateSchedule } from '../src/core/schedule/simulate.ts';

const itersPerEpoch = 10_000;
const maxEpochs = 150;
const optimizer: PyDict = { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 };
const runner: PyDict = { type: 'EpochBasedRunner', max_epochs: maxEpochs };
const warmup: PyDict = { warmup: 'linear', warmup_iters: 500, warmup_ratio: 0.001 };

const cases: Record<string, PyDict> = {
  'step by epoch + warmup': { lr_config: { policy: 'step', step: [100, 130], ...warmup } },
  'step by iter': { lr_config: { policy: 'step', step: [1_000_000, 1_300_000], by_epoch: false, ...warmup } },
  'exp by iter': { lr_config: { policy: 'exp', gamma: 0.999999, by_epoch: false } },
  'poly by iter': { lr_config: { policy: 'poly', power: 0.9, min_lr: 1e-4, by_epoch: false } },
  'inv by iter': { lr_config: { policy: 'inv', gamma: 0.0001, power: 0.75, by_epoch: false } },
  'cosine by iter + warmup': { lr_config: { policy: 'CosineAnnealing', min_lr_ratio: 1e-5, by_epoch: false, ...warmup } },
  'flat cosine by iter': { lr_config: { policy: 'FlatCosineAnnealing', start_percent: 0.75, min_lr: 1e-5, by_epoch: false } },
  'cosine restart by iter': {
    lr_config: { policy: 'CosineRestart', periods: [500_000, 1_000_000], restart_weights: [1, 0.5], min_lr: 1e-5, by_epoch: false },
  },
  'linear annealing by iter': { lr_config: { policy: 'LinearAnnealing', min_lr: 1e-5, by_epoch: false } },
  'cyclic lr + momentum': {
    lr_config: { policy: 'cyclic', target_ratio: pyTuple([10, 1e-4]), cyclic_times: 3, step_ratio_up: 0.4 },
    momentum_config: { policy: 'cyclic', target_ratio: pyTuple([0.85 / 0.95, 1]), cyclic_times: 3, step_ratio_up: 0.4 },
  },
  'onecycle lr + momentum': {
    lr_config: { policy: 'OneCycle', max_lr: 0.02 },
    momentum_config: { policy: 'OneCycle' },
  },
  'yolox by iter': {
    lr_config: {
      policy: 'YOLOX',
      warmup: 'exp',
      by_epoch: false,
      warmup_by_epoch: true,
      warmup_ratio: 1,
      warmup_iters: 5,
      num_last_epochs: 15,
      min_lr_ratio: 0.05,
    },
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

const iterations = (itersPerEpoch * maxEpochs).toLocaleString('en');

/** One line per policy: median and best wall-clock ms and median CPU ms for 1.5 M iterations. */
export async function benchSchedules(runs = 7): Promise<string[]> {
  const lines: string[] = [];
  for (const [name, sections] of Object.entries(cases)) {
    const config: PyDict = { optimizer, runner, ...sections };
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let r = 0; r < runs + 1; r++) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const result = simulateSchedule('mmcv1', config, { itersPerEpoch });
      const t1 = performance.now();
      const cpu = process.cpuUsage(cpu0);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      if (r === 0) continue; // the first run warms up the JIT
      times.push(t1 - t0);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    // CPU time leaves out waiting while other processes hold the cores (this machine is shared).
    lines.push(
      `${name}: ${median(times).toFixed(1)} ms median wall, ${Math.min(...times).toFixed(1)} ms best, ` +
        `${median(cpuTimes).toFixed(1)} ms cpu (${iterations} iterations)`,
    );
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchSchedules()) process.stdout.write(`${line}\n`);
}
