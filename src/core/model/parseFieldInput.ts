import type { PyValue } from '../python/value.ts';
import { isFloatValue, isPyDict, isPyNumber, isPyTuple } from '../python/value.ts';
import { isCustomKeysValue } from './customKeys.ts';
import type { FieldKind, FieldSpec, I18nText } from './fieldSpec.ts';
import type { LiteralResult } from './literal/parsePyLiteral.ts';
import { parsePyLiteral, parsePyLiteralSequence } from './literal/parsePyLiteral.ts';
import { reprSource, reprString } from '../python/repr.ts';

export type FieldInputResult = LiteralResult<PyValue>;

const fail = (en: string, zh: string): FieldInputResult => ({ ok: false, message: { en, zh } });
const failWith = (message: I18nText): FieldInputResult => ({ ok: false, message });
const accept = (value: PyValue): FieldInputResult => ({ ok: true, value });

/**
 * Reads what a user typed into a field as the Python value the config will hold. Numbers take
 * what Python accepts (`1e-4`, `0.02 * 8 / 16`, `2 ** -3`) and keep int vs float as Python
 * would; lists take `8, 11` or `[8, 11]`; literal fields take any Python literal. Empty text
 * (or `None`) gives None for nullable fields and [] for optional lists. Ranges are left to
 * `validateConfig`, so an out-of-range value still reaches the config and is reported there.
 */
export function parseFieldInput(spec: FieldSpec, text: string): FieldInputResult {
  const trimmed = text.trim();
  if (spec.nullable && (trimmed === '' || trimmed === 'None')) return accept(null);
  if (trimmed === '') return parseEmpty(spec);
  return parseByKind(spec.type, trimmed);
}

function parseEmpty(spec: FieldSpec): FieldInputResult {
  const isList = ['int-list', 'float-list', 'str-list', 'hook-list'].includes(spec.type.kind);
  if (!spec.required && isList) return accept([]);
  if (!spec.required && spec.type.kind === 'str') return accept('');
  return fail('Enter a value.', '请输入一个值。');
}

function parseByKind(kind: FieldKind, text: string): FieldInputResult {
  switch (kind.kind) {
    case 'float':
      return parseNumber(text, false);
    case 'int':
      return parseNumber(text, true);
    case 'bool':
      return parseBool(text);
    case 'str':
      return accept(unquote(text));
    case 'enum': {
      const value = unquote(text);
      if (kind.free || kind.options.includes(value)) return accept(value);
      return fail(`Choose one of: ${kind.options.join(', ')}.`, `请选择：${kind.options.join('、')}。`);
    }
    case 'int-list':
      return parseNumberList(text, true, kind.allowScalar ?? false);
    case 'float-list':
      return parseNumberList(text, false, false);
    case 'str-list':
      return parseStrList(text, kind.allowScalar ?? false);
    case 'float-tuple':
      return parseFloatTuple(text, kind.length);
    case 'literal':
      return parsePyLiteral(text);
    case 'optional-dict':
      return requireShape(parsePyLiteral(text), (v) => v === null || isPyDict(v), 'Enter a dict such as dict(max_norm=35, norm_type=2), or None.', '请输入字典，如 dict(max_norm=35, norm_type=2)，或 None。');
    case 'custom-keys':
      return requireShape(parsePyLiteral(text), isCustomKeysValue, "Enter a dict such as {'backbone': dict(lr_mult=0.1, decay_mult=1.0)}.", "请输入字典，如 {'backbone': dict(lr_mult=0.1, decay_mult=1.0)}。");
    case 'workflow':
      return parseWorkflow(text);
    case 'hook-list':
      return requireShape(
        parsePyLiteral(text),
        (v) => Array.isArray(v) && v.every((h) => isPyDict(h) && typeof h.type === 'string'),
        "Enter a list of hook dicts such as [dict(type='TextLoggerHook')].",
        "请输入钩子字典列表，如 [dict(type='TextLoggerHook')]。",
      );
  }
}

function parseNumber(text: string, intOnly: boolean): FieldInputResult {
  const parsed = parsePyLiteral(text);
  if (!parsed.ok) return parsed;
  return checkNumber(parsed.value, intOnly);
}

function checkNumber(value: PyValue, intOnly: boolean): FieldInputResult {
  if (!isPyNumber(value)) return fail('Enter a number.', '请输入数字。');
  if (intOnly && isFloatValue(value)) return fail('Enter an integer (Python int, no decimal point).', '请输入整数（Python int，不带小数点）。');
  return accept(value);
}

function parseBool(text: string): FieldInputResult {
  if (/^true$/i.test(text)) return accept(true);
  if (/^false$/i.test(text)) return accept(false);
  return fail('Enter True or False.', '请输入 True 或 False。');
}

