import type { ScheduleBaseId } from '../model/bases.ts';
import type { PyDict } from '../python/value.ts';

import type { DialectId } from '../dialects/types.ts';

export type { DialectId } from '../dialects/types.ts';

/** The two MMDetection releases the fixture configs come from. */
export type MmdetVersion = '2.25.0' | '3.3.0';

/** One runtime starting point offered in the presets gallery. */
export interface GalleryPreset {
  /** Stable, test-id-safe: `mmdet2-<file>`, `mmdet3-<file>`, `mmdet3-lazy-<file>`, `mmdet-schedule-1x`... */
  id: string;
  /** Short human name, e.g. "DETR R50 150e". */
  title: string;
  /** Model family, e.g. "DETR", "Faster R-CNN", "YOLOX". */
  family: string;
  /** `mmcv1` = MMDetection 2.x keys (lr_config, runner); `mmengine` = 3.x (param_scheduler, train_cfg). */
  dialect: DialectId;
  /**
   * Path in open-mmlab/mmdetection at {@link mmdetVersion}, e.g. `configs/detr/detr_r50_8x2_150e_coco.py`,
   * or in the codebase's repository at its release for a {@link codebase} entry.
   */
  sourcePath: string;
  /** The MMDetection release of an mmdet entry; absent for an entry of another codebase. */
  mmdetVersion?: MmdetVersion;
  /**
   * For a config of another OpenMMLab codebase (mmpose, mmpretrain, ...): where it comes from.
   * A codebase is a scope inside a dialect (its `default_scope` stays in {@link config}), not a dialect.
   */
  codebase?: GalleryCodebase;
  /** True for MMEngine pure-Python ("lazy import") configs; their `type` values are class references. */
  lazy: boolean;
  /** Only the runtime keys of the loaded config, in the dialect it is written in. */
  config: PyDict;
  /**
   * The schedule base an inheriting export names: only the built-in schedule-base entries have
   * one; a real config (possibly from another codebase) inherits `default_runtime.py` alone.
   */
  scheduleBase?: ScheduleBaseId;
  /** `len(train_dataloader)` for the config's own data setup, when the dataset size is known. */
  itersPerEpoch?: number;
  /** How {@link itersPerEpoch} was worked out (or why it could not be). */
  itersPerEpochNote?: string;
}

/** Provenance of a gallery entry from an OpenMMLab codebase other than MMDetection (Apache-2.0). */
export interface GalleryCodebase {
  /** The scope name users know: `mmpose`, `mmpretrain`, `mmdet3d`... */
  name: string;
  /** `open-mmlab/mmpose` */
  repository: string;
  /** The release tag, e.g. `v1.3.2`. */
  version: string;
  commit: string;
}

/** The shape of `galleryData.json`: a license header, the provenance, then the presets. */
export interface GalleryDataFile {
  license: string;
  source: { repository: string; commits: Record<MmdetVersion, string>; note: string };
  presets: GalleryPreset[];
}
