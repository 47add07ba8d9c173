/**
 * "Forms keep configs valid": when a form changes the class a section builds (optimizer type,
 * lr/momentum policy, scheduler type, runner or loop type), the section keeps only the keywords the
 * new class accepts (the same signature tables the unknown-argument rules use) and gains the
 * arguments it requires. In inherit mode, when a dropped key comes from the bases, deleting it in
 * the leaf would not remove it, so the edit rewrites the section with `_delete_=True`; a section
 * inside a list (`param_scheduler[1]`) is written as the whole list, since lists replace.
 */
import { newDict } from '../python/value.ts';
import { canonicalLrPolicy, canonicalMomentumPolicy, iterOnlyPolicies, lrRequiredDefaults, momentumRequiredDefaults } from '../model/policies.ts';
import { defaultMaxEpochs, defaultMaxIters } from '../model/policyChange.ts';
import { CONVERT_REQUIRED, SCHEDULER_CLASSES } from '../dialects/mmengine/schedule/schedulerClasses.ts';
import { numberOf, pyFloat } from '../python/value.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import { liftThroughLists } from './applyFix.ts';
import { dictAt, numberAt } from './pyAccess.ts';
import { acceptedArguments, rejectedKeys } from './signatures/lookup.ts';
import type { Component } from './signatures/lookup.ts';
import type { DialectId, FixEdit } from './types.ts';

/** The sections whose class a form can change, and the key that names the class. */
export type TypedComponent = Extract<Component, 'optimizer' | 'lr-policy' | 'momentum-policy' | 'scheduler' | 'runner' | 'train-loop'>;

export interface TypeChange {
  component: TypedComponent;
  /** Path of the section (`['optimizer']`, `['param_scheduler', '1']`, `['train_cfg']`). */
  path: string[];
  newType: string;
}

export interface ReshapeContext {
  /** The merged config (what training would see). */
  config: PyDict;
  dialect: DialectId;
  /** The bases' merged config in inherit mode; absent for a standalone config. */
  bases?: PyDict;
  /** Used to convert max_epochs ↔ max_iters when the runner or loop changes unit. */
  itersPerEpoch?: number;
}

export interface Reshaped {
  /** The edit to apply to the user's config (see applyFix). */
  edit: FixEdit;
  /** The section as training will see it after the edit. */
  section: PyDict;
  /** Keys the new class does not accept, removed. */
  dropped: string[];
  /** Required arguments that were missing, added with starting values. */
  added: string[];
}

function typeKey(component: TypedComponent): 'policy' | 'type' {
  return component === 'lr-policy' || component === 'momentum-policy' ? 'policy' : 'type';
}

/** Arguments the new class requires, with the values a form starts from. */
function requiredDefaults(change: TypeChange, next: PyDict, ctx: ReshapeContext): PyDict {
  switch (change.component) {
    case 'lr-policy': {
      const p = canonicalLrPolicy(change.newType);
      return p ? (lrRequiredDefaults[p] ?? {}) : {};
    }
    case 'momentum-policy': {
      const p = canonicalMomentumPolicy(change.newType);
      return p ? (momentumRequiredDefaults[p] ?? {}) : {};
    }
    case 'scheduler': {
      const cls = SCHEDULER_CLASSES.get(change.newType);
      if (!cls) return {};
      const begin = numberAt(next, 'begin') ?? 0;
      const end = numberAt(next, 'end');
      const span = end !== undefined && Number.isFinite(end) ? end - begin : undefined;
      const required = CONVERT_REQUIRED[cls.kind];
      if (required === 'milestones') return { milestones: span !== undefined && span > 1 ? [Math.floor((span * 2) / 3)] : [] };
      if (required === 'step_size') return { step_size: span !== undefined && span > 1 ? Math.max(1, Math.floor(span / 3)) : 1 };
      if (required === 'periods') return { periods: [span ?? 1] };
      return cls.kind === 'exponential' ? { gamma: pyFloat(0.9) } : {};
    }
    case 'runner':
    case 'train-loop': {
      const iter = change.newType === 'IterBasedRunner' || change.newType === 'IterBasedTrainLoop';
      const epochBased = change.newType === 'EpochBasedRunner' || change.newType === 'EpochBasedTrainLoop';
      const current = dictAt(ctx.config, change.path) ?? {};
      const epochs = numberOf(current.max_epochs);
      const iters = numberOf(current.max_iters);
      const ipe = ctx.itersPerEpoch;
      if (iter) return { max_iters: epochs !== undefined && ipe !== undefined ? Math.round(epochs * ipe) : (iters ?? defaultMaxIters) };
      if (epochBased) return { max_epochs: iters !== undefined && ipe !== undefined && ipe > 0 ? Math.max(1, Math.ceil(iters / ipe)) : (epochs ?? defaultMaxEpochs) };
      return {};
    }
    case 'optimizer':
      return {};
  }
}

/** The section after switching its class to `change.newType`, and the edit that writes it. */
export function reshapeOnTypeChange(ctx: ReshapeContext, change: TypeChange): Reshaped {
  const current = dictAt(ctx.config, change.path) ?? {};
  const key = typeKey(change.component);
  const next: PyDict = newDict();
  next[key] = change.newType;
  for (const [k, v] of Object.entries(current)) if (k !== key && k !== '_delete_') next[k] = v as PyValue;
  // A runner or loop of the other unit: its length key is replaced below, not kept.
  if (change.component === 'runner') delete next[change.newType === 'IterBasedRunner' ? 'max_epochs' : 'max_iters'];
  const accepted = acceptedArguments(change.component, change.path, next);
  const dropped = accepted ? rejectedKeys(accepted, next) : [];
  for (const k of dropped) delete next[k];
  const removed = Object.keys(current).filter((k) => k !== key && k !== '_delete_' && !(k in next));
  // cyclic / OneCycle assert by_epoch=False; leaving them, by_epoch=False was only there for them.
  const old = typeof current.policy === 'string' ? (canonicalLrPolicy(current.policy) ?? canonicalMomentumPolicy(current.policy)) : undefined;
  const required = requiredDefaults(change, next, ctx);
  if (old !== undefined && iterOnlyPolicies.includes(old) && required.by_epoch === undefined && next.by_epoch === false) {
    delete next.by_epoch;
    removed.push('by_epoch');
  }
  const added: string[] = [];
  for (const [k, v] of Object.entries(required)) {
    const partner = k.endsWith('_ratio') ? k.slice(0, -'_ratio'.length) : undefined;
    const partnerSet = partner !== undefined && next[partner] !== undefined && next[partner] !== null;
    if (k === 'by_epoch') next[k] = v;
    else if (!partnerSet && (next[k] === undefined || next[k] === null)) {
      next[k] = v;
      added.push(k);
    }
  }
  const base = ctx.bases ? dictAt(ctx.bases, change.path) : undefined;
  // Any key the bases hold that the new section lacks would come back in the merge.
  const fromBases = base !== undefined && Object.keys(base).some((k) => k !== '_delete_' && !(k in next));
  const edit: FixEdit = liftThroughLists(ctx.config, fromBases ? { op: 'replace', path: change.path, value: next } : { op: 'set', path: change.path, value: next });
  return { edit, section: next, dropped: removed, added };
}
