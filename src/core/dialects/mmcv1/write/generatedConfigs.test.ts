import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PyDict, PyValue } from '../../../python/value.ts';
import { isPyDict, isPyTuple, pyEqual } from '../../../python/value.ts';
import { assertWithBatchedOracle } from '../../../../test/oracle/assertWithBatchedOracle.ts';
import { runtimeConfigArb } from '../../../../test/oracle/configArbitraries.ts';
import { allWriteOptions, expectLoadedConfig } from '../../../../test/oracle/expectedLoad.ts';
import type { PythonLoadResult } from '../../../../test/oracle/loadWithPython.ts';
import { loadExportedWithPython } from '../../../../test/oracle/loadWithPython.ts';
import { writeConfig } from './writeConfig.ts';

/** Keeps the structure but makes every string and key a short ASCII one, which can always be broken around. */
function shortenStrings(v: PyValue): PyValue {
  const shorten = (s: string): string => s.replace(/[^ -~]|[\\'"]/g, 'x').slice(0, 10);
  if (typeof v === 'string') return shorten(v);
  if (Array.isArray(v)) return v.map(shortenStrings);
  if (isPyTuple(v)) return { $tuple: v.$tuple.map(shortenStrings) };
  if (!isPyDict(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [shorten(k), shortenStrings(x)]));
}

const writeAllModes = (config: PyDict): string[] => allWriteOptions.map((opts) => writeConfig(config, opts));

describe('writeConfig on generated configs', () => {
  it('loads back through python (mmcv 1.x semantics) as the config, standalone and on each schedule base', () => {
    const started = performance.now();
    const withDelete = new Set<string>();
    const writeAndCount = (config: PyDict): string[] => {
      const texts = writeAllModes(config);
      for (const t of texts) if (t.includes('_delete_=True')) withDelete.add(t);
      return texts;
    };
    const stats = assertWithBatchedOracle(runtimeConfigArb, writeAndCount, loadExportedWithPython, (config, results: PythonLoadResult[]) => {
      allWriteOptions.forEach((opts, i) => {
        const result = results[i];
        if (result?.ok && pyEqual(result.config, expectLoadedConfig(config, opts))) return;
        const text = writeConfig(config, opts);
        if (!result?.ok) throw new Error(`python could not load it: ${JSON.stringify(result)}\n${text}`);
        expect(result.config, `${JSON.stringify(opts)}\n${text}`).toEqual(expectLoadedConfig(config, opts));
        throw new Error(`loaded config differs from the model (int/float or tuple/list):\n${text}`);
      });
    }, 600);
    console.info(`generated configs: 600 x ${allWriteOptions.length} modes, ${stats.batched} distinct files through one python3 process, ${withDelete.size} of them with _delete_=True, seed ${stats.seed}, ${Math.round(performance.now() - started)} ms`);
    expect(stats).toMatchObject({ unbatched: 0 });
    expect(stats.batched).toBeGreaterThan(2000);
  });

  it('keeps every line within 79 columns when values are short enough to break', () => {
    const shortLeaf = fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.string({ maxLength: 10 }), fc.boolean(), fc.constant(null));
    const shortKey = fc.stringMatching(/^[a-z_][a-z0-9_ .]{0,9}$/);
    const nested = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small', maxDepth: 4 }, shortLeaf, fc.array(tie('v'), { maxLength: 12 }), fc.dictionary(shortKey, tie('v'), { maxKeys: 8, noNullPrototype: true })),
    })).v as fc.Arbitrary<PyDict[string]>;
    const config = fc.tuple(runtimeConfigArb, fc.dictionary(fc.stringMatching(/^x_[a-z0-9_]{0,12}$/), nested, { maxKeys: 4, noNullPrototype: true }));
    fc.assert(
      fc.property(config, ([runtime, extras]) => {
        const shortened = shortenStrings(runtime);
        const cfg: PyDict = { ...(isPyDict(shortened) ? shortened : {}), ...extras };
        for (const opts of allWriteOptions) {
          for (const line of writeConfig(cfg, opts).split('\n')) expect(line.length, line).toBeLessThanOrEqual(79);
        }
      }),
      { numRuns: 300 },
    );
  });
});
