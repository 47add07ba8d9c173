import { isPyDict, isPyRef, numberOf, type PyValue } from '../python/value.ts';

/**
 * What a gallery card and the search read off a runtime config, in its own vocabulary.
 * The readers per dialect live in dialects/<id>/gallery.ts and use the helpers below.
 */
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
export function readTypeName(v: PyValue | undefined): string | undefined {
  if (typeof v === 'string') return v.slice(v.lastIndexOf('.') + 1);
  if (isPyRef(v)) return v.$ref;
  return undefined;
}

export function formatList(v: PyValue | undefined): string | undefined {
  if (typeof v === 'number') return `[${v}]`;
  if (!Array.isArray(v)) return undefined;
  return `[${v.map((x) => numberOf(x) ?? '?').join(', ')}]`;
}

export function readLength(loop: PyValue | undefined, epochKey: string, iterKey: string): ScheduleFacts['length'] {
  if (!isPyDict(loop)) return undefined;
  const epochs = numberOf(loop[epochKey]);
  if (epochs !== undefined) return { unit: 'epoch', count: epochs };
  const iters = numberOf(loop[iterKey]);
  return iters !== undefined ? { unit: 'iter', count: iters } : undefined;
}

