import { isPyDict, numberOf, type PyValue } from '../python/value.ts';
import type { ParamKind } from './types.ts';

/** What the optimizer constructor looks at for one parameter, for each kind a model may have. */
interface KindFacts {
  kind: ParamKind;
  /** `name == 'bias'` (the parameter's own name inside its module). */
  isBias: boolean;
  /** Inside a BatchNorm / InstanceNorm / GroupNorm / LayerNorm. */
  isNorm: boolean;
  /** Inside a Conv2d with `in_channels == groups`. */
  isDwconv: boolean;
  /** Inside the `conv_offset` Conv2d of a DeformConv2d / ModulatedDeformConv2d (`is_dcn_module`). */
  isDcnOffset: boolean;
  /** `param.ndim == 1`. */
  isFlat: boolean;
}

const KINDS: readonly KindFacts[] = [
  { kind: 'bias', isBias: true, isNorm: false, isDwconv: false, isDcnOffset: false, isFlat: true },
  { kind: 'normWeight', isBias: false, isNorm: true, isDwconv: false, isDcnOffset: false, isFlat: true },
  { kind: 'normBias', isBias: true, isNorm: true, isDwconv: false, isDcnOffset: false, isFlat: true },
  { kind: 'dwconvWeight', isBias: false, isNorm: false, isDwconv: true, isDcnOffset: false, isFlat: false },
  { kind: 'dwconvBias', isBias: true, isNorm: false, isDwconv: true, isDcnOffset: false, isFlat: true },
  // The offset conv's weight and bias get the same settings in both constructors.
  { kind: 'dcnOffset', isBias: false, isNorm: false, isDwconv: false, isDcnOffset: true, isFlat: false },
  // e.g. a layer-scale `gamma`: only MMEngine's flat_decay_mult reaches it.
  { kind: 'flat', isBias: false, isNorm: false, isDwconv: false, isDcnOffset: false, isFlat: true },
];

export type ConstructorStyle = 'mmcv1' | 'mmengine';

export const DECAY_MULT_KEYS = ['bias_decay_mult', 'norm_decay_mult', 'dwconv_decay_mult'] as const;

/** A group of parameter kinds that the paramwise options give the same lr and weight decay. */
export interface ParamwiseGroup {
  kinds: ParamKind[];
  /** `lr / base lr` as the constructor sets it (1 when it leaves lr alone). */
  lrMult: number;
  lr: number;
  /** `weight_decay / base weight_decay`; 1 when the optimizer has no weight_decay. */
  decayMult: number;
  /** null when the optimizer config gives no weight_decay (then the torch default applies to all). */
  weightDecay: number | null;
}

/** The chart key of a paramwise group: its kinds in brackets, which no custom key of a real config looks like. */
export function paramwiseKey(kinds: readonly ParamKind[]): string {
  return `(${kinds.join('+')})`;
}

function readMult(paramwise: Record<string, PyValue>, key: string, fallback: number | null): number | null {
  const v = paramwise[key];
  if (v === undefined) return fallback;
  return numberOf(v) ?? fallback;
}

/**
 * The parameter groups `paramwise_cfg`'s bias_lr_mult, bias_decay_mult, norm_decay_mult,
 * dwconv_decay_mult, dcn_offset_lr_mult (and MMEngine's flat_decay_mult) create, for a model
 * that is not known: one entry per set of parameter kinds that end up with equal lr and weight
 * decay different from the optimizer's own. Follows `add_params` of MMCV 1.7.2's
 * DefaultOptimizerConstructor (multipliers default to 1; norm, then depthwise, then bias decay)
 * and MMEngine 0.10.7's DefaultOptimWrapperConstructor (unset multipliers leave the value alone;
 * norm, then bias, then depthwise, then flat decay). Parameters a custom key matches are not
 * covered: which ones those are depends on the model's parameter names.
 */
export function listParamwiseGroups(style: ConstructorStyle, paramwise: PyValue | undefined, baseLr: number, baseWd: number | null): ParamwiseGroup[] {
  if (!isPyDict(paramwise)) return [];
  const unset = style === 'mmcv1' ? 1 : null;
  const biasLr = readMult(paramwise, 'bias_lr_mult', unset);
  const biasDecay = readMult(paramwise, 'bias_decay_mult', unset);
  const normDecay = readMult(paramwise, 'norm_decay_mult', unset);
  const dwDecay = readMult(paramwise, 'dwconv_decay_mult', unset);
  const dcnLr = readMult(paramwise, 'dcn_offset_lr_mult', unset);
  const flatDecay = style === 'mmengine' ? readMult(paramwise, 'flat_decay_mult', null) : null;

  const groups: ParamwiseGroup[] = [];
  for (const f of KINDS) {
    let lr = baseLr;
    let lrMult = 1;
    if (f.isBias && !(f.isNorm || f.isDcnOffset) && biasLr !== null) [lr, lrMult] = [baseLr * biasLr, biasLr];
    if (f.isDcnOffset && dcnLr !== null) [lr, lrMult] = [baseLr * dcnLr, dcnLr];
    let decay: number | null = null;
    if (baseWd !== null) decay = style === 'mmcv1' ? mmcvDecay(f, normDecay, dwDecay, biasDecay) : mmengineDecay(f, normDecay, biasDecay, dwDecay, flatDecay);
    const weightDecay = baseWd === null ? null : decay === null ? baseWd : baseWd * decay;
    if (lr === baseLr && weightDecay === baseWd) continue;
    const same = groups.find((g) => g.lr === lr && g.weightDecay === weightDecay);
    if (same) same.kinds.push(f.kind);
    else groups.push({ kinds: [f.kind], lrMult, lr, decayMult: decay ?? 1, weightDecay });
  }
  return groups;
}

function mmcvDecay(f: KindFacts, norm: number | null, dw: number | null, bias: number | null): number | null {
  if (f.isNorm) return norm;
  if (f.isDwconv) return dw;
  if (f.isBias && !f.isDcnOffset) return bias;
  return null;
}

function mmengineDecay(f: KindFacts, norm: number | null, bias: number | null, dw: number | null, flat: number | null): number | null {
  if (f.isNorm && norm !== null) return norm;
  if (f.isBias && !f.isDcnOffset && bias !== null) return bias;
  if (f.isDwconv && dw !== null) return dw;
  if (f.isFlat && !f.isDcnOffset && flat !== null) return flat;
  return null;
}
