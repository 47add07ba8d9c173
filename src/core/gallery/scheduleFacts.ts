import { isPyDict, isPyRef, numberOf, type PyDict, type PyValue } from '../python/value.ts';
import type { DialectId } from './types.ts';

/** What a gallery card and the search read off a runtime config, in its own vocabulary. */
export interface ScheduleFacts {
  /** Optimizer class name, e.g. `SGD`, `AdamW`. */
  optimizer?: string;
  /** Base learning rate. */
  lr?: number;
  /** One part per lr policy / scheduler in order, e.g. `linear warmup 500`, `step [8, 11]`, `CosineAnnealingLR`. */
  parts: string[];
  /** Lr policy and scheduler class names alone, for search: `step`, `LinearLR`, `CosineAnnealingLR`. */
  typeNames: string[];
  /** Training length in the loop's own unit. */
  length?: { unit: 'epoch' | 'iter'; count: number };
}

/** A `type` value as a class name: strings lose a registry scope (`mmdet.`), references give their name. */
function readTypeName(v: PyValue | undefined): string | undefined {
  if (typeof v === 'string') return v.slice(v.lastIndexOf('.') + 1);
  if (isPyRef(v)) return v.$ref;
  return undefined;
}

function formatList(v: PyValue | undefined): string | undefined {
  if (typeof v === 'number') return `[${v}]`;
  if (!Array.isArray(v)) return undefined;
  return `[${v.map((x) => numberOf(x) ?? '?').join(', ')}]`;
}

function readLength(loop: PyValue | undefined, epochKey: string, iterKey: string): ScheduleFacts['length'] {
  if (!isPyDict(loop)) return undefined;
  const epochs = numberOf(loop[epochKey]);
  if (epochs !== undefined) return { unit: 'epoch', count: epochs };
  const iters = numberOf(loop[iterKey]);
  return iters !== undefined ? { unit: 'iter', count: iters } : undefined;
}

function readMmcv1(config: PyDict): ScheduleFacts {
  const optimizer = isPyDict(config['optimizer']) ? config['optimizer'] : {};
  const lrConfig = isPyDict(config['lr_config']) ? config['lr_config'] : {};
  const parts: string[] = [];
  const typeNames: string[] = [];
  const warmup = lrConfig['warmup'];
  if (typeof warmup === 'string') {
    parts.push(`${warmup} warmup ${numberOf(lrConfig['warmup_iters']) ?? ''}`.trim());
    typeNames.push(`${warmup} warmup`);
  }
  const policy = lrConfig['policy'];
  if (typeof policy === 'string') {
    const steps = policy === 'step' ? formatList(lrConfig['step']) : undefined;
    parts.push(steps ? `${policy} ${steps}` : policy);
    typeNames.push(policy);
  }
  const momentum = isPyDict(config['momentum_config']) ? config['momentum_config']['policy'] : undefined;
  if (typeof momentum === 'string') {
    parts.push(`momentum ${momentum}`);
    typeNames.push(momentum);
  }
  const runner = config['runner'];
  return {
    optimizer: readTypeName(optimizer['type']),
    lr: numberOf(optimizer['lr']),
    parts,
    typeNames,
    length: readLength(runner, 'max_epochs', 'max_iters'),
  };
}

function readMmengine(config: PyDict): ScheduleFacts {
  const wrapper = isPyDict(config['optim_wrapper']) ? config['optim_wrapper'] : {};
  const optimizer = isPyDict(wrapper['optimizer']) ? wrapper['optimizer'] : {};
  const raw = config['param_scheduler'];
  const schedulers = Array.isArray(raw) ? raw : isPyDict(raw) ? [raw] : [];
  const parts: string[] = [];
  const typeNames: string[] = [];
  for (const s of schedulers) {
    if (!isPyDict(s)) continue;
    const name = readTypeName(s['type']);
    if (name === undefined) continue;
    const milestones = formatList(s['milestones']);
    parts.push(milestones ? `${name} ${milestones}` : name);
    typeNames.push(name);
  }
  return {
    optimizer: readTypeName(optimizer['type']),
    lr: numberOf(optimizer['lr']),
    parts,
    typeNames,
    length: readLength(config['train_cfg'], 'max_epochs', 'max_iters'),
  };
}

/** Optimizer, lr, schedule parts and training length of a runtime config (epochs or iterations). */
export function readScheduleFacts(config: PyDict, dialect: DialectId): ScheduleFacts {
  return readers[dialect](config);
}

const readers: Record<DialectId, (config: PyDict) => ScheduleFacts> = { mmcv1: readMmcv1, mmengine: readMmengine };
