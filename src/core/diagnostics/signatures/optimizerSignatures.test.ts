/**
 * The optimizer table against the real torch, when python3 can import it (not on this machine:
 * the test then says so and is skipped, it does not pass silently).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_SIGNATURES } from './optimizerSignatures.ts';

interface TorchSignatures {
  version: [number, number];
  args: Record<string, string[]>;
}

// Debian's python3-torch lives beside the system Python, which need not be the python3 on PATH.
const pythons = ['python3', '/usr/bin/python3'];

function torchSignatures(): TorchSignatures | undefined {
  const script = [
    'import inspect, json, torch, torch.optim as o',
    `names = ${JSON.stringify([...OPTIMIZER_SIGNATURES.keys()])}`,
    "v = [int(x) for x in torch.__version__.split('.')[:2]]",
    "print(json.dumps({'version': v, 'args': {n: [p for p in inspect.signature(getattr(o, n).__init__).parameters if p not in ('self', 'params')] for n in names}}))",
  ].join('\n');
  for (const python of pythons) {
    try {
      return JSON.parse(execFileSync(python, ['-c', script], { stdio: ['ignore', 'pipe', 'ignore'] }).toString()) as TorchSignatures;
    } catch {
      // try the next interpreter
    }
  }
  return undefined;
}

const real = torchSignatures();
// The table holds the arguments of torch 2.5 and later; torch only ever adds optimizer arguments.
const current = real !== undefined && (real.version[0] > 2 || (real.version[0] === 2 && real.version[1] >= 5));

describe('optimizer signature table', () => {
  it('covers the eleven optimizers of the issue', () => {
    expect([...OPTIMIZER_SIGNATURES.keys()].sort()).toEqual(['ASGD', 'Adadelta', 'Adagrad', 'Adam', 'AdamW', 'Adamax', 'NAdam', 'RAdam', 'RMSprop', 'Rprop', 'SGD']);
    for (const sig of OPTIMIZER_SIGNATURES.values()) expect(sig.args).toContain('lr');
  });

  it.skipIf(!current)('matches inspect.signature of an installed torch 2.5+ (skipped: no such torch here)', () => {
    for (const [name, sig] of OPTIMIZER_SIGNATURES) expect([...sig.args].sort(), name).toEqual([...(real?.args[name] ?? [])].sort());
  });

  it.skipIf(real === undefined || current)('accepts every argument of an installed older torch (skipped: no torch, or a current one)', () => {
    for (const [name, sig] of OPTIMIZER_SIGNATURES) for (const arg of real?.args[name] ?? []) expect(sig.args, `${name}.${arg}`).toContain(arg);
  });
});
