import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PyDict, PyValue } from '../../core/python/value.ts';
import { isPyDict } from '../../core/python/value.ts';
import { testDataDir } from '../testData.ts';
import { runPython3 } from './runPython3.ts';

/** Loader output for one file: the merged config as PyValue, or the Python error as text. */
export type PythonLoadResult = { ok: true; config: PyDict } | { ok: false; error: string };

const here = dirname(fileURLToPath(import.meta.url));

/** The real MMDetection 2.25 configs (with `_base_/`) the exported files inherit from. */
export const mmdetV2Configs = join(testDataDir, 'fixtures/mmdet/v2/configs');

/**
 * Runs one of the oracle scripts in this folder on many config files in one python3 process,
 * since starting Python dominates the cost of a file.
 */
export function runOracle(script: 'mmcv_loader.py' | 'mmengine_loader.py', paths: readonly string[]): PythonLoadResult[] {
  if (paths.length === 0) return [];
  const run = runPython3([join(here, script)], JSON.stringify(paths));
  if (run.status !== 0) throw new Error(`${script} failed (${String(run.status)}): ${run.stderr}`);
  const raw: unknown = JSON.parse(run.stdout);
  if (!Array.isArray(raw)) throw new Error(`${script} did not print a list`);
  return raw.map(decodeResult);
}

/** Loads config files with the mmcv 1.x oracle (mmcv_loader.py). */
export function loadConfigsWithPython(paths: readonly string[]): PythonLoadResult[] {
  return runOracle('mmcv_loader.py', paths);
}

/**
 * Writes exported texts as `<tmp>/configs/studio/<n>.py` beside a copy of `configsDir/_base_/`
 * (so `../_base_/...` resolves to the real MMDetection base files) and loads them in one batch.
 */
export function loadExportedTexts(texts: readonly string[], configsDir: string, load: (paths: readonly string[]) => PythonLoadResult[]): PythonLoadResult[] {
  const root = mkdtempSync(join(tmpdir(), 'mmcfg-oracle-'));
  try {
    const configs = join(root, 'configs');
    cpSync(join(configsDir, '_base_'), join(configs, '_base_'), { recursive: true });
    const studio = join(configs, 'studio');
    mkdirSync(studio, { recursive: true });
    const paths = texts.map((text, i) => {
      const path = join(studio, `exported_${i}.py`);
      writeFileSync(path, text, 'utf8');
      return path;
    });
    return load(paths);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Exported 2.x files loaded next to MMDetection 2.25's real `_base_/` with the mmcv oracle. */
export function loadExportedWithPython(texts: readonly string[]): PythonLoadResult[] {
  return loadExportedTexts(texts, mmdetV2Configs, loadConfigsWithPython);
}

function decodeResult(raw: unknown): PythonLoadResult {
  if (isRecord(raw) && raw.ok === true) {
    const config = decodePyValue(raw.config);
    if (isPyDict(config)) return { ok: true, config };
  }
  if (isRecord(raw) && raw.ok === false && typeof raw.error === 'string') return { ok: false, error: raw.error };
  throw new Error(`unexpected loader result: ${JSON.stringify(raw)}`);
}

const nonFinite: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: NaN };

/** Turns the loader's JSON (PyValue encoding, non-finite floats as strings) into a PyValue. */
export function decodePyValue(raw: unknown): PyValue {
  if (raw === null || typeof raw === 'boolean' || typeof raw === 'number' || typeof raw === 'string') return raw;
  if (Array.isArray(raw)) return raw.map(decodePyValue);
  if (!isRecord(raw)) throw new Error(`not JSON: ${String(raw)}`);
  const keys = Object.keys(raw);
  if (keys.length === 1 && keys[0] === '$float') {
    const x = raw.$float;
    return { $float: typeof x === 'string' ? (nonFinite[x] ?? NaN) : Number(x) };
  }
  if (keys.length === 1 && keys[0] === '$tuple' && Array.isArray(raw.$tuple)) return { $tuple: raw.$tuple.map(decodePyValue) };
  if (keys.length === 1 && keys[0] === '$map' && Array.isArray(raw.$map)) {
    // Python's own entries, in its order and key spelling (not rebuilt through our dictFromEntries).
    return { $map: raw.$map.map((e: unknown): [PyValue, PyValue] => (Array.isArray(e) ? [decodePyValue(e[0]), decodePyValue(e[1])] : [null, null])) };
  }
  const out: PyDict = {};
  for (const k of keys) {
    Object.defineProperty(out, k, { value: decodePyValue(raw[k]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
