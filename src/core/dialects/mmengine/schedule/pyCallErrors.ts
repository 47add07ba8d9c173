import type { PyDict } from '../../../python/value.ts';
import { reprString } from '../../../python/repr.ts';

function joinPyNames(names: string[]): string {
  const quoted = names.map(reprString);
  if (quoted.length <= 1) return quoted.join('');
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

/**
 * The TypeError CPython (3.10+) raises when keyword arguments do not fit a signature: an
 * unexpected or doubled keyword first (in the order given), then missing required arguments.
 * Returns undefined when the call binds.
 */
export function findBindingError(
  funcName: string,
  args: PyDict,
  accepted: readonly string[],
  alreadyPositional: readonly string[],
  required: readonly string[],
  requiredKind: 'positional' | 'keyword-only',
): string | undefined {
  for (const key of Object.keys(args)) {
    if (alreadyPositional.includes(key)) return `TypeError: ${funcName}() got multiple values for argument ${reprString(key)}`;
    if (!accepted.includes(key)) return `TypeError: ${funcName}() got an unexpected keyword argument ${reprString(key)}`;
  }
  const missing = required.filter((k) => !(k in args));
  if (missing.length === 0) return undefined;
  const noun = missing.length === 1 ? 'argument' : 'arguments';
  return `TypeError: ${funcName}() missing ${missing.length} required ${requiredKind} ${noun}: ${joinPyNames(missing)}`;
}
