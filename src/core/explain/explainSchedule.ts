import type { DialectId } from '../dialects/types.ts';
import { isPyDict, type PyDict, type PyValue } from '../python/value.ts';
import { replaceClassRefsByName } from '../schedule/classRefs.ts';
import { parseLrHook } from '../dialects/mmcv1/schedule/parseLrHook.ts';
import { parseMomentumHook } from '../dialects/mmcv1/schedule/parseMomentumHook.ts';
import { parseOptimizer as parseMmcvOptimizer } from '../dialects/mmcv1/schedule/parseOptimizer.ts';
import { parseRunner, resolveRunFacts } from '../dialects/mmcv1/schedule/parseRunner.ts';
import { parseOptimizer as parseMmengineOptimizer } from '../dialects/mmengine/schedule/parseOptimizer.ts';
import { ParamGroupKeys, parseScheduler } from '../dialects/mmengine/schedule/parseScheduler.ts';
import { parseTrainLoop } from '../dialects/mmengine/schedule/parseTrainLoop.ts';
import { itemsOf } from '../dialects/mmengine/schedule/pyArgs.ts';
import type { ScheduleError } from '../schedule/types.ts';
import { mmcv1Pieces } from './mmcv1Pieces.ts';
import { mmengineIdle, mmenginePieces, type ExplainedEntry } from './mmenginePieces.ts';
import { tilePieces } from './tile.ts';
import type { CurveName, CurvePiece, CurveSegment, ExplainResult, FieldPath } from './types.ts';

const fail = (error: ScheduleError): ExplainResult => ({ ok: false, error });

/**
 * Why the lr and momentum curves of a config have their shape: the segments (iterations
 * [from, to)) of each curve with one sentence per cause in English and 简体中文 and the config
 * fields behind it. Segments tile each curve and change exactly where the simulator's curve
 * changes course (step milestones, the warmup end, restarts, cycle phases, scheduler ranges).
 * `mmcv1`: MMCV 1.7.2 `lr_config` / `momentum_config` hooks (and mmdet 2.x YOLOX); `mmengine`:
 * MMEngine v0.10.7 `param_scheduler` with `begin`/`end` resolved as the runner does.
 * `itersPerEpoch` = len(train data loader). Fails where the simulator cannot build the schedule.
 */
export function explainSchedule(dialect: DialectId, config: PyDict, itersPerEpoch: number): ExplainResult {
  if (!Number.isInteger(itersPerEpoch) || itersPerEpoch < 1) return fail({ message: `iterations per epoch must be a positive integer, got ${itersPerEpoch}` });
  return dialect === 'mmcv1' ? explainMmcv1(config, itersPerEpoch) : explainMmengine(replaceClassRefsByName(config) as PyDict, itersPerEpoch);
}

function section(value: PyValue | undefined): PyDict | null | 'bad' {
  if (value === undefined || value === null) return null;
  return isPyDict(value) ? value : 'bad';
}

function explainMmcv1(config: PyDict, itersPerEpoch: number): ExplainResult {
  const optimizer = parseMmcvOptimizer(config.optimizer);
  if (!optimizer.ok) return optimizer;
  const runner = parseRunner(config);
  if (!runner.ok) return runner;
  const iterBased = runner.value.kind === 'IterBasedRunner';
  const lrSection = section(config.lr_config);
  const momentumSection = section(config.momentum_config);
  if (lrSection === 'bad' || momentumSection === 'bad') return fail({ message: 'TypeError: hook config must be a dict' });
  const lrHook = lrSection === null ? null : parseLrHook(lrSection, iterBased);
  if (lrHook && !lrHook.ok) return lrHook;
  const momentumHook = momentumSection === null ? null : parseMomentumHook(momentumSection);
  if (momentumHook && !momentumHook.ok) return momentumHook;
  const facts = resolveRunFacts(runner.value, itersPerEpoch);
  if (!facts.ok) return facts;
  const run = {
    facts: facts.value,
    lrHook: lrHook?.value ?? null,
    momentumHook: momentumHook?.value ?? null,
    lr: optimizer.value.lr,
    momentum: optimizer.value.momentum,
    momentumField: optimizer.value.momentumField,
  };
  const total = facts.value.maxIters;
  const segments: CurveSegment[] = [];
  for (const curve of ['lr', 'momentum'] as const) {
    if (curve === 'momentum' && optimizer.value.momentum === null) continue;
    const pieces = mmcv1Pieces(run, curve);
    segments.push(...tilePieces(curve, pieces, total, (from) => ({ ...(pieces[0] as CurvePiece), from, to: from })));
  }
  return { ok: true, explanation: { totalIters: total, itersPerEpoch, epochBased: !iterBased, segments } };
}

