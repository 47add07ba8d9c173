/**
 * A config dialect: MMDetection 2.x on MMCV 1.x runners or 3.x on MMEngine. The store, the UI and
 * the CLI hold a {@link Dialect} object and call it; only the registry maps an id to its module.
 */
import type { ConversionResult, ConvertOptions } from '../config/convert/types.ts';
import type { BaseLayer } from '../config/inherit/fieldOrigin.ts';
import type { ScheduleFacts } from '../gallery/scheduleParts.ts';
import type { ScheduleBaseId } from '../model/bases.ts';
import type { FieldMessage, SectionSpec } from '../model/fieldSpec.ts';
import type { Preset } from '../model/presets.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import type { ChartWindow } from '../schedule/columnSink.ts';
import type { ChartCurvesResult, ScheduleResult } from '../schedule/types.ts';
import type { Timeline } from '../timeline/types.ts';

/** The one name for a dialect's id, as stored in documents, share links and golden cases. */
export type DialectId = 'mmcv1' | 'mmengine';

/** What the diagnostics engine may know beyond the merged config. */
export interface DiagnoseContext {
  /** The merged config of the `_base_` files alone (inherit mode). */
  bases?: PyDict;
  itersPerEpoch?: number;
  /** The config has only runtime sections (made in the forms): rules about model and data stay silent. */
  runtimeOnly?: boolean;
  /** Only the forms' value checks, without the diagnostics engine (callers that run the engine themselves). */
  valueChecksOnly?: boolean;
}

/** How a document is exported: only the edited lines over its bases, or one self-contained file. */
export interface WriteOptions {
  mode: 'inherit' | 'standalone';
  scheduleBase: ScheduleBaseId;
}

/** Where MMCV's and MMEngine's `Config.fromfile` differ; the loader reads these instead of the id. */
export interface LoadRules {
  /** MMEngine: a child file sees `_base_` as a ConfigDict (`_base_.x`), merges keep ConfigDict identity. */
  baseIsObject: boolean;
  /** MMEngine also loads pure-Python (lazy import) configs. */
  lazyImport: boolean;
  /** Top-level names `Config.fromfile` refuses (`... is reserved for config file`). */
  reservedKeys: readonly string[];
}

/**
 * What is known about a dialect without loading its forms, writer or timeline: synchronous, so
 * the loader, the chart workers, labels and the gallery can use it at once. Everything that
 * differs between the dialects outside the dialect modules is read here (a fact or a function),
 * never decided by comparing ids. The diagnostics rules are not part of it (info.ts `rulesOf`),
 * so the chart workers do not carry them.
 */
export interface DialectInfo {
  id: DialectId;
  /** The MMDetection major version, shown to users: `2.x` or `3.x`. */
  version: '2.x' | '3.x';
  /** i18n key of the dialect's name on buttons (`Convert to {{target}}`). */
  labelKey: 'dialect2x' | 'dialect3x';
  /** Suffix of names derived from a document converted into this dialect (`my_config_3x`). */
  nameSuffix: string;
  /** English title, used in comments written into converted files. */
  title: string;
  /** Words the gallery search matches for this dialect. */
  searchWords: string;
  /** The MMDetection release whose configs and bases the dialect follows. */
  mmdetVersion: '2.25.0' | '3.3.0';
  /** Top-level keys the learning-rate and momentum schedule is computed from. */
  scheduleKeys: readonly string[];
  /** Top-level keys of a config that belong to the runtime (the rest is model and data). */
  runtimeKeys: readonly string[];
  /** Top-level keys only configs of this dialect define: the loader picks the dialect by them. */
  signatureKeys: ReadonlySet<string>;
  /** Id prefix of the built-in schedule-base presets (`mmdet-schedule-1x`). */
  schedulePresetPrefix: string;
  load: LoadRules;
  /** Top-level keys whose absence (all None or missing) means a test-only config with no training part. */
  trainingKeys: readonly string[];
  /**
   * How repeated `--cfg-options` groups combine: MMEngine's DictAction merges them in order
   * (`merge`); MMDetection 2.x's train.py keeps only the last group (`last`).
   */
  cfgOptionGroups: 'merge' | 'last';
  /** Built-in copies of MMDetection's runtime and schedule bases, by base path tail. */
  builtinBases: Readonly<Record<string, string>>;
  /** What a config made in the forms inherits in inherit mode (default runtime + schedule base), merged. */
  formBases: (scheduleBase: ScheduleBaseId) => PyDict;
  /** The same bases one file at a time, in `_base_` order, named as the user sees them there. */
  formBaseLayers: (scheduleBase: ScheduleBaseId) => BaseLayer[];
  /** The training loader's batch per GPU and dataset as the config writes them (absent when it does not). */
  readTrainLoader: (config: PyDict) => { samplesPerGpu?: number; dataset?: PyValue };
  /** Per-iteration lr and momentum, as the upstream hooks or schedulers compute them. */
  simulate: (config: PyDict, opts: { itersPerEpoch: number }) => ScheduleResult;
  /** The curves of `simulate` reduced to a chart window; null, without starting, when they would take more than `budget` evaluations. */
  chart: (config: PyDict, opts: { itersPerEpoch: number; window: ChartWindow; budget: number }) => ChartCurvesResult | null;
  gallery: GalleryFacts;
}

/** What the presets gallery and its builder read off a config of the dialect. */
export interface GalleryFacts {
  /** Optimizer, lr, schedule parts and training length, in the dialect's own vocabulary. */
  readScheduleFacts: (config: PyDict) => ScheduleFacts;
  /** Why a loaded config has nothing to chart, or undefined when it trains. */
  findMissingSchedule: (config: PyDict) => string | undefined;
  /** Whether MMDetection's CocoDataset drops images without annotations for this dataset dict. */
  filtersEmptyImages: (dataset: PyDict) => boolean;
}

/** The full dialect module: forms, diagnostics, writer, simulator, timeline and presets. */
export interface Dialect extends DialectInfo {
  /** The form sections, in page order. */
  sections: readonly SectionSpec[];
  /**
   * Messages located at fields: the form rules and the diagnostics engine's rules (which include
   * the simulator's predicted upstream errors). `ctx.bases` lets rules tell inherited keys.
   */
  diagnose: (config: PyDict, ctx?: DiagnoseContext) => FieldMessage[];
  /** The Python file for a config (never built by components). */
  write: (config: PyDict, opts: WriteOptions) => string;
  /** Where checkpoints, evaluation and log lines fall during training. */
  timeline: (config: PyDict, itersPerEpoch: number) => Timeline;
  /** Starting points offered in the preset menu. */
  presets: readonly Preset[];
  /** Iterations per epoch guessed from the config's own batch size (COCO train2017, 8 GPUs). */
  guessItersPerEpoch: (config: PyDict) => { itersPerEpoch: number; samplesPerGpu: number; repeatTimes: number };
  /**
   * How a config is reshaped when a type changes, so stale arguments of the old class do not
   * reach the new one, keyed by the dotted path of the `type`/`policy` field the form edits
   * (`lr_config.policy`; `param_scheduler[].type` reshapes one scheduler entry, not the config).
   */
  reshape: Readonly<Record<string, (owner: PyDict, newType: string | null) => PyDict>>;
  /** Converts a config of the other dialect into this one, with notes and a curve check (its own chunk). */
  convertInto: (config: PyDict, opts: ConvertOptions) => Promise<ConversionResult>;
}
