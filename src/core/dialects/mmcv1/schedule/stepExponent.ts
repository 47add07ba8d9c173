/** The number of decays a Step hook has applied at `progress` (an int period or milestones). */
export function countStepDecays(step: number | readonly number[], progress: number): number {
  if (typeof step === 'number') return Math.floor(progress / step);
  for (let i = 0; i < step.length; i++) {
    if (progress < (step[i] ?? 0)) return i;
  }
  return step.length;
}

/**
 * `gamma ** exp` of a Step hook at `progress`, recomputed only when `exp` changes (it changes
 * a handful of times per run, while the hook asks every iteration).
 */
export function makeStepFactor(step: number | readonly number[], gamma: number): (progress: number) => number {
  let lastExp = -1;
  let lastFactor = 1;
  return (progress) => {
    const exp = countStepDecays(step, progress);
    if (exp !== lastExp) {
      lastExp = exp;
      lastFactor = gamma ** exp;
    }
    return lastFactor;
  };
}
