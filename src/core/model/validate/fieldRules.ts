import type { PyDict, PyValue } from '../../python/value.ts';
import { isFloatValue, isPyDict, isPyNumber, isPyTuple, numberOf } from '../../python/value.ts';
import { isCustomKeysValue } from '../customKeys.ts';
import type { FieldKind, FieldMessage, FieldSpec } from '../fieldSpec.ts';
import { getAtPath, getSection } from '../paths.ts';
import { error } from './messages.ts';
import { reprSource } from '../../python/repr.ts';

/**
 * Checks every visible field of the given specs against its kind, range and `required`, in a
 * config where `root` holds the specs' paths (the config itself, or one hook's dict for hook
 * arguments, with `prefix` locating that dict). Absent sections are left to the section rules.
 */
export function checkFields(specs: readonly FieldSpec[], root: PyDict, prefix: readonly string[] = []): FieldMessage[] {
  const out: FieldMessage[] = [];
  for (const spec of specs) {
    const head = spec.path[0];
    if (head === undefined) continue;
    const nested = spec.path.length > 1;
    // Fields of a section the config does not have (or has as None) are not checked.
    if (nested && prefix.length === 0 && !isPyDict(root[head])) continue;
    if (spec.visibleWhen && !spec.visibleWhen(prefix.length === 0 ? getSection(root, spec.path) : root)) continue;
    const path = [...prefix, ...spec.path];
    const value = getAtPath(root, spec.path);
    if (value === undefined) {
      const parentPresent = spec.path.length <= 2 || isPyDict(getAtPath(root, spec.path.slice(0, -1)));
      if (spec.required && parentPresent) out.push(error(path, 'Required: MMCV has no default for this argument.', '必填：MMCV 没有此参数的默认值。'));
      continue;
    }
    out.push(...checkValue(spec, value, path));
  }
  return out;
}

/** Checks one present value against its field's kind and range. */
export function checkValue(spec: FieldSpec, value: PyValue, path: readonly string[]): FieldMessage[] {
  if (value === null) {
    return spec.nullable ? [] : [error(path, 'Cannot be None.', '不能为 None。')];
  }
  const kindError = checkKind(spec.type, value, path);
  if (kindError) return [kindError];
  return checkRange(spec.type, value, path);
}

function checkKind(kind: FieldKind, value: PyValue, path: readonly string[]): FieldMessage | undefined {
  const bad = (en: string, zh: string) => error(path, `${en} Found ${reprSource(value)}.`, `${zh} 当前为 ${reprSource(value)}。`);
  switch (kind.kind) {
    case 'float':
      return isPyNumber(value) ? undefined : bad('Must be a number.', '必须是数字。');
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && !isFloatValue(value) ? undefined : bad('Must be an int.', '必须是整数。');
    case 'bool':
      return typeof value === 'boolean' ? undefined : bad('Must be True or False.', '必须是 True 或 False。');
    case 'str':
      return typeof value === 'string' ? undefined : bad('Must be a string.', '必须是字符串。');
    case 'enum':
      if (typeof value !== 'string') return bad('Must be a string.', '必须是字符串。');
      return kind.free || kind.options.includes(value) ? undefined : bad(`Must be one of ${kind.options.join(', ')} (case-sensitive).`, `必须是 ${kind.options.join('、')} 之一（区分大小写）。`);
    case 'int-list':
      if (kind.allowScalar && isIntValue(value)) return undefined;
      return Array.isArray(value) && value.every(isIntValue) ? undefined : bad(kind.allowScalar ? 'Must be an int or a list of ints.' : 'Must be a list of ints.', kind.allowScalar ? '必须是整数或整数列表。' : '必须是整数列表。');
    case 'float-list':
      return Array.isArray(value) && value.every(isPyNumber) ? undefined : bad('Must be a list of numbers.', '必须是数字列表。');
    case 'str-list':
      if (kind.allowScalar && typeof value === 'string') return undefined;
      return Array.isArray(value) && value.every((s) => typeof s === 'string') ? undefined : bad('Must be a list of strings.', '必须是字符串列表。');
    case 'float-tuple':
      return isPyTuple(value) && value.$tuple.length === kind.length && value.$tuple.every(isPyNumber)
        ? undefined
        : bad(`Must be a tuple of ${kind.length} numbers.`, `必须是 ${kind.length} 个数字组成的元组。`);
    case 'optional-dict':
      return isPyDict(value) ? undefined : bad('Must be a dict or None.', '必须是字典或 None。');
    case 'custom-keys':
      return isCustomKeysValue(value) ? undefined : bad('Must map each key to dict(lr_mult=..., decay_mult=...).', '必须把每个键映射到 dict(lr_mult=..., decay_mult=...)。');
    case 'workflow':
    case 'hook-list':
    case 'literal':
      // Shapes are checked by the section rules, which know what the runner does with them.
      return undefined;
  }
}

function checkRange(kind: FieldKind, value: PyValue, path: readonly string[]): FieldMessage[] {
  if (kind.kind !== 'float' && kind.kind !== 'int') return [];
  const x = numberOf(value);
  if (x === undefined) return [];
  const { min, max } = kind;
  const minExclusive = kind.kind === 'float' && kind.minExclusive === true;
  const maxExclusive = kind.kind === 'float' && kind.maxExclusive === true;
  const belowMin = min !== undefined && (minExclusive ? x <= min : x < min);
  const aboveMax = max !== undefined && (maxExclusive ? x >= max : x > max);
  if (!belowMin && !aboveMax) return [];
  const lo = min === undefined ? '' : `${minExclusive ? '>' : '≥'} ${min}`;
  const hi = max === undefined ? '' : `${maxExclusive ? '<' : '≤'} ${max}`;
  const range = [lo, hi].filter((s) => s !== '').join(' and ');
  const rangeZh = [lo, hi].filter((s) => s !== '').join(' 且 ');
  return [error(path, `Must be ${range}; found ${reprSource(value)}.`, `必须 ${rangeZh}；当前为 ${reprSource(value)}。`)];
}

/** True for a Python int (not bool, not an integral float). */
export function isIntValue(v: PyValue | undefined): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}
