import { isPyDict, type PyValue } from '../python/value.ts';
import type { DialectId, GalleryPreset, MmdetVersion } from './types.ts';
import { dialectIds } from '../dialects/info.ts';

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * True when JSON-parsed data follows the PyValue encoding: `{$float}` holds a number,
 * `{$tuple}` an array, `{$ref, module}` two strings, everything else nested PyValues.
 * JSON cannot carry NaN or Infinity, so a parsed number is always finite.
 */
export function isPyValueJson(v: unknown): v is PyValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(isPyValueJson);
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === '$float') return typeof v['$float'] === 'number';
  if (keys.length === 1 && keys[0] === '$tuple') return Array.isArray(v['$tuple']) && v['$tuple'].every(isPyValueJson);
  if ('$ref' in v) return keys.length === 2 && typeof v['$ref'] === 'string' && typeof v['module'] === 'string';
  if (keys.length === 1 && keys[0] === '$map') {
    const entries = v['$map'];
    return Array.isArray(entries) && entries.every((e) => Array.isArray(e) && e.length === 2 && isPyValueJson(e[0]) && isPyValueJson(e[1]));
  }
  return Object.values(v).every(isPyValueJson);
}

const dialects: readonly DialectId[] = dialectIds;
const versions: readonly MmdetVersion[] = ['2.25.0', '3.3.0'];

function decodePreset(raw: unknown, index: number): GalleryPreset {
  const fail = (why: string): never => {
    throw new Error(`galleryData.json presets[${index}]: ${why}`);
  };
  if (!isObject(raw)) return fail('not an object');
  const { id, title, family, dialect, sourcePath, mmdetVersion, codebase, lazy, config, itersPerEpoch, itersPerEpochNote } = raw;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof family !== 'string' || typeof sourcePath !== 'string') return fail('id, title, family and sourcePath must be strings');
  const dialectValue = dialects.find((d) => d === dialect) ?? fail(`unknown dialect ${String(dialect)}`);
  if (typeof lazy !== 'boolean') return fail('lazy must be a boolean');
  if (!isPyValueJson(config) || !isPyDict(config)) return fail('config is not a PyValue dict');
  const preset: GalleryPreset = { id, title, family, dialect: dialectValue, sourcePath, lazy, config };
  if (codebase === undefined) {
    preset.mmdetVersion = versions.find((x) => x === mmdetVersion) ?? fail(`unknown mmdetVersion ${String(mmdetVersion)}`);
  } else {
    if (!isObject(codebase)) return fail('codebase must be an object');
    const { name, repository, version, commit } = codebase;
    if (typeof name !== 'string' || typeof repository !== 'string' || typeof version !== 'string' || typeof commit !== 'string') {
      return fail('codebase needs name, repository, version and commit strings');
    }
    preset.codebase = { name, repository, version, commit };
  }
  if (itersPerEpoch !== undefined) {
    if (typeof itersPerEpoch !== 'number' || !Number.isInteger(itersPerEpoch) || itersPerEpoch < 1) return fail('itersPerEpoch must be a positive integer');
    preset.itersPerEpoch = itersPerEpoch;
  }
  if (typeof itersPerEpochNote === 'string') preset.itersPerEpochNote = itersPerEpochNote;
  return preset;
}

/**
 * The presets of `galleryData.json`, checked field by field (the file is generated, but a hand
 * edit that breaks the PyValue encoding should fail loudly in tests, not deep in the scheduler).
 */
export function decodeGalleryData(raw: unknown): GalleryPreset[] {
  if (!isObject(raw) || !Array.isArray(raw['presets'])) throw new Error('galleryData.json: expected { license, source, presets: [...] }');
  return raw['presets'].map(decodePreset);
}
