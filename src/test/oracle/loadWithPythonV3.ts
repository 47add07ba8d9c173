import { join } from 'node:path';
import { testDataDir } from '../testData.ts';
import type { PythonLoadResult } from './loadWithPython.ts';
import { loadExportedTexts, runOracle } from './loadWithPython.ts';

/** The real MMDetection 3.3 configs (with `_base_/`) the exported files inherit from. */
export const mmdetV3Configs = join(testDataDir, 'fixtures/mmdet/v3/configs');

/**
 * Loads `_base_`-style MMEngine config files with the oracle (mmengine_loader.py, MMEngine
 * 0.10.7 `Config.fromfile` semantics) in one python3 process.
 */
export function loadConfigsWithPythonV3(paths: readonly string[]): PythonLoadResult[] {
  return runOracle('mmengine_loader.py', paths);
}

/** Exported 3.x files loaded next to MMDetection 3.3's real `_base_/` with the MMEngine oracle. */
export function loadExportedWithPythonV3(texts: readonly string[]): PythonLoadResult[] {
  return loadExportedTexts(texts, mmdetV3Configs, loadConfigsWithPythonV3);
}
