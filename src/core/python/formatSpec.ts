/** Python's format-spec mini-language for f-string fields (`{x:>8}`, `{lr:.2e}`, `{n:03d}`). */
import { formatFloat, strPy } from './repr.ts';
import { EvalError, numeric } from './runtime.ts';
import type { Val } from './runtime.ts';
import type { PyValue } from './value.ts';
import { limits } from '../limits.ts';
import { significantDigits, toExponentialExact, toFixedExact } from './exactFloat.ts';

const specRe = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su;

/** Formats a value with a format spec, as `format(value, spec)` does for str, int and float. */
export function formatWithSpec(value: Val, spec: string): string {
  if (spec === '') return strPy(value as PyValue);
  const m = specRe.exec(spec);
  if (!m) throw new EvalError(`invalid format specifier '${spec}'`);
  const [, fillRaw, alignRaw, sign = '-', , zero, widthText, grouping, precText, type] = m;
  // Checked before any padding or digit is produced: `f'{1:300000000}'` is 22 bytes of input.
  if (Number(widthText ?? 0) > limits.formatWidth.value || Number(precText ?? 0) > limits.formatWidth.value) {
    throw new EvalError(limits.formatWidth.message);
  }
  const num = numeric(value);
  let body: string;
  if (typeof value === 'string') {
    if (type !== undefined && type !== 's') throw new EvalError(`unknown format code '${type}' for object of type 'str'`);
    body = precText === undefined ? value : value.slice(0, Number(precText));
  } else if (num) {
    body =
      num.big !== undefined && (type === undefined || type === 'd' || type === 'n') && precText === undefined
        ? num.big.toString()
        : formatNumberBody(num, type, precText === undefined ? undefined : Number(precText));
    if (grouping) {
      const [int = '', frac] = body.split('.');
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, grouping);
      body = frac === undefined ? grouped : `${grouped}.${frac}`;
    }
    if (!body.startsWith('-') && sign !== '-') body = `${sign}${body}`;
  } else throw new EvalError(`format spec '${spec}' is only supported for numbers and strings`);
  const width = widthText === undefined ? 0 : Number(widthText);
  const fill = fillRaw ?? (zero && !alignRaw ? '0' : ' ');
  const align = alignRaw ?? (zero ? '=' : typeof value === 'string' ? '<' : '>');
  const pad = Math.max(0, width - Array.from(body).length);
  if (pad === 0) return body;
  switch (align) {
    case '<':
      return body + fill.repeat(pad);
    case '^':
      return fill.repeat(Math.floor(pad / 2)) + body + fill.repeat(pad - Math.floor(pad / 2));
    case '=': {
      const signChar = /^[+\- ]/.test(body) ? body[0] : '';
      return signChar + fill.repeat(pad) + body.slice(signChar.length);
    }
    default:
      return fill.repeat(pad) + body;
  }
}

function formatNumberBody(n: { value: number; isFloat: boolean }, type: string | undefined, precision: number | undefined): string {
  const x = n.value;
  switch (type) {
    case undefined:
      if (precision === undefined) return n.isFloat ? formatFloat(x) : String(x);
      if (!n.isFloat) throw new EvalError('Precision not allowed in integer format specifier');
      return formatGeneral(x, precision, true);
    case 'd':
    case 'n':
      if (n.isFloat) throw new EvalError("unknown format code 'd' for object of type 'float'");
      if (precision !== undefined) throw new EvalError('Precision not allowed in integer format specifier');
      return String(x);
    case 'f':
    case 'F':
      return Number.isFinite(x) ? toFixedExact(x, precision ?? 6) : nonFinite(x, type === 'F');
    case 'e':
    case 'E': {
      const s = Number.isFinite(x) ? toExponentialExact(x, precision ?? 6) : nonFinite(x, false);
      return type === 'E' ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G':
      return formatGeneral(x, precision ?? 6, false);
    case '%':
      return `${Number.isFinite(x * 100) ? toFixedExact(x * 100, precision ?? 6) : nonFinite(x * 100, false)}%`;
    case 'x':
    case 'X':
    case 'o':
    case 'b': {
      if (n.isFloat) throw new EvalError(`unknown format code '${type}' for object of type 'float'`);
      const base = type === 'o' ? 8 : type === 'b' ? 2 : 16;
      const s = x.toString(base);
      return type === 'X' ? s.toUpperCase() : s;
    }
    default:
      throw new EvalError(`unknown format code '${type}' for a number`);
  }
}

function nonFinite(x: number, upper: boolean): string {
  const s = Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  return upper ? s.toUpperCase() : s;
}

/** Python's `g` (and the default type with a precision): the exponent after rounding decides. */
function formatGeneral(x: number, precision: number, keepPoint: boolean): string {
  if (!Number.isFinite(x)) return nonFinite(x, false);
  const p = precision === 0 ? 1 : precision;
  const { exp } = significantDigits(x, p - 1);
  let s: string;
  if (exp < -4 || exp >= p) {
    s = toExponentialExact(x, p - 1).replace(/\.?0+e/, 'e');
  } else {
    s = toFixedExact(x, Math.max(0, p - 1 - exp));
    if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  }
  if (keepPoint && !/[.e]/.test(s)) s += '.0';
  return s;
}
