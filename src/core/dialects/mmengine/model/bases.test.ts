import { describe, expect, it } from 'vitest';
import { loadExportedWithPythonV3 } from '../../../../test/oracle/loadWithPythonV3.ts';
import { basesByPathV3 } from '../../../config/builtinBases/index.ts';
import { createMemoryFs, loadConfig } from '../../../config/load/loadConfig.ts';
import { baseFilesV3, inheritedBaseV3, scheduleBaseIds } from './bases.ts';

describe('3.x bases', () => {
  it('equal what MMEngine loads from the real mmdet 3.3 _base_ files, key order included', () => {
    const texts = scheduleBaseIds.map((id) => `_base_ = ${JSON.stringify(baseFilesV3(id)).replace(/"/g, "'")}\n`);
    loadExportedWithPythonV3(texts).forEach((result, i) => {
      const id = scheduleBaseIds[i] ?? '1x';
      if (!result.ok) throw new Error(result.error);
      expect(JSON.stringify(result.config)).toBe(JSON.stringify(inheritedBaseV3(id)));
    });
  });

  it('equal what the studio loader reads from the built-in copies', () => {
    for (const id of scheduleBaseIds) {
      const files: Record<string, string> = { '/c/m/x.py': `_base_ = ${JSON.stringify(baseFilesV3(id)).replace(/"/g, "'")}\n` };
      for (const [path, text] of Object.entries(basesByPathV3)) files[`/c/${path}`] = text;
      const loaded = loadConfig('/c/m/x.py', createMemoryFs(files));
      expect(JSON.stringify(loaded.config)).toBe(JSON.stringify(inheritedBaseV3(id)));
    }
  });
});