function explainMmengine(config: PyDict, itersPerEpoch: number): ExplainResult {
  const loop = parseTrainLoop(config, itersPerEpoch);
  if (!loop.ok) return loop;
  const optimizer = parseMmengineOptimizer(config);
  if (!optimizer.ok) return optimizer;
  const value = config['param_scheduler'];
  const listed = value === undefined || value === null ? [] : itemsOf(value);
  const raw: { raw: PyValue; path: string[] }[] = listed ? listed.map((r, i) => ({ raw: r, path: ['param_scheduler', String(i)] })) : isPyDict(value) ? [{ raw: value, path: ['param_scheduler'] }] : [];
  const keys = new ParamGroupKeys(optimizer.value);
  const scope = typeof config['default_scope'] === 'string' ? config['default_scope'] : 'mmdet';
  const ctx = { loop: loop.value, itersPerEpoch, optimizer: optimizer.value, scope, keys };
  const entries: ExplainedEntry[] = raw.map((e, index) => {
    const built = parseScheduler(e.raw, e.path, index, ctx);
    if (built.ok && isPyDict(e.raw)) return { built: true, spec: built.value, path: e.path, raw: e.raw };
    const type = isPyDict(e.raw) ? e.raw['type'] : undefined;
    return { built: false, typeName: typeof type === 'string' ? type : '?', path: e.path };
  });
  const total = loop.value.totalIters;
  const group = optimizer.value.groups[0];
  const segments: CurveSegment[] = [];
  const momentumPath: FieldPath = optimizer.value.hasBetas ? ['optim_wrapper', 'optimizer', 'betas', '0'] : ['optim_wrapper', 'optimizer', 'momentum'];
  for (const curve of ['lr', 'momentum'] as const) {
    const base = curve === 'lr' ? (group?.lr ?? 0) : (group?.momentum ?? group?.beta0 ?? null);
    if (base === null) continue;
    const pieces = mmenginePieces(entries, curve, base, itersPerEpoch, loop.value.kind === 'epoch', total);
    segments.push(...tilePieces(curve, pieces, total, mmengineIdle(curve, pieces, curve === 'lr' ? ['optim_wrapper', 'optimizer', 'lr'] : momentumPath, base)));
  }
  return { ok: true, explanation: { totalIters: total, itersPerEpoch, epochBased: loop.value.kind === 'epoch', segments } };
}

/** The segment of `curve` that holds `iteration`, if any. */
export function findSegmentAt(segments: readonly CurveSegment[], curve: CurveName, iteration: number): CurveSegment | undefined {
  return segments.find((s) => s.curve === curve && s.from <= iteration && iteration < s.to);
}

/** Whether a segment's field `cited` falls under the field `field` (the same field, or an item of it: `step[0]` under `step`). */
export function isUnderField(cited: FieldPath, field: FieldPath): boolean {
  return field.length > 0 && field.length <= cited.length && field.every((k, i) => cited[i] === k);
}

/**
 * The iteration ranges [from, to) of each curve that the field at `path` governs: the segments
 * whose explanation cites it (or an item of it), neighbouring ranges merged.
 */
export function findFieldRanges(segments: readonly CurveSegment[], path: FieldPath): { curve: CurveName; from: number; to: number }[] {
  const out: { curve: CurveName; from: number; to: number }[] = [];
  for (const s of segments) {
    if (!s.paths.some((p) => isUnderField(p, path))) continue;
    const last = out[out.length - 1];
    if (last && last.curve === s.curve && last.to === s.from) last.to = s.to;
    else out.push({ curve: s.curve, from: s.from, to: s.to });
  }
  return out;
}
