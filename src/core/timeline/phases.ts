import type { WorkflowRow } from '../model/workflow.ts';
import type { TimelinePhase, TimelineWarning } from './types.ts';
import { warn } from './warnings.ts';

/**
 * The phases MMCV 1.7.2 `EpochBasedRunner.run` goes through: it repeats the whole workflow
 * while fewer than `max_epochs` train epochs ran; a train epoch is skipped once the limit is
 * reached, but the val entries after it still run (so `[('train', 1), ('val', 1)]` ends
 * with a val epoch). Only train epochs advance the iteration counter.
 */
export function listEpochPhases(workflow: readonly WorkflowRow[], maxEpochs: number, itersPerEpoch: number, warnings: TimelineWarning[]): TimelinePhase[] {
  if (!workflow.some((r) => r.phase === 'train' && r.count > 0)) {
    warnings.push(warn('workflow-no-train', 'The workflow has no train phase: the runner would loop forever without training.', '工作流中没有训练阶段：runner 会无限循环而不训练。'));
    return [];
  }
  const phases: TimelinePhase[] = [];
  let epoch = 0;
  while (epoch < maxEpochs) {
    for (const row of workflow) {
      for (let k = 0; k < row.count; k++) {
        if (row.phase === 'train') {
          if (epoch >= maxEpochs) break;
          phases.push({ mode: 'train', startIter: epoch * itersPerEpoch, endIter: (epoch + 1) * itersPerEpoch, epochsBefore: epoch, count: 1 });
          epoch++;
        } else if (row.phase === 'val') {
          phases.push({ mode: 'val', startIter: epoch * itersPerEpoch, endIter: epoch * itersPerEpoch, epochsBefore: epoch, count: 1 });
        }
      }
    }
  }
  return mergeAdjacent(phases);
}

/**
 * The phases of MMCV 1.7.2 `IterBasedRunner.run`: the workflow's (phase, iterations) entries
 * repeat until `max_iters` train iterations ran; a val entry runs its iterations without
 * advancing the counter. Returned entry by entry (each restarts `inner_iter`).
 */
export function listIterPhases(workflow: readonly WorkflowRow[], maxIters: number, warnings: TimelineWarning[]): TimelinePhase[] {
  if (!workflow.some((r) => r.phase === 'train' && r.count > 0)) {
    warnings.push(warn('workflow-no-train', 'The workflow has no train phase: the runner would loop forever without training.', '工作流中没有训练阶段：runner 会无限循环而不训练。'));
    return [];
  }
  const phases: TimelinePhase[] = [];
  let iter = 0;
  while (iter < maxIters) {
    for (const row of workflow) {
      if (row.phase === 'train') {
        const n = Math.min(row.count, maxIters - iter);
        if (n > 0) phases.push({ mode: 'train', startIter: iter, endIter: iter + n, epochsBefore: 0, count: n });
        iter += Math.max(0, n);
      } else if (row.phase === 'val' && row.count > 0) {
        phases.push({ mode: 'val', startIter: iter, endIter: iter, epochsBefore: 0, count: row.count });
      }
    }
  }
  return phases;
}

// Consecutive val epochs at one iteration read better as one phase of count n.
function mergeAdjacent(phases: TimelinePhase[]): TimelinePhase[] {
  const out: TimelinePhase[] = [];
  for (const p of phases) {
    const last = out[out.length - 1];
    if (last && p.mode === 'val' && last.mode === 'val' && last.startIter === p.startIter) last.count += p.count;
    else out.push({ ...p });
  }
  return out;
}
