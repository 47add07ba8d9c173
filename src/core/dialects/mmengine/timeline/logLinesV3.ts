import type { TimelineLog } from '../../../timeline/types.ts';

/**
 * Training log lines of MMEngine 0.10.7 `LoggerHook.after_train_iter`: a line when
 * `(batch_idx + 1) % interval == 0`, else at `end_of_epoch` (`batch_idx + 1 ==
 * len(train_dataloader)`) when `not ignore_last or len(train_dataloader) <= interval`, so an
 * interval longer than an epoch still prints each epoch's last iteration.
 * EpochBasedTrainLoop passes the index within the epoch; IterBasedTrainLoop passes the global
 * iteration as `batch_idx`, so there the end-of-epoch rule only fires once, at iteration
 * `len(train_dataloader)`. Counted in closed form; at most `maxListed` iterations listed.
 */
export function countLogLinesV3(
  loop: 'epoch' | 'iter',
  interval: number,
  ignoreLast: boolean,
  itersPerEpoch: number,
  epochs: number,
  maxIters: number,
  maxListed: number,
): TimelineLog {
  const iters: number[] = [];
  let total = 0;
  const endLine = !ignoreLast || itersPerEpoch <= interval;
  // Lines within one stretch of `length` iterations counted from 1, placed after `offset`.
  const addStretch = (offset: number, length: number, endAt: number | null) => {
    const extraAt = endAt !== null && endAt <= length && endAt % interval !== 0 ? endAt : null;
    total += Math.floor(length / interval) + (extraAt === null ? 0 : 1);
    let extraDone = extraAt === null;
    for (let i = interval; i <= length && iters.length < maxListed; i += interval) {
      if (!extraDone && (extraAt as number) < i) {
        iters.push(offset + (extraAt as number));
        extraDone = true;
        if (iters.length >= maxListed) break;
      }
      iters.push(offset + i);
    }
    if (!extraDone && iters.length < maxListed) iters.push(offset + (extraAt as number));
  };
  if (loop === 'epoch') {
    for (let e = 0; e < epochs; e++) addStretch(e * itersPerEpoch, itersPerEpoch, endLine ? itersPerEpoch : null);
  } else {
    addStretch(0, maxIters, endLine ? itersPerEpoch : null);
  }
  return { hook: 'LoggerHook', interval, byEpoch: loop === 'epoch', ignoreLast, total, iters, listedAll: total === iters.length };
}
