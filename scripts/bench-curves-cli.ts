/**
 * The full per-iteration simulation behind `mmcfg curves FILE --stats` (and the CSV export): CPU
 * milliseconds for 150 epochs × 10,000 iterations minus the same config at 1 iteration per epoch
 * (reading, process set-up and printing cancel out), median of 9 runs in one process, for a 2.x
 * and a 3.x config. Prints figures only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/cli/commands/curves.ts';

const configs: Record<string, string> = {
  'mmcv 2.x step + linear warmup': `optimizer = dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001)
lr_config = dict(policy='step', warmup='linear', warmup_iters=500, warmup_ratio=0.001, step=[100, 130])
runner = dict(type='EpochBasedRunner', max_epochs=150)
`,
  'mmengine 3.x LinearLR + MultiStepLR': `optim_wrapper = dict(type='OptimWrapper', optimizer=dict(type='SGD', lr=0.02, momentum=0.9, weight_decay=0.0001))
param_scheduler = [dict(type='LinearLR', start_factor=0.001, by_epoch=False, begin=0, end=500), dict(type='MultiStepLR', by_epoch=True, begin=0, end=150, milestones=[100, 130], gamma=0.1)]
train_cfg = dict(type='EpochBasedTrainLoop', max_epochs=150, val_interval=1)
`,
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function cpuMs(file: string, itersPerEpoch: number): Promise<number> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  const c0 = process.cpuUsage();
  try {
    await run([file, '--stats', '--iters-per-epoch', String(itersPerEpoch)]);
  } finally {
    process.stdout.write = write;
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function benchCurvesCli(runs = 9): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mmcfg-bench-'));
  const lines: string[] = [];
  try {
    for (const [name, text] of Object.entries(configs)) {
      const file = join(dir, 'config.py');
      writeFileSync(file, text);
      const big: number[] = [];
      const tiny: number[] = [];
      for (let i = 0; i < runs; i++) {
        big.push(await cpuMs(file, 10_000));
        tiny.push(await cpuMs(file, 1));
      }
      lines.push(`curves --stats, ${name}: 1.5 M iterations ${median(big).toFixed(1)} ms CPU, 150 iterations ${median(tiny).toFixed(1)} ms; simulation ${(median(big) - median(tiny)).toFixed(1)} ms (median of ${runs})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
