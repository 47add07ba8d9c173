import { isPyDict, newDict, pyTuple, type PyDict, type PyValue } from '../../../python/value.ts';
import { readPyJson } from '../../../python/readJson.ts';
import { dialectIds, isDialectId } from '../../info.ts';
import type { DialectId } from '../../types.ts';

/** A training setup in the golden-case format of `test-data/golden/README.md` (`expected` left out). */
export interface GoldenCaseInput {
  name: string;
  style: DialectId;
  itersPerEpoch: number;
  totalIters: number | null;
  config: PyDict;
}

/** Keys whose JSON arrays were tuples in the `.py` file (MMCV's cyclic hooks refuse lists). */
const tupleKeys = new Set(['target_ratio', 'betas']);

/**
 * Reads a golden-case JSON text. Numbers keep Python's int/float spelling (`1` vs `1.0`), which
 * `JSON.parse` would lose, and `target_ratio`/`betas` arrays become tuples, as the README says.
 * Throws a SyntaxError-like Error with the offset on malformed JSON or a missing field.
 */
export function readGoldenCase(text: string): GoldenCaseInput {
  const root = readPyJson(text);
  if (!isPyDict(root)) throw new Error('the case is not a JSON object');
  const style = root.style;
  if (!isDialectId(style)) throw new Error(`"style" must be ${dialectIds.map((id) => `"${id}"`).join(' or ')}`);
  const ipe = root.iters_per_epoch;
  if (typeof ipe !== 'number' || !Number.isInteger(ipe)) throw new Error('"iters_per_epoch" must be an integer');
  if (!isPyDict(root.config)) throw new Error('"config" must be an object');
  const total = root.total_iters;
  return {
    name: typeof root.name === 'string' ? root.name : '',
    style,
    itersPerEpoch: ipe,
    totalIters: typeof total === 'number' ? total : null,
    config: restoreTuples(root.config) as PyDict,
  };
}

function restoreTuples(v: PyValue, key?: string): PyValue {
  if (Array.isArray(v)) {
    const items = v.map((x) => restoreTuples(x));
    return key !== undefined && tupleKeys.has(key) ? pyTuple(items) : items;
  }
  if (isPyDict(v)) {
    const out = newDict();
    for (const [k, x] of Object.entries(v)) out[k] = restoreTuples(x, k);
    return out;
  }
  return v;
}
