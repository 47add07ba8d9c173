/** The data the diagnostics engine reads and returns (see index.ts for the public surface). */
import type { DialectId, KeyOrigin, SourceFile } from '../config/load/loadConfig.ts';
import type { PyDict, PyValue } from '../python/value.ts';

export type { DialectId } from '../config/load/loadConfig.ts';

/** error: training stops with an exception; warning: training runs, not as meant; info: worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/** A text in both UI languages. */
export interface Text {
  en: string;
  zh: string;
}

/** Where upstream decides the behaviour a rule predicts: a source line, a doc page or an issue. */
export interface Reference {
  /** e.g. `mmcv v1.7.2 mmcv/runner/base_runner.py:135` or an issue URL. */
  source: string;
  url?: string;
}

/** One edit of the config the user owns (the leaf file's values in inherit mode). */
export type FixEdit =
  | { op: 'set'; path: string[]; value: PyValue }
  | { op: 'delete'; path: string[] }
  /** Writes `value` with `_delete_=True` in front, so nothing of the bases' dict at `path` survives the merge. */
  | { op: 'replace'; path: string[]; value: PyDict };

export interface Fix {
  title: Text;
  edits: FixEdit[];
}

/** Where a file sets the value (1-based, as editors count). */
export interface SourceRange {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The point of training a finding is about (where the lr stops changing, the epoch never saved),
 * in the unit the config counts it: `epoch` e is the boundary after e epochs (iteration e × iters
 * per epoch), `iter` an iteration index. The chart draws a marker there.
 */
export interface TrainingPoint {
  unit: 'epoch' | 'iter';
  value: number;
}

export interface Diagnostic {
  /** Stable id, `area/what` (`optimizer/unknown-argument`). */
  rule: string;
  severity: Severity;
  /** Field path from the top of the merged config (`['optimizer', 'momentum']`, `['param_scheduler', '1', 'T_max']`). */
  path: string[];
  /** Where a loaded file writes the value at `path` (or the deepest written part of it); absent for in-memory configs. */
  source?: SourceRange;
  message: Text;
  reference: Reference;
  fix?: Fix;
  /** Where in training it bites, when the rule knows. */
  at?: TrainingPoint;
}

/** What the loader knows about the files behind a config (a subset of `LoadResult`). */
export interface ConfigSources {
  files: ReadonlyMap<string, SourceFile>;
  sourceMap: Readonly<Record<string, KeyOrigin>>;
}

export interface DiagnoseInput {
  /** The merged config, as `Config.fromfile(...).to_dict()` gives it. */
  config: PyDict;
  dialect: DialectId;
  /**
   * The merged config of the file's `_base_` files alone (what the leaf inherits), when known.
   * Lets rules tell a key the leaf wrote from one inherited across a type change, and offer
   * `_delete_=True` as the fix.
   */
  bases?: PyDict;
  /**
   * The leaf's own values as written (before merging, `_delete_` kept), when known (the app's
   * inherit mode). Decides which keys are inherited; without it the source locations decide,
   * and without those, equality with the bases' value.
   */
  own?: PyDict;
  /** Iterations per epoch (dataset size / total batch), when known; rules that need it stay silent otherwise. */
  itersPerEpoch?: number;
  /** The config's file name (`faster-rcnn_r50_fpn_8xb2-1x_coco.py` says 8 GPUs × 2 images). */
  fileName?: string;
  /** Files and key origins from the loader, to locate each diagnostic in the text. */
  sources?: ConfigSources;
}

/** What a rule reports; the engine adds the rule id, the reference default and the source range. */
export interface Finding {
  severity: Severity;
  path: string[];
  message: Text;
  fix?: Fix;
  /** Overrides the rule's reference when one finding has a more precise one. */
  reference?: Reference;
  /** Where in training it bites, when the rule knows. */
  at?: TrainingPoint;
}

export interface Rule {
  id: string;
  /** One line saying what the rule catches (for docs and the CLI's rule list). */
  summary: string;
  reference: Reference;
  check(input: DiagnoseInput): Finding[];
}
