import type { PyDict } from '../../python/value.ts';
import { dialectInfo } from '../../dialects/info.ts';
import { pickRuntimeKeys } from '../runtimeKeys.ts';
import type { DialectId, GalleryCodebase, GalleryPreset, MmdetVersion } from '../types.ts';
import { describeConfigPath } from './describe.ts';
import { deriveItersHint } from './itersHint.ts';

export interface FixtureOrigin {
  repoPath: string;
  mmdetVersion: MmdetVersion;
  lazy: boolean;
  idPrefix: string;
}

/**
 * Where a file under `test-data/fixtures/mmdet/` comes from upstream (see its SOURCES.md):
 * `v2/configs/X` = `configs/X` at 2.25.0, `v3/configs/X` = `configs/X` at 3.3.0,
 * `v3/mmdet_configs/X` = `mmdet/configs/X` at 3.3.0. Undefined for anything else.
 */
export function locateFixture(fixturePath: string): FixtureOrigin | undefined {
  const p = fixturePath.replace(/\\/g, '/');
  if (p.startsWith('v2/configs/')) return { repoPath: p.slice(3), mmdetVersion: '2.25.0', lazy: false, idPrefix: 'mmdet2-' };
  if (p.startsWith('v3/configs/')) return { repoPath: p.slice(3), mmdetVersion: '3.3.0', lazy: false, idPrefix: 'mmdet3-' };
  if (p.startsWith('v3/mmdet_configs/')) return { repoPath: `mmdet/configs/${p.slice('v3/mmdet_configs/'.length)}`, mmdetVersion: '3.3.0', lazy: true, idPrefix: 'mmdet3-lazy-' };
  return undefined;
}

function findMissingSchedule(config: PyDict, dialect: DialectId): string | undefined {
  return dialectInfo(dialect).gallery.findMissingSchedule(config);
}

/**
 * The gallery entry of a loaded fixture config: its runtime keys only, names, provenance and
 * an iterations-per-epoch hint from its data section; a string says why it is left out.
 */
export function makeGalleryEntry(origin: FixtureOrigin, config: PyDict, dialect: DialectId): GalleryPreset | string {
  const missing = findMissingSchedule(config, dialect);
  if (missing !== undefined) return missing;
  const names = describeConfigPath(origin.repoPath);
  const stem = (origin.repoPath.split('/').pop() ?? origin.repoPath).replace(/\.py$/, '');
  const hint = deriveItersHint(config, dialect, origin.repoPath);
  const entry: GalleryPreset = {
    id: `${origin.idPrefix}${stem}`,
    title: names.title,
    family: names.family,
    dialect,
    sourcePath: origin.repoPath,
    mmdetVersion: origin.mmdetVersion,
    lazy: origin.lazy,
    config: pickRuntimeKeys(config, dialect),
  };
  if (hint.itersPerEpoch !== undefined) entry.itersPerEpoch = hint.itersPerEpoch;
  entry.itersPerEpochNote = hint.note;
  return entry;
}

/** A config of another OpenMMLab codebase: where it comes from (see test-data/fixtures/codebases/SOURCES.md). */
export interface CodebaseOrigin {
  codebase: GalleryCodebase;
  repoPath: string;
}

/**
 * Keys besides the runtime ones that a codebase entry keeps: its scope picks the codebase's own
 * classes (mmpose's ConstantLR, mmseg's PolyLRRatio), and a 0.x config without `runner` trains
 * for its `total_epochs` / `total_iters` (the runner its train API builds then).
 */
const scopeKeys = ['default_scope', 'custom_imports', 'total_epochs', 'total_iters'];

/** The gallery entry of a loaded config from another codebase, or why it is left out. */
export function makeCodebaseEntry(origin: CodebaseOrigin, config: PyDict, dialect: DialectId): GalleryPreset | string {
  const missing = findMissingSchedule(config, dialect);
  if (missing !== undefined) return missing;
  const parts = origin.repoPath.split('/');
  const stem = (parts.pop() ?? origin.repoPath).replace(/\.py$/, '');
  const hint = deriveItersHint(config, dialect, origin.repoPath);
  const picked = pickRuntimeKeys(config, dialect);
  for (const k of scopeKeys) if (Object.hasOwn(config, k) && config[k] !== undefined) picked[k] = config[k] ?? null;
  const entry: GalleryPreset = {
    id: `${origin.codebase.name}-${stem}`.replace(/[^A-Za-z0-9_.-]/g, '_'),
    title: stem,
    family: `${origin.codebase.name} · ${parts[parts.length - 1] ?? ''}`,
    dialect,
    sourcePath: origin.repoPath,
    codebase: origin.codebase,
    lazy: false,
    config: picked,
  };
  if (hint.itersPerEpoch !== undefined) entry.itersPerEpoch = hint.itersPerEpoch;
  entry.itersPerEpochNote = hint.note;
  return entry;
}
