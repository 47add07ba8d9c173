/**
 * What `tools/train.py --cfg-options k=v ...` hands to `Config.merge_from_dict`: the argparse
 * `DictAction` of MMCV 1.x (`mmcv/utils/config.py`) and MMEngine (`mmengine/config/config.py`),
 * reproduced from their documented behaviour. Both split each `k=v` at the first `=`, strip
 * quotes from both ends of the value, delete every space, read `(...)` as a tuple and `[...]` or
 * a bare comma list as a list (recursively, commas inside brackets kept), and each element as
 * int, else float, else `true`/`false` (any case) as bool, else `None` as None, else the string.
 * They differ in one thing: MMEngine adds the pairs of a repeated `--cfg-options` to the earlier
 * ones, MMCV keeps only the last `--cfg-options`.
 */
import { pyFloat, pyTuple } from '../python/value.ts';
import type { PyValue } from '../python/value.ts';

/** Python's `str.strip()`: JS whitespace plus the separators U+001C..U+001F and U+0085 that Python also strips. */
function pyStrip(s: string): string {
  const isSpace = (c: string): boolean => /\s/.test(c) || (c >= '\x1c' && c <= '\x1f') || c === '\x85';
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s[start] ?? '')) start++;
  while (end > start && isSpace(s[end - 1] ?? '')) end--;
  return s.slice(start, end);
}
const pyInt = /^[+-]?\d(?:_?\d)*$/;
const digits = String.raw`\d(?:_?\d)*`;
const pyFloatLiteral = new RegExp(String.raw`^[+-]?(?:(?:${digits})?\.${digits}|${digits}\.?)(?:[eE][+-]?${digits})?$`);
const pyFloatWord = /^[+-]?(?:inf|infinity|nan)$/i;

/** `int(s)`, else `float(s)`, else bool, else None, else the string: DictAction's `_parse_int_float_bool`. */
export function parseScalar(val: string): PyValue {
  const s = pyStrip(val);
  if (pyInt.test(s)) {
    const n = Number(s.replace(/_/g, ''));
    // Integers past 2**53 lose digits in JS; keep them as text rather than a wrong number.
    return Number.isSafeInteger(n) ? n : val;
  }
  if (pyFloatLiteral.test(s)) return pyFloat(Number(s.replace(/_/g, '')));
  if (pyFloatWord.test(s)) {
    const word = s.replace(/^[+-]/, '').toLowerCase();
    const sign = s.startsWith('-') ? -1 : 1;
    return pyFloat(word === 'nan' ? Number.NaN : sign * Number.POSITIVE_INFINITY);
  }
  const lower = val.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (val === 'None') return null;
  return val;
}

/** Index of the first comma outside brackets (counting `(`/`)` and `[`/`]` before it), or the length. */
function nextComma(s: string): number {
  let round = 0;
  let square = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === ',' && round === 0 && square === 0) return i;
    if (c === '(') round++;
    else if (c === ')') round--;
    else if (c === '[') square++;
    else if (c === ']') square--;
  }
  return s.length;
}

export class DictActionError extends Error {}

/** DictAction's `_parse_iterable`: the value of one `k=v`. Throws where Python asserts. */
export function parseOptionValue(raw: string, depth = 0): PyValue {
  // Text like `)a,(` has a comma but none at top level: Python recurses on it until RecursionError.
  if (depth > 900) throw new DictActionError('RecursionError: maximum recursion depth exceeded');
  let val = raw.replace(/^['"]+|['"]+$/g, '').replace(/ /g, '');
  let isTuple = false;
  if (val.startsWith('(') && val.endsWith(')')) {
    isTuple = true;
    val = val.slice(1, -1);
  } else if (val.startsWith('[') && val.endsWith(']')) {
    val = val.slice(1, -1);
  } else if (!val.includes(',')) {
    return parseScalar(val);
  }
  const values: PyValue[] = [];
  while (val.length > 0) {
    if (count(val, '(') !== count(val, ')') || count(val, '[') !== count(val, ']')) {
      throw new DictActionError(`AssertionError: Imbalanced brackets exist in ${val}`);
    }
    const comma = nextComma(val);
    values.push(parseOptionValue(val.slice(0, comma), depth + 1));
    val = val.slice(comma + 1);
  }
  return isTuple ? pyTuple(values) : values;
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

export interface CfgOption {
  key: string;
  value: PyValue;
}

/** One `k=v` argument; `undefined` when it has no `=` (Python raises ValueError there). */
export function parseOptionArg(arg: string): CfgOption | undefined {
  const eq = arg.indexOf('=');
  if (eq < 0) return undefined;
  return { key: arg.slice(0, eq), value: parseOptionValue(arg.slice(eq + 1)) };
}
