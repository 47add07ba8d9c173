import type { PyValue } from '../python/value.ts';
import { isPyTuple, numberOf } from '../python/value.ts';

/** One `(phase, n)` entry of `workflow`: run `phase` for `count` epochs (or iterations). */
export interface WorkflowRow {
  phase: string;
  count: number;
}

/** The runner phases MMCV's runners can run (they call `runner.train` / `runner.val`). */
export const workflowPhases = ['train', 'val'] as const;

/** Reads `[('train', 1), ('val', 1)]` into rows; entries of another shape are skipped. */
export function readWorkflowRows(value: PyValue | undefined): WorkflowRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const items = isPyTuple(entry) ? entry.$tuple : Array.isArray(entry) ? entry : undefined;
    const [phase, count] = items ?? [];
    const n = numberOf(count);
    return typeof phase === 'string' && n !== undefined ? [{ phase, count: n }] : [];
  });
}

/** Writes rows as MMCV wants them: a list of tuples (`mmcv.is_list_of(workflow, tuple)`). */
export function writeWorkflowRows(rows: readonly WorkflowRow[]): PyValue[] {
  return rows.map((r) => ({ $tuple: [r.phase, r.count] }));
}