/** A fully quoted text is read as that Python string (`'auto'` → auto); anything else as typed. */
function unquote(text: string): string {
  if (!/^[rRuU]?(['"]).*\1$/s.test(text)) return text;
  const parsed = parsePyLiteral(text);
  return parsed.ok && typeof parsed.value === 'string' ? parsed.value : text;
}

/** Reads `8, 11`, `[8, 11]` or `(8, 11)` as items; `bracketed` tells whether brackets were typed. */
function readItems(text: string, unwrapTuple = true): LiteralResult<{ items: PyValue[]; bracketed: boolean }> {
  const parsed = parsePyLiteralSequence(text);
  if (!parsed.ok) return parsed;
  const [only] = parsed.value;
  const single = parsed.value.length === 1 && !text.endsWith(',');
  if (single && Array.isArray(only) && text.startsWith('[')) return { ok: true, value: { items: only, bracketed: true } };
  if (unwrapTuple && single && isPyTuple(only) && text.startsWith('(')) return { ok: true, value: { items: only.$tuple, bracketed: true } };
  return { ok: true, value: { items: parsed.value, bracketed: false } };
}

function parseNumberList(text: string, intOnly: boolean, allowScalar: boolean): FieldInputResult {
  const read = readItems(text);
  if (!read.ok) return read;
  const { items, bracketed } = read.value;
  for (const item of items) {
    const checked = checkNumber(item, intOnly);
    if (!checked.ok) return checked;
  }
  const [first] = items;
  if (allowScalar && !bracketed && items.length === 1 && first !== undefined && !text.endsWith(',')) return accept(first);
  return accept(items);
}

// Words without quotes are the common case (`bbox, segm`); quotes are needed only for commas etc.
const plainWord = /^[^\s,'"[\]()]+(?: [^\s,'"[\]()]+)*$/;

function parseStrList(text: string, allowScalar: boolean): FieldInputResult {
  let items: PyValue[];
  let bracketed = false;
  if (/^[[('"]/.test(text) || /^[rRuU]['"]/.test(text)) {
    const read = readItems(text);
    if (!read.ok) return read;
    ({ items, bracketed } = read.value);
  } else {
    items = text.split(',').map((s) => s.trim());
    if (text.trim().endsWith(',')) items.pop();
  }
  if (!items.every((s) => typeof s === 'string' && s !== '')) return fail("Enter words separated by commas, or a list of strings such as ['bbox', 'segm'].", "请输入以逗号分隔的词，或字符串列表，如 ['bbox', 'segm']。");
  const [first] = items;
  if (allowScalar && !bracketed && items.length === 1 && first !== undefined && !text.endsWith(',')) return accept(first);
  return accept(items);
}

function parseFloatTuple(text: string, length: number): FieldInputResult {
  const read = readItems(text);
  if (!read.ok) return read;
  const { items } = read.value;
  if (items.length !== length || !items.every(isPyNumber)) {
    return fail(`Enter ${length} numbers separated by commas, e.g. (0.9, 0.999).`, `请输入 ${length} 个以逗号分隔的数字，如 (0.9, 0.999)。`);
  }
  return accept({ $tuple: items });
}

function parseWorkflow(text: string): FieldInputResult {
  // `('train', 1)` is one entry, not a tuple of items: only a list is unwrapped.
  const read = readItems(text, false);
  if (!read.ok) return read;
  const entries: PyValue[] = [];
  for (const entry of read.value.items) {
    const pair = isPyTuple(entry) ? entry.$tuple : Array.isArray(entry) ? entry : [];
    const [phase, count] = pair;
    if (pair.length !== 2 || typeof phase !== 'string' || typeof count !== 'number' || !Number.isInteger(count)) {
      return fail("Enter (phase, n) pairs such as ('train', 1), ('val', 1).", "请输入 (阶段, 次数) 对，如 ('train', 1), ('val', 1)。");
    }
    // MMCV asserts a list of tuples, so a typed [phase, n] list becomes a tuple.
    entries.push({ $tuple: [phase, count] });
  }
  return accept(entries);
}

function requireShape(parsed: FieldInputResult, test: (v: PyValue) => boolean, en: string, zh: string): FieldInputResult {
  if (!parsed.ok) return parsed;
  return test(parsed.value) ? parsed : failWith({ en, zh });
}

/**
 * Shows a value in a field's text input, in Python repr style (`1e-05`, `0.0001`, `1.0`,
 * `[8, 11]`), so that `parseFieldInput(spec, formatFieldValue(spec, v))` gives `v` back.
 * Values of an unexpected type are shown as a Python literal for the user to fix.
 */
export function formatFieldValue(spec: FieldSpec, value: PyValue | undefined): string {
  if (value === undefined) return '';
  if (value === null) return spec.type.kind === 'str' ? '' : 'None';
  const kind = spec.type;
  switch (kind.kind) {
    case 'str':
    case 'enum':
      return typeof value === 'string' ? formatText(value, spec.nullable ?? false) : reprSource(value);
    case 'int-list':
    case 'float-list':
      return Array.isArray(value) && value.every(isPyNumber) ? formatSequence(value, kind.kind === 'int-list' && kind.allowScalar === true) : reprSource(value);
    case 'str-list':
      return formatStrList(value, kind.allowScalar ?? false);
    case 'float-tuple':
      return isPyTuple(value) && value.$tuple.length === kind.length ? value.$tuple.map(reprSource).join(', ') : reprSource(value);
    case 'workflow':
      return Array.isArray(value) && value.length > 0 ? value.map(reprSource).join(', ') : reprSource(value);
    default:
      return reprSource(value);
  }
}

/** Plain text unless reading it back would change it (quotes, spaces, a literal None). */
function formatText(value: string, nullable: boolean): string {
  const ambiguous = value !== value.trim() || value === '' || /^[rRuU]?['"]/.test(value) || (nullable && value === 'None');
  return ambiguous ? reprString(value) : value;
}

function formatSequence(items: PyValue[], bracketed: boolean): string {
  const inner = items.map(reprSource).join(', ');
  return bracketed || items.length === 0 ? `[${inner}]` : inner;
}

function formatStrList(value: PyValue, allowScalar: boolean): string {
  if (typeof value === 'string') return allowScalar && plainWord.test(value) && value !== 'None' ? value : reprSource(value);
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) return reprSource(value);
  const plain = !allowScalar && value.length > 0 && value.every((s) => typeof s === 'string' && plainWord.test(s) && s !== 'None');
  return plain ? value.join(', ') : reprSource(value);
}
