/**
 * The steps (epochs or iterations, 1-based) at which MMEngine 0.10.7 `CheckpointHook` writes a
 * regular checkpoint over `total` steps: `every_n_epochs` / `every_n_train_iters` pass when
 * `dividend = k - save_begin` is `>= 0` and `dividend % interval == 0` with `interval > 0`
 * (so `save_begin` itself saves when it is ≥ 1), and `save_last` adds `k == total`
 * (`is_last_train_epoch` / `is_last_train_iter`) when the grid missed it.
 * Returned with the reason of each, ascending.
 */
export function listCheckpointSaves(total: number, interval: number, saveBegin: number, saveLast: boolean): { at: number; reason: 'interval' | 'last' }[] {
  const out: { at: number; reason: 'interval' | 'last' }[] = [];
  if (interval > 0) {
    // The first k >= 1 with k >= saveBegin and (k - saveBegin) % interval == 0.
    const first = saveBegin >= 1 ? saveBegin : saveBegin + interval * Math.ceil((1 - saveBegin) / interval);
    for (let k = first; k <= total; k += interval) out.push({ at: k, reason: 'interval' });
  }
  if (saveLast && total >= 1 && out[out.length - 1]?.at !== total) out.push({ at: total, reason: 'last' });
  return out;
}

/**
 * Which saved steps are still on disk at the end, reproducing MMEngine 0.10.7
 * `CheckpointHook._save_checkpoint_with_step`: with `max_keep_ckpts > 0` it keeps a
 * `deque(maxlen=max_keep_ckpts)` of saved steps; before each new step (a repeat of the newest
 * is skipped) it pops the oldest once the deque is full and removes that file. The newest
 * `max_keep_ckpts` distinct saves survive, the forced last one included. `maxKeep <= 0` keeps all.
 */
export function simulateKeptCheckpointsV3(saves: readonly number[], maxKeep: number): Set<number> {
  if (maxKeep <= 0) return new Set(saves);
  const onDisk = new Set<number>();
  const keepIds: number[] = [];
  for (const step of saves) {
    onDisk.add(step);
    if (keepIds.length > 0 && keepIds[keepIds.length - 1] === step) continue;
    if (keepIds.length === maxKeep) {
      const oldest = keepIds.shift() as number;
      onDisk.delete(oldest);
    }
    keepIds.push(step);
  }
  return onDisk;
}
