/**
 * Optimizers that OpenMMLab codebases (not torch) register, with their constructor signatures and
 * defaults, shared by both dialects: the simulators read lr / momentum / betas[0] from them and the
 * argument checks use `args`. Read from the real sources (inspect.signature on the classes shipped
 * with the reference curve harness where it has them; the upstream files otherwise, named in `source`).
 * `params` is supplied by the optimizer constructor and is not listed.
 */
export interface CodebaseOptimizer {
  /** Who registers the class and under which registry / scope. */
  registeredBy: string;
  /** `default_scope` values whose registry holds it (MMEngine side); mmengine means every scope. */
  scopes: readonly string[];
  args: readonly string[];
  /** Default lr; 'required' when the signature has no default (a missing lr then raises). */
  lr: number | 'required';
  /** Present when `momentum` is in the optimizer's defaults: MMCV/MMEngine momentum schedules drive it. */
  momentum?: number;
  /** Present when `betas` is in the defaults: momentum schedules drive `betas[0]`. */
  betas?: readonly number[];
  /** Whether the constructor rejects betas[0] outside [0, 1) (torch-style check). */
  checksBeta0: boolean;
  /** Numeric defaults a generic MMEngine ParamScheduler may name (weight_decay...). */
  other: Readonly<Record<string, number>>;
  source: string;
}

const LAMB_ARGS = ['lr', 'bias_correction', 'betas', 'eps', 'weight_decay', 'grad_averaging', 'max_grad_norm', 'trust_clip', 'always_adapt'];
const LARS_ARGS = ['lr', 'momentum', 'weight_decay', 'dampening', 'eta', 'nesterov', 'eps'];

/** By registered name (what `optimizer.type` holds). */
export const CODEBASE_OPTIMIZERS: ReadonlyMap<string, CodebaseOptimizer> = new Map<string, CodebaseOptimizer>([
  [
    'Lamb',
    {
      registeredBy: 'mmcls 0.x (mmcls/core/optimizers/lamb.py, MMCV OPTIMIZERS) and mmpretrain 1.x (mmpretrain/engine/optimizers/lamb.py)',
      scopes: ['mmcls', 'mmpretrain'],
      args: LAMB_ARGS,
      lr: 1e-3,
      betas: [0.9, 0.999],
      // Lamb stores betas as given: no range check, unlike torch's Adam.
      checksBeta0: false,
      other: { eps: 1e-6, weight_decay: 0.01, max_grad_norm: 1.0 },
      source: 'mmcls v0.25.0 / mmpretrain v1.2.0 Lamb.__init__',
    },
  ],
  [
    'LARS',
    {
      registeredBy: 'mmselfsup 0.x (mmselfsup/core/optimizer/optimizers.py) and mmpretrain 1.x (mmpretrain/engine/optimizers/lars.py)',
      scopes: ['mmselfsup', 'mmpretrain'],
      args: LARS_ARGS,
      lr: 'required',
      momentum: 0,
      checksBeta0: false,
      other: { weight_decay: 0, dampening: 0, eta: 0.001, eps: 1e-8 },
      source: 'mmpretrain v1.2.0 LARS.__init__',
    },
  ],
  [
    'Adan',
    {
      registeredBy: 'mmpretrain 1.x (mmpretrain/engine/optimizers/adan_t.py)',
      scopes: ['mmpretrain'],
      args: ['lr', 'betas', 'eps', 'weight_decay', 'max_grad_norm', 'no_prox', 'foreach'],
      lr: 1e-3,
      betas: [0.98, 0.92, 0.99],
      checksBeta0: true,
      other: { eps: 1e-8, weight_decay: 0, max_grad_norm: 0 },
      source: 'mmpretrain v1.2.0 Adan.__init__',
    },
  ],
  [
    'Lion',
    {
      registeredBy: 'mmengine 0.10 when lion-pytorch is installed (mmengine/optim/optimizer/builder.py register_lion_optimizers)',
      scopes: ['mmengine'],
      // decoupled_weight_decay arrived in later lion-pytorch releases; older ones reject it.
      args: ['lr', 'betas', 'weight_decay', 'use_triton', 'decoupled_weight_decay'],
      lr: 1e-4,
      betas: [0.9, 0.99],
      checksBeta0: true,
      other: { weight_decay: 0 },
      source: 'lion-pytorch Lion.__init__ (lucidrains/lion-pytorch 05258c93)',
    },
  ],
  [
    'Adafactor',
    {
      registeredBy: 'mmengine 0.10 when transformers is installed (mmengine/optim/optimizer/builder.py register_transformers_optimizers)',
      scopes: ['mmengine'],
      args: ['lr', 'eps', 'clip_threshold', 'decay_rate', 'beta1', 'weight_decay', 'scale_parameter', 'relative_step', 'warmup_init'],
      // lr=None: with relative_step the step size is computed inside step(), so a schedule has no lr to scale.
      lr: 'required',
      checksBeta0: false,
      other: { clip_threshold: 1.0, decay_rate: -0.8, weight_decay: 0 },
      source: 'transformers Adafactor.__init__ (src/transformers/optimization.py)',
    },
  ],
]);

/**
 * Registered by MMEngine from optional packages; known by name only (their momentum semantics
 * are not modelled), so they get the "unknown optimizer" treatment with where they come from.
 */
export const OPTIONAL_OPTIMIZER_SOURCES: Readonly<Record<string, string>> = {
  DAdaptAdaGrad: 'mmengine when dadaptation is installed',
  DAdaptAdam: 'mmengine when dadaptation is installed',
  DAdaptSGD: 'mmengine when dadaptation is installed',
  SophiaG: 'mmengine when Sophia is installed',
  AdamW8bit: 'mmengine when bitsandbytes is installed',
  Adam8bit: 'mmengine when bitsandbytes is installed',
  PagedAdamW8bit: 'mmengine when bitsandbytes is installed',
  ZeroRedundancyOptimizer: 'mmengine (wraps another optimizer given as optimizer_type)',
  TorchAdafactor: 'mmengine with torch >= 2.5 (torch.optim.Adafactor)',
};

/** The "unknown optimizer" text both dialects give: the chart continues from the config's own keys. */
export function unknownOptimizerMessage(name: string): string {
  const from = OPTIONAL_OPTIMIZER_SOURCES[name];
  const where = from ? `registered by ${from}, not modelled here` : 'not a torch optimizer nor one an OpenMMLab codebase registers';
  return `unknown optimizer '${name}' (${where}): lr and momentum are read from the config's own lr/momentum/betas keys`;
}
