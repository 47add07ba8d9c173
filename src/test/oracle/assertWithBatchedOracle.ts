import fc from 'fast-check';

/** What a batched property run did, for the test to report. */
export interface BatchedRunStats {
  seed: number;
  /** Distinct oracle inputs answered by the up-front batch. */
  batched: number;
  /** Oracle inputs fast-check asked for that the batch had not seen (shrinking, or a sampling drift). */
  unbatched: number;
}

/**
 * `fc.assert` over `arb` where each value needs an external oracle (python3) that is slow to
 * start: the same seed's values are first drawn with `fc.sample`, all their oracle inputs
 * answered in one `oracle` call, then `fc.assert` replays that seed and looks answers up.
 * Inputs not in the batch (only while shrinking a failure) go to the oracle one value at a
 * time. fast-check prints the seed on failure; set FC_SEED to replay it.
 */
export function assertWithBatchedOracle<T, R>(
  arb: fc.Arbitrary<T>,
  toInputs: (value: T) => string[],
  oracle: (inputs: string[]) => R[],
  check: (value: T, answers: R[]) => void,
  numRuns: number,
): BatchedRunStats {
  const seed = process.env.FC_SEED === undefined ? Math.floor(Math.random() * 0x7fffffff) : Number(process.env.FC_SEED);
  let inputs: string[];
  try {
    inputs = [...new Set(fc.sample(arb, { seed, numRuns }).flatMap(toInputs))];
  } catch (err) {
    // A failure while preparing the batch happens before fast-check could report the seed.
    throw new Error(`failed while batching oracle inputs (seed ${seed}; FC_SEED=${seed} replays it): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const answers = new Map<string, R>();
  oracle(inputs).forEach((answer, i) => answers.set(inputs[i] ?? '', answer));
  let unbatched = 0;
  fc.assert(
    fc.property(arb, (value) => {
      const wanted = toInputs(value);
      const missing = wanted.filter((input) => !answers.has(input));
      unbatched += missing.length;
      if (missing.length > 0) oracle(missing).forEach((answer, i) => answers.set(missing[i] ?? '', answer));
      check(value, wanted.map((input) => answers.get(input) as R));
    }),
    { seed, numRuns },
  );
  return { seed, batched: inputs.length, unbatched };
}
