/**
 * The plain mmdet schedule bases (default_runtime + schedule_1x/2x/20e) in both dialects,
 * taken from the model's presets at run time so the gallery and the preset menu never drift.
 */
import { scheduleBaseIds } from '../model/bases.ts';
import { presets, type Preset } from '../model/presets.ts';
import { presetsV3 } from '../dialects/mmengine/model/presets.ts';
import { cocoTrain2017Annotated } from './build/itersHint.ts';
import type { DialectId, GalleryPreset } from './types.ts';
import { dialectInfo, dialectInfos } from '../dialects/info.ts';
import type { DialectInfo } from '../dialects/types.ts';

// The two-stage detectors that name these bases train 8 GPUs × 2 images on COCO.
const itersPerEpoch = Math.ceil(cocoTrain2017Annotated / 16);
const itersPerEpochNote = `COCO train2017 ${cocoTrain2017Annotated} annotated images / (8 GPUs × 2 per GPU), as the detectors using this base`;

function toGalleryPreset(preset: Preset, dialect: DialectId): GalleryPreset {
  return {
    id: preset.id,
    title: `default_runtime + schedule_${preset.scheduleBase}`,
    family: 'Schedule base',
    dialect,
    sourcePath: `configs/_base_/schedules/schedule_${preset.scheduleBase}.py`,
    mmdetVersion: dialectInfo(dialect).mmdetVersion,
    lazy: false,
    config: preset.config,
    scheduleBase: preset.scheduleBase,
    itersPerEpoch,
    itersPerEpochNote,
  };
}

function isScheduleBase(preset: Preset, prefix: string): boolean {
  return scheduleBaseIds.some((id) => preset.id === `${prefix}${id}`);
}

function presetsOf(info: DialectInfo, all: readonly Preset[]): GalleryPreset[] {
  return all.filter((p) => isScheduleBase(p, info.schedulePresetPrefix)).map((p) => toGalleryPreset(p, info.id));
}

/** The six schedule-base entries: 2.x 1x/2x/20e, then 3.x 1x/2x/20e. */
export function listScheduleBaseEntries(): GalleryPreset[] {
  return [
    ...presetsOf(dialectInfos.mmcv1, presets),
    ...presetsOf(dialectInfos.mmengine, presetsV3),
  ];
}
