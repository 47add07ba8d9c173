import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSharedDir } from '../sharedDir.ts';
import type { PythonLoadResult } from './loadWithPython.ts';
import { decodePyValue } from './loadWithPython.ts';
import { isPyDict } from '../../core/python/value.ts';

const here = dirname(fileURLToPath(import.meta.url));
const loaderScript = join(here, 'mmengine_loader.py');

/** The real MMDetection 3.3 configs (with `_base_/`) the exported files inherit from. */
export const mmdetV3Configs = join(findSharedDir(), 'fixtures/mmdet/v3/configs');

/**
 * Loads `_base_`-style MMEngine config files with the oracle (mmengine_loader.py, MMEngine
 * 0.10.7 `Config.fromfile` semantics) in one python3 process.
 */
export function loadConfigsWithPythonV3(paths: readonly string[]): PythonLoadResult[] {
  if (paths.length === 0) return [];
  const run = spawnSync('python3', [loaderScript], { input: JSON.stringify(paths), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`mmengine_loader.py failed (${String(run.status)}): ${run.stderr}`);
  const raw: unknown = JSON.parse(run.stdout);
  if (!Array.isArray(raw)) throw new Error('mmengine_loader.py did not print a list');
  return raw.map(decodeResult);
}

/**
 * Writes exported texts as `<tmp>/configs/studio/<n>.py` beside a copy of MMDetection 3.3's
 * `_base_/` (so `../_base_/...` resolves to the real base files) and loads them in one batch.
 */
export function loadExportedWithPythonV3(texts: readonly string[]): PythonLoadResult[] {
  const root = mkdtempSync(join(tmpdir(), 'mmcfg-oracle-v3-'));
  try {
    const configs = join(root, 'configs');
    cpSync(join(mmdetV3Configs, '_base_'), join(configs, '_base_'), { recursive: true });
    const studio = join(configs, 'studio');
    mkdirSync(studio, { recursive: true });
    const paths = texts.map((text, i) => {
      const path = join(studio, `exported_${i}.py`);
      writeFileSync(path, text, 'utf8');
      return path;
    });
    return loadConfigsWithPythonV3(paths);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function decodeResult(raw: unknown): PythonLoadResult {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const r = raw as Record<string, unknown>;
    if (r.ok === true) {
      const config = decodePyValue(r.config);
      if (isPyDict(config)) return { ok: true, config };
    }
    if (r.ok === false && typeof r.error === 'string') return { ok: false, error: r.error };
  }
  throw new Error(`unexpected loader result: ${JSON.stringify(raw)}`);
}
