/** The real MMDetection configs of the test fixtures (leaves only: files not under `_base_`), with a disk file system. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigFs } from '../../core/config/load/loadConfig.ts';
import { testDataDir } from '../testData.ts';

export const fixtureRoot = join(testDataDir, 'fixtures/mmdet');

export const diskFs: ConfigFs = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function listPy(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '_base_' ? [] : listPy(p);
    return name.endsWith('.py') ? [p] : [];
  });
}

/** Every leaf config of the v2 and v3 fixtures, sorted. */
export function fixtureLeaves(): string[] {
  return [...listPy(join(fixtureRoot, 'v2')), ...listPy(join(fixtureRoot, 'v3'))].sort();
}

/**
 * A file system that reads the fixtures from disk and adds in-memory files: a probe leaf written
 * beside a real config, so its `_base_` paths resolve the way they would in the repository.
 */
export function overlayFs(files: Record<string, string>): ConfigFs {
  return { readFile: (path) => files[path] ?? diskFs.readFile(path) };
}

/** Path of a fixture file from its path under fixtures/mmdet (`v2/configs/faster_rcnn/x.py`). */
export function fixturePath(rel: string): string {
  return join(fixtureRoot, rel);
}
