/**
 * Runs one fuzz input the way the CLI's `json` and `export --standalone` do (load with bases,
 * print JSON, write Python) and sorts the outcome into one class. The bad classes are every one
 * but `value` and `located-error`.
 */
import { loadConfig } from '../../core/config/load/loadConfig.ts';
import { createMemoryFs } from '../../core/config/load/fileSystem.ts';
import type { ConfigFs } from '../../core/config/load/fileSystem.ts';
import { printJson } from '../../core/python/jsonText.ts';
import { printValue } from '../../core/python/printValue.ts';
import type { FuzzInput } from './generate.ts';

export const outcomeClasses = [
  'value',
  'located-error',
  'unlocated-throw',
  'stack-overflow',
  'over-bound',
  'prototype-touched',
  'side-effect',
] as const;
export type OutcomeClass = (typeof outcomeClasses)[number];
export const badClasses: readonly OutcomeClass[] = outcomeClasses.filter((c) => c !== 'value' && c !== 'located-error');

/**
 * CPU time one input may take (the heaviest legal inputs, 200,000-item lists, take well under 1 s).
 * Measured as this process's CPU time, not wall time, so other work on a busy machine does not
 * count against the input.
 */
export const timeBoundMs = 3000;
/** Heap one input may leave in use (checked after the input; a full heap would end the process). */
export const heapBoundBytes = 1024 * 1024 * 1024;

export interface Outcome {
  cls: OutcomeClass;
  detail: string;
  ms: number;
}

/** Live heap over the bound; measured after a full GC, so only when node runs with --expose-gc (the fuzz script does). */
function liveHeapOver(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (process.memoryUsage().heapUsed <= heapBoundBytes || gc === undefined) return false;
  gc();
  return process.memoryUsage().heapUsed > heapBoundBytes;
}

function snapshot(): string {
  return [Object.prototype, Array.prototype, String.prototype, Function.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|') + `|${Object.keys(globalThis).filter((k) => k !== 'gc').sort().join(',')}`;
}
const clean = snapshot();

/** Paths the loader may read: config files by extension (a base named `/dev/zero` must not be opened). */
const readable = /\.(py|json|ya?ml)$/i;

export function classify(input: FuzzInput): Outcome {
  const reads: string[] = [];
  const memory = createMemoryFs(input.files);
  const fs: ConfigFs = {
    readFile(path) {
      reads.push(path);
      return memory.readFile(path);
    },
  };
  const t0 = process.cpuUsage();
  let cls: OutcomeClass = 'value';
  let detail = '';
  try {
    const result = loadConfig(input.root, fs);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const unlocated = result.diagnostics.find((d) => {
      const text = input.files[d.file ?? input.root];
      if (text === undefined) return !(d.line === 1 && d.column === 1);
      const lines = text.split(/\r\n|\r|\n/);
      return !(d.line >= 1 && d.line <= lines.length && d.column >= 1 && d.column <= (lines[d.line - 1]?.length ?? 0) + 1);
    });
    if (unlocated) {
      cls = 'unlocated-throw';
      detail = `diagnostic outside the file: ${unlocated.file}:${unlocated.line}:${unlocated.column} ${unlocated.message}`;
    } else if (errors.length > 0) {
      cls = 'located-error';
      detail = errors[0]?.message ?? '';
    } else {
      printJson(result.config);
      for (const v of Object.values(result.config)) printValue(v);
    }
  } catch (e) {
    const stack = e instanceof RangeError && /call stack/i.test(e.message);
    cls = stack ? 'stack-overflow' : 'unlocated-throw';
    detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  if (snapshot() !== clean) {
    detail = `prototype or global changed (was ${cls}: ${detail})`;
    cls = 'prototype-touched';
  } else if (reads.some((p) => !readable.test(p))) {
    cls = 'side-effect';
    detail = `read ${reads.find((p) => !readable.test(p))}`;
  } else if (ms > timeBoundMs || liveHeapOver()) {
    detail = `${Math.round(ms)} ms, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB (was ${cls})`;
    cls = 'over-bound';
  }
  return { cls, detail, ms };
}
