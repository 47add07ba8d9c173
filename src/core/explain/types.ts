import type { I18nText } from '../model/fieldSpec.ts';
import type { ScheduleError } from '../schedule/types.ts';

/** The two charted curves of the optimizer's own parameter group. */
export type CurveName = 'lr' | 'momentum';

/**
 * How the simulated curve moves inside a segment: `constant` (every value equal), `rising`
 * (never falls), `falling` (never rises), `mixed` (no promise: chained schedulers pulling both
 * ways, a cosine with restarts inside, a warmup over a decaying rule).
 */
export type SegmentShape = 'constant' | 'rising' | 'falling' | 'mixed';

/** A config path as the forms and the code pane's locator spell it: list indexes as strings. */
export type FieldPath = readonly string[];

/** One cause acting on one curve over an iteration range; pieces may overlap (chained schedulers, warmup over a rule). */
export interface CurvePiece {
  curve: CurveName;
  /** Iterations [from, to). */
  from: number;
  to: number;
  shape: SegmentShape;
  text: I18nText;
  paths: FieldPath[];
  /** The piece alone sets the value (YOLOX's warmup ignores the regular lr), so other pieces do not shape it. */
  overrides?: boolean;
}

/** A stretch of one curve with one set of causes: the pieces active there, joined. Segments of a curve tile [0, totalIters). */
export interface CurveSegment {
  curve: CurveName;
  from: number;
  to: number;
  shape: SegmentShape;
  /** One sentence per cause, joined with "; ". */
  text: I18nText;
  /** Every field that shapes the segment, in the order the sentence names them. */
  paths: FieldPath[];
}

export interface CurveExplanation {
  totalIters: number;
  itersPerEpoch: number;
  /** False for IterBasedRunner / IterBasedTrainLoop: sentences count iterations, not epochs. */
  epochBased: boolean;
  /** Segments of the lr curve, then of the momentum curve (none when the optimizer has no momentum). */
  segments: CurveSegment[];
}

export type ExplainResult = { ok: true; explanation: CurveExplanation } | { ok: false; error: ScheduleError };
