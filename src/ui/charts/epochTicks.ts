/** Iteration positions of epoch boundaries, thinned to at most `maxTicks` evenly spaced epochs. */
export function epochTicks(totalIters: number, itersPerEpoch: number, maxTicks: number): number[] {
  const epochs = Math.floor(totalIters / Math.max(1, itersPerEpoch));
  if (epochs < 1) return [0];
  const every = Math.max(1, Math.ceil(epochs / maxTicks));
  const ticks: number[] = [];
  for (let e = 0; e <= epochs; e += every) ticks.push(e * itersPerEpoch);
  return ticks;
}
