import type { PyDict, PyValue } from '../../../../python/value.ts';
import { isFloatValue, isPyDict, isPyTuple, numberOf } from '../../../../python/value.ts';
import type { FieldMessage } from '../../../../model/fieldSpec.ts';
import { checkFields, isIntValue } from '../../../../model/validate/fieldRules.ts';
import { error, warning } from '../../../../model/validate/messages.ts';
import { isIterLoop } from '../sections/loops.ts';
import type { SchedulerTypeSpec } from '../schedulerTypes.ts';
import { findSchedulerType, isKnownSchedulerType, schedulerInf } from '../schedulerTypes.ts';
import { codebaseSchedulerClass } from '../../schedule/codebaseSchedulers.ts';

/** Keys every scheduler dict may hold besides its class's own arguments. */
export const schedulerCommonKeys: readonly string[] = ['type', 'begin', 'end', 'by_epoch', 'convert_to_iter_based', 'verbose', 'last_step', '_scope_'];

/**
 * `param_scheduler`: each entry against its class (MMEngine 0.10.7 `_ParamScheduler` and
 * subclasses raise on these when the runner builds them) and against the training loop.
 */
export function checkParamScheduler(config: PyDict): FieldMessage[] {
  const value = config.param_scheduler;
  if (value === undefined || value === null) return [];
  // MMEngine accepts a single dict as well as a list.
  const entries: PyValue[] = isPyDict(value) ? [value] : Array.isArray(value) ? value : [];
  if (!isPyDict(value) && !Array.isArray(value)) {
    return [error(['param_scheduler'], 'param_scheduler must be a list of scheduler dicts (or one dict).', 'param_scheduler 必须是调度器字典列表（或单个字典）。')];
  }
  const iterLoop = isPyDict(config.train_cfg) && isIterLoop(config.train_cfg);
  const scope = typeof config.default_scope === 'string' ? config.default_scope : 'mmengine';
  return entries.flatMap((entry, i) => {
    const path = isPyDict(value) ? ['param_scheduler'] : ['param_scheduler', String(i)];
    return checkEntry(entry, path, iterLoop, scope);
  });
}

/** A class the config's codebase registers itself (mmseg's PolyLRRatio under default_scope 'mmseg'). */
function isCodebaseScheduler(type: string, scope: string): boolean {
  return codebaseSchedulerClass(type, type.slice(type.lastIndexOf('.') + 1), scope) !== undefined;
}

function checkEntry(entry: PyValue, path: string[], iterLoop: boolean, scope: string): FieldMessage[] {
  if (!isPyDict(entry) || typeof entry.type !== 'string') {
    return [error(path, "Each scheduler must be a dict with a type, e.g. dict(type='LinearLR').", "每个调度器必须是带 type 的字典，如 dict(type='LinearLR')。")];
  }
  const spec = findSchedulerType(entry.type);
  const out: FieldMessage[] = [];
  if (spec === undefined) {
    if (!isKnownSchedulerType(entry.type) && !isCodebaseScheduler(entry.type, scope)) {
      out.push(warning([...path, 'type'], `'${entry.type}' is not an MMEngine or MMDetection scheduler: it must be registered in PARAM_SCHEDULERS by your code.`, `'${entry.type}' 不是 MMEngine 或 MMDetection 内置调度器：需由你的代码注册到 PARAM_SCHEDULERS。`));
    }
  } else {
    out.push(...checkFields(spec.args, entry, path), ...checkUnexpected(spec, entry, path), ...checkFamily(spec, entry, path));
  }
  out.push(...checkRange(entry, path), ...checkConversion(entry, path, iterLoop));
  return out;
}

function checkUnexpected(spec: SchedulerTypeSpec, entry: PyDict, path: string[]): FieldMessage[] {
  const allowed = new Set([...schedulerCommonKeys, ...spec.args.map((a) => a.path[0] ?? '')]);
  return Object.keys(entry)
    .filter((k) => !allowed.has(k))
    .map((k) => error([...path, k], `${spec.type} takes no argument ${k} (TypeError when the runner builds it).`, `${spec.type} 没有参数 ${k}（运行器构建时会报 TypeError）。`));
}

function checkRange(entry: PyDict, path: string[]): FieldMessage[] {
  const begin = numberOf(entry.begin) ?? 0;
  const end = numberOf(entry.end) ?? schedulerInf;
  if (end > begin) return [];
  return [error([...path, 'end'], `end must be larger than begin (begin=${begin}, end=${end}).`, `end 必须大于 begin（begin=${begin}，end=${end}）。`)];
}

