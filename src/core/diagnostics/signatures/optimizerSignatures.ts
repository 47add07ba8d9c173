/**
 * Keyword arguments of the torch.optim classes MMCV/MMEngine build from `optimizer.type`, as in
 * current PyTorch (2.7/2.8 stable docs, `docs.pytorch.org/docs/stable/generated/torch.optim.<Name>.html`;
 * e.g. AdamW's `__init__` in torch/optim/adamw.py takes params, lr, betas, eps, weight_decay, amsgrad
 * and keyword-only maximize, foreach, capturable, differentiable, fused). python3 here has no torch, so
 * this table was read from those pages, not probed; `params` is supplied by the optimizer constructor.
 * Any other keyword makes the class raise `TypeError: __init__() got an unexpected keyword argument`.
 */
export interface OptimizerSignature {
  args: readonly string[];
  /** Where the signature was read. */
  doc: string;
}

const doc = (name: string): string => `https://docs.pytorch.org/docs/stable/generated/torch.optim.${name}.html`;

const table: Record<string, readonly string[]> = {
  SGD: ['lr', 'momentum', 'dampening', 'weight_decay', 'nesterov', 'maximize', 'foreach', 'differentiable', 'fused'],
  Adam: ['lr', 'betas', 'eps', 'weight_decay', 'amsgrad', 'foreach', 'maximize', 'capturable', 'differentiable', 'fused', 'decoupled_weight_decay'],
  AdamW: ['lr', 'betas', 'eps', 'weight_decay', 'amsgrad', 'maximize', 'foreach', 'capturable', 'differentiable', 'fused'],
  RMSprop: ['lr', 'alpha', 'eps', 'weight_decay', 'momentum', 'centered', 'capturable', 'foreach', 'maximize', 'differentiable'],
  Adagrad: ['lr', 'lr_decay', 'weight_decay', 'initial_accumulator_value', 'eps', 'foreach', 'maximize', 'differentiable', 'fused'],
  Adadelta: ['lr', 'rho', 'eps', 'weight_decay', 'foreach', 'capturable', 'maximize', 'differentiable'],
  Adamax: ['lr', 'betas', 'eps', 'weight_decay', 'foreach', 'maximize', 'differentiable', 'capturable'],
  NAdam: ['lr', 'betas', 'eps', 'weight_decay', 'momentum_decay', 'decoupled_weight_decay', 'foreach', 'maximize', 'capturable', 'differentiable'],
  RAdam: ['lr', 'betas', 'eps', 'weight_decay', 'decoupled_weight_decay', 'foreach', 'maximize', 'capturable', 'differentiable'],
  ASGD: ['lr', 'lambd', 'alpha', 't0', 'weight_decay', 'foreach', 'maximize', 'differentiable', 'capturable'],
  Rprop: ['lr', 'etas', 'step_sizes', 'capturable', 'foreach', 'maximize', 'differentiable'],
};

/** The torch optimizer classes this table knows, by class name. */
export const OPTIMIZER_SIGNATURES: ReadonlyMap<string, OptimizerSignature> = new Map(
  Object.entries(table).map(([name, args]) => [name, { args, doc: doc(name) }]),
);

/** The optimizer names the table knows (for "did you mean"). */
export const optimizerNames: readonly string[] = Object.keys(table);
