/** Chooses MMCV 1.x or MMEngine loading semantics for a config from what its file chain uses. */
import type { Module, Stmt } from '../../python/ast.ts';
import type { DialectId, LoadContext, SourceFile } from './context.ts';
import { isConfigPath } from './context.ts';
import { dirnamePath, joinPath } from './fileSystem.ts';
import { isLazyImportConfig } from './loadLazy.ts';
import { baseObjectDialect, defaultDialectId, detectionOrder, lazyImportDialect } from '../../dialects/info.ts';

export interface DialectChoice {
  dialect: DialectId;
  lazy: boolean;
  reason: string;
}

function isBaseAssign(s: Stmt): boolean {
  return s.kind === 'Assign' && s.targets[0]?.kind === 'Name' && s.targets[0].id === '_base_';
}

/** True when the text reads `_base_` as a value (`_base_.x`, `del _base_.x`), an MMEngine idiom. */
function usesBaseObject(tree: Module): boolean {
  const visit = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    if (Array.isArray(node)) return node.some(visit);
    const n = node as { kind?: unknown; id?: unknown };
    if (n.kind === 'Name') return n.id === '_base_';
    return Object.values(node).some(visit);
  };
  return tree.body.some((s: Stmt) => (isBaseAssign(s) ? false : visit(s)));
}

/** The literal `_base_` file names of a file (enough to walk the chain for detection). */
function literalBases(tree: Module): string[] {
  const stmt = tree.body.find(isBaseAssign);
  if (!stmt || stmt.kind !== 'Assign') return [];
  const v = stmt.value;
  if (v.kind === 'String') return [v.value];
  if (v.kind === 'List' || v.kind === 'Tuple') return v.elts.flatMap((e) => (e.kind === 'String' ? [e.value] : []));
  return [];
}

/**
 * Rule: a file MMEngine would load in lazy-import mode (`with read_base()`, imports of non-builtin
 * modules) is MMEngine lazy. Otherwise walk the file and its whole `_base_` chain: reading
 * `_base_` as an object, or defining a 3.x key (`default_hooks`, `optim_wrapper`, `param_scheduler`,
 * `tta_model`, `train_dataloader`...) anywhere in it, means MMEngine; else a 2.x key (`lr_config`,
 * `runner`, `optimizer_config`...) means MMCV 1.x; with none, MMCV 1.x (for such files the two
 * loaders agree). A 3.x key in a base outweighs a 2.x key in the leaf: MMDetection 3.3's
 * `ga-fast-rcnn` leaf adds only a 2.x-style key over 3.x bases and still runs on MMEngine. The
 * reason names the first file (leaf first, then bases breadth-first) with the winning signal.
 */
export function detectDialect(root: SourceFile, ctx: LoadContext): DialectChoice {
  if (isLazyImportConfig(root.tree.body)) return { dialect: lazyImportDialect.id, lazy: true, reason: 'pure-Python (lazy import) config' };
  const queue: SourceFile[] = [root];
  const seen = new Set<string>([root.path]);
  let found: { rank: number; choice: DialectChoice } | undefined;
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file) break;
    if (usesBaseObject(file.tree)) return { dialect: baseObjectDialect.id, lazy: false, reason: `${file.path} reads _base_ as an object` };
    const names = file.tree.body.flatMap((s) => (s.kind === 'Assign' ? s.targets.flatMap((t) => (t.kind === 'Name' ? [t.id] : [])) : []));
    detectionOrder.forEach((info, rank) => {
      const key = names.find((n) => info.signatureKeys.has(n));
      if (key && (found === undefined || rank < found.rank)) found = { rank, choice: { dialect: info.id, lazy: false, reason: `${file.path} defines ${key}` } };
    });
    if (found?.rank === 0) return found.choice;
    for (const name of literalBases(file.tree)) {
      const path = joinPath(dirnamePath(file.path), name);
      if (seen.has(path) || !isConfigPath(path)) continue;
      seen.add(path);
      const text = ctx.fs.readFile(path);
      if (text !== undefined) {
        const base = ctx.open(path);
        if (base) queue.push(base);
      }
    }
  }
  return found?.choice ?? { dialect: defaultDialectId, lazy: false, reason: 'no MMEngine idiom found' };
}