function checkConversion(entry: PyDict, path: string[], iterLoop: boolean): FieldMessage[] {
  const byEpoch = entry.by_epoch ?? true;
  const out: FieldMessage[] = [];
  if (entry.convert_to_iter_based === true && byEpoch === false) {
    out.push(error([...path, 'convert_to_iter_based'], 'Only an epoch-based scheduler (by_epoch=True) can be converted to iter-based.', '只有按轮（by_epoch=True）的调度器才能转为按迭代。'));
  }
  if (iterLoop && byEpoch === true) {
    out.push(warning([...path, 'by_epoch'], 'by_epoch=True under IterBasedTrainLoop: the scheduler steps once per (single) epoch, so set by_epoch=False.', 'IterBasedTrainLoop 下 by_epoch=True：调度器只在（唯一的）一轮结束时更新，请设 by_epoch=False。'));
  }
  return out;
}

function checkFamily(spec: SchedulerTypeSpec, entry: PyDict, path: string[]): FieldMessage[] {
  const out: FieldMessage[] = [];
  const at = (k: string) => [...path, k];
  switch (spec.family) {
    case 'Linear':
      if (numberOf(entry.start_factor) === 0) out.push(warning(at('start_factor'), 'start_factor=0 makes the first step use a zero value; warmups usually start at 0.001.', 'start_factor=0 会使第一步的值为 0；预热通常从 0.001 开始。'));
      break;
    case 'MultiStep':
      out.push(...checkMilestones(entry, path));
      break;
    case 'CosineAnnealing':
    case 'CosineRestart':
      if (entry.eta_min !== undefined && entry.eta_min !== null && entry.eta_min_ratio !== undefined && entry.eta_min_ratio !== null) {
        out.push(error(at('eta_min_ratio'), 'eta_min and eta_min_ratio cannot be set at the same time.', 'eta_min 与 eta_min_ratio 不能同时设置。'));
      }
      if (spec.family === 'CosineRestart') out.push(...checkRestartWeights(entry, path));
      break;
    case 'OneCycle':
      if ((entry.total_steps === undefined || entry.total_steps === null) && (numberOf(entry.end) ?? schedulerInf) >= schedulerInf) {
        out.push(error(at('total_steps'), 'OneCycle needs total_steps or a finite end.', 'OneCycle 需要 total_steps 或有限的 end。'));
      }
      if (entry.pct_start !== undefined && !isFloatValue(entry.pct_start)) out.push(error(at('pct_start'), 'pct_start must be a Python float (write 0.3, not an int).', 'pct_start 必须是 Python float（写 0.3，不能是整数）。'));
      if ((numberOf(entry.eta_max) ?? 0) <= 0) out.push(warning(at('eta_max'), 'eta_max defaults to 0: the learning rate stays at 0.', 'eta_max 默认为 0：学习率将一直为 0。'));
      break;
    default:
      break;
  }
  return out;
}

function checkMilestones(entry: PyDict, path: string[]): FieldMessage[] {
  const milestones = entry.milestones;
  if (!Array.isArray(milestones) || !milestones.every(isIntValue)) return [];
  const out: FieldMessage[] = [];
  const at = [...path, 'milestones'];
  if (milestones.some((m, i) => i > 0 && m <= (milestones[i - 1] as number))) {
    out.push(warning(at, 'Milestones should be strictly ascending.', '衰减节点应严格递增。'));
  }
  const span = (numberOf(entry.end) ?? schedulerInf) - (numberOf(entry.begin) ?? 0);
  const late = milestones.filter((m) => m >= span);
  if (late.length > 0) {
    out.push(warning(at, `Milestones ${late.join(', ')} count from begin and are ≥ end - begin = ${span}: never reached.`, `衰减节点 ${late.join(', ')} 自 begin 起算，且 ≥ end - begin = ${span}：永远不会到达。`));
  }
  return out;
}

function checkRestartWeights(entry: PyDict, path: string[]): FieldMessage[] {
  const periods = entry.periods;
  const weights = entry.restart_weights ?? [1];
  const list = isPyTuple(weights) ? weights.$tuple : weights;
  if (!Array.isArray(periods) || !Array.isArray(list) || periods.length === list.length) return [];
  return [error([...path, 'restart_weights'], 'periods and restart_weights must have the same length.', 'periods 与 restart_weights 长度必须相同。')];
}
