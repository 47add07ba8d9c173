/** One-call reader: Python config text -> its module-level values, without running anything. */
import type { Module } from './ast.ts';
import type { Diagnostic } from './diagnostics.ts';
import { evaluateModule, OpaqueValue } from './evaluate.ts';
import type { EvaluateOptions } from './evaluate.ts';
import { parsePython } from './parse.ts';
import { newDict } from './value.ts';
import type { PyDict } from './value.ts';

export interface ReadResult {
  /** Module-level names (minus `__dunder__` ones and imports) in definition order. */
  value: PyDict;
  diagnostics: Diagnostic[];
  tree: Module;
}

/**
 * Parses and evaluates one file on its own (no `_base_` loading: see loadConfig for that).
 * Never throws; syntax errors and unsupported constructs come back as diagnostics.
 */
export function readPython(text: string, options: EvaluateOptions = {}): ReadResult {
  const { tree, diagnostics } = parsePython(text);
  const evaluated = evaluateModule(tree, options);
  const value: PyDict = newDict();
  for (const [k, v] of evaluated.globals) {
    if (!k.startsWith('__') && !(v instanceof OpaqueValue)) value[k] = v;
  }
  return { value, diagnostics: [...diagnostics, ...evaluated.diagnostics], tree };
}
