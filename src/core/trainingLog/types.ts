/** What a training log says about the learning rate, whatever wrote it. */

/** The writer of a log file, as told by its shape. */
export type LogFormat =
  /** MMCV 1.x TextLoggerHook `*.log.json`: one JSON object per line with `mode`, `epoch`, `iter`, `lr`. */
  | 'mmcv-json'
  /** MMEngine LoggerHook + LocalVisBackend `vis_data/scalars.json`: one JSON object per line with `step`. */
  | 'mmengine-scalars'
  /** MMCV 1.x TextLoggerHook text: `Epoch [1][50/7330]\tlr: 2.000e-02, ...` or `Iter [50/90000]\tlr: ...`. */
  | 'mmcv-text'
  /** MMEngine LogProcessor text: `Epoch(train)  [1][  50/7330]  base_lr: ... lr: 2.0000e-02  ...`. */
  | 'mmengine-text';

/**
 * One logged learning rate. Where it sits in training is known either as a global iteration
 * (`iter`, 0-based: the iteration whose optimizer step used this lr) or as an epoch and a
 * 1-based inner iteration that still need the iterations per epoch to place.
 */
export interface LogPoint {
  /** 1-based line number in the file. */
  line: number;
  /** The 0-based global iteration when the line says it directly. */
  iter?: number;
  /** 1-based epoch and 1-based iteration inside it (by-epoch logs). */
  epoch?: number;
  innerIter?: number;
  lr: number;
  /** Largest |logged - true| that the writer's rounding allows. */
  absTolerance: number;
  /** `momentum` of the first param group where the writer logs it (MMEngine), with its tolerance. */
  momentum?: { value: number; absTolerance: number };
}

/** Iterations per epoch as the log tells them. */
export type LogItersPerEpoch =
  | { kind: 'exact'; value: number; source: 'header' | 'fields' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'none' };

export interface ParsedLog {
  format: LogFormat;
  points: LogPoint[];
  itersPerEpoch: LogItersPerEpoch;
  /** Lines that looked like training lines but could not be read, with why. */
  skipped: { line: number; reason: string }[];
  /** Validation metrics by name (`bbox_mAP`, `coco/bbox_mAP`...), one value per validation run in file order (JSON logs only). */
  metrics?: Record<string, number[]>;
}
