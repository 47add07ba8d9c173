/**
 * The optimizer table against the real torch, when python3 can import it (not on this machine:
 * the test then says so and is skipped, it does not pass silently).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_SIGNATURES } from './optimizerSignatures.ts';

function torchSignatures(): Record<string, string[]> | undefined {
  const script = [
    'import inspect, json, torch.optim as o',
    `names = ${JSON.stringify([...OPTIMIZER_SIGNATURES.keys()])}`,
    "print(json.dumps({n: [p for p in inspect.signature(getattr(o, n).__init__).parameters if p not in ('self', 'params')] for n in names}))",
  ].join('\n');
  try {
    return JSON.parse(execFileSync('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] }).toString()) as Record<string, string[]>;
  } catch {
    return undefined;
  }
}

const real = torchSignatures();

describe('optimizer signature table', () => {
  it('covers the eleven optimizers of the issue', () => {
    expect([...OPTIMIZER_SIGNATURES.keys()].sort()).toEqual(['ASGD', 'Adadelta', 'Adagrad', 'Adam', 'AdamW', 'Adamax', 'NAdam', 'RAdam', 'RMSprop', 'Rprop', 'SGD']);
    for (const sig of OPTIMIZER_SIGNATURES.values()) expect(sig.args).toContain('lr');
  });

  it.skipIf(real === undefined)('matches inspect.signature of the installed torch (skipped: python3 has no torch here)', () => {
    for (const [name, sig] of OPTIMIZER_SIGNATURES) expect([...sig.args].sort(), name).toEqual([...(real?.[name] ?? [])].sort());
  });
});
