/**
 * Which of the checkpoints written at `saves` (epoch or iteration numbers, ascending) are still
 * on disk at the end, reproducing MMCV 1.7.2 `CheckpointHook._save_checkpoint`: after each save
 * at `current` it walks `range(current - max_keep_ckpts * interval, 0, -interval)` and deletes
 * each file that exists, stopping at the first that does not. Only the interval grid below the
 * newest save is walked, so a forced last checkpoint off the grid (save_last) can leave older
 * grid checkpoints in place, and is itself never deleted. `maxKeep <= 0` keeps all.
 * `interval` must not be 0 when `maxKeep > 0` (Python raises on `range(..., 0)`).
 */
export function simulateKeptCheckpoints(saves: readonly number[], interval: number, maxKeep: number): Set<number> {
  const onDisk = new Set<number>();
  for (const current of saves) {
    onDisk.add(current);
    if (maxKeep <= 0 || interval === 0) continue;
    // range(start, 0, -interval) is empty when interval < 0 (start >= 0 > stop with a rising step).
    if (interval < 0) continue;
    for (let step = current - maxKeep * interval; step > 0; step -= interval) {
      if (!onDisk.delete(step)) break;
    }
  }
  return onDisk;
}
