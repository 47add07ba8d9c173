import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../cli/readConfigText.ts';
import { assertWithBatchedOracle } from '../../../test/oracle/assertWithBatchedOracle.ts';
import { pyValueArb, runtimeConfigArb } from '../../../test/oracle/configArbitraries.ts';
import { expectLoadedConfig } from '../../../test/oracle/expectedLoad.ts';
import { writeConfig } from '../../dialects/mmcv1/write/writeConfig.ts';
import type { PythonLoadResult } from '../../../test/oracle/loadWithPython.ts';
import { loadConfigsWithPython } from '../../../test/oracle/loadWithPython.ts';
import { testDataDir } from '../../../test/testData.ts';
import type { PyDict, PyValue } from '../../python/value.ts';
import { isPyDict, pyEqual } from '../../python/value.ts';
import { toPlain } from '../../python/jsonText.ts';
import { exportImported, expectedConfig } from './exportImported.ts';
import type { ImportedDoc } from './importDocument.ts';
import { importDocument } from './importDocument.ts';
import { findPatchableAssignment, findRemovableAssignment } from './topLevelNames.ts';
import { LineIndex } from '../../python/diagnostics.ts';

const fixtures = join(testDataDir, 'fixtures/mmdet');
const v2Root = join(fixtures, 'v2/configs');

function listLeaves(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === '_base_' ? [] : listLeaves(join(dir, e.name));
    return e.name.endsWith('.py') ? [join(dir, e.name)] : [];
  });
}

const v2Leaves = listLeaves(v2Root).sort();
const v3Leaves = [...listLeaves(join(fixtures, 'v3/configs')), ...listLeaves(join(fixtures, 'v3/mmdet_configs'))].sort();
const docs = new Map<string, ImportedDoc>();
const docOf = (leaf: string): ImportedDoc => {
  let doc = docs.get(leaf);
  if (!doc) {
    doc = importDocument(leaf, nodeFs);
    docs.set(leaf, doc);
  }
  return doc;
};

/** A copy of the v2 tree, so exports sit beside the real leaf and `../_base_/...` resolves. */
let copyRoot = '';
let written = 0;
beforeAll(() => {
  copyRoot = mkdtempSync(join(tmpdir(), 'mmcfg-export-'));
  cpSync(v2Root, copyRoot, { recursive: true });
});
afterAll(() => rmSync(copyRoot, { recursive: true, force: true }));

/** Writes each exported text next to its leaf in the copy and loads them all in one python3. */
function loadBesideLeaves(items: readonly { leaf: string; text: string }[]): PythonLoadResult[] {
  const paths = items.map(({ leaf, text }) => {
    const rel = relative(v2Root, leaf);
    const path = join(copyRoot, dirname(rel), `${basename(rel, '.py')}__export${written++}.py`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
    return path;
  });
  return loadConfigsWithPython(paths);
}

function setKey(dict: PyDict, key: string, value: PyValue): void {
  Object.defineProperty(dict, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Representative form edits, each a pure function of the merged config. */
const edits: Record<string, (c: PyDict) => void> = {
  lr: (c) => {
    c.optimizer = { ...(isPyDict(c.optimizer) ? c.optimizer : { type: 'SGD' }), lr: 0.0123 };
  },
  cosine: (c) => {
    const lr = isPyDict(c.lr_config) ? c.lr_config : {};
    const kept: PyDict = { policy: 'CosineAnnealing' };
    for (const k of ['by_epoch', 'warmup', 'warmup_iters', 'warmup_ratio', 'warmup_by_epoch']) if (Object.hasOwn(lr, k)) kept[k] = lr[k] ?? null;
    c.lr_config = { ...kept, min_lr_ratio: 0.001 };
  },
  epochs: (c) => {
    const runner = isPyDict(c.runner) ? c.runner : { type: 'EpochBasedRunner' };
    c.runner = runner.type === 'IterBasedRunner' ? { ...runner, max_iters: 1234 } : { ...runner, max_epochs: 7 };
  },
  gradClip: (c) => {
    const oc = isPyDict(c.optimizer_config) ? c.optimizer_config : {};
    c.optimizer_config = { ...oc, grad_clip: isPyDict(oc.grad_clip) ? null : { max_norm: 35, norm_type: 2 } };
  },
  addKey: (c) => {
    c.x_studio = { a: 1, b: [{ $float: 1 }, { $tuple: ['x', 2] }], c: null };
  },
};
const allEdits = (c: PyDict): void => Object.values(edits).forEach((e) => e(c));

/** Original line numbers (1-based) each changed line may fall in: the changed keys' statements. */
function allowedLines(doc: ImportedDoc, keys: readonly string[]): [number, number][] {
  const lines = new LineIndex(doc.text);
  return keys.flatMap((k) => {
    const stmt = findPatchableAssignment(doc.tree, k) ?? findRemovableAssignment(doc.tree, k);
    return stmt ? [[lines.locate(stmt.span.start).line, lines.locate(stmt.span.end).line] as [number, number]] : [];
  });
}

/**
 * A plain LCS line diff: the original lines (1-based) that were dropped or changed, and the
 * original line before which each new line was inserted (n + 1 for the end of the file).
 */
function diffLines(a: string[], b: string[]): { removed: number[]; insertedBefore: number[] } {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = a[i] === b[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const removed: number[] = [];
  const insertedBefore: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      insertedBefore.push(i + 1);
      j++;
    } else {
      removed.push(i + 1);
      i++;
    }
  }
  return { removed, insertedBefore };
}

function expectOnlyStatementLinesChanged(doc: ImportedDoc, text: string, keys: readonly string[]): void {
  const a = doc.text.split('\n');
  const b = text.split('\n');
  const allowed = allowedLines(doc, keys);
  const { removed, insertedBefore } = diffLines(a, b);
  const within = (line: number, slack: number): boolean => allowed.some(([s, e]) => line >= s && line <= e + slack);
  for (const line of removed) expect(within(line, 0), `${doc.path}: line ${line} changed: ${a[line - 1]}`).toBe(true);
  for (const before of insertedBefore) expect(within(before, 1) || before >= a.length, `${doc.path}: insertion before line ${before}`).toBe(true);
}

describe('exportImported on the MMDetection 2.25 fixtures', () => {
  it('finds the 23 leaf configs', () => {
    expect(v2Leaves.length).toBe(23);
  });

  it('gives back every v2 and v3 file byte for byte when nothing was edited', () => {
    for (const leaf of [...v2Leaves, ...v3Leaves]) {
      const doc = docOf(leaf);
      expect(doc.diagnostics.filter((d) => d.severity === 'error'), leaf).toEqual([]);
      const result = exportImported(doc, structuredClone(doc.config), { mode: 'inherit' });
      expect(result.text === readFileSync(leaf, 'utf8'), leaf).toBe(true);
      expect(result.diagnostics).toEqual([]);
    }
  });

  it('writes standalone files that python loads to the expected JSON of the original', () => {
    const texts = v2Leaves.map((leaf) => {
      const result = exportImported(docOf(leaf), docOf(leaf).config, { mode: 'standalone' });
      expect(result.diagnostics, leaf).toEqual([]);
      expect(result.text).not.toMatch(/^_base_ =/m);
      return { leaf, text: result.text };
    });
    const loaded = loadBesideLeaves(texts);
    v2Leaves.forEach((leaf, i) => {
      const expected: unknown = JSON.parse(readFileSync(join(fixtures, 'expected', relative(fixtures, leaf).replace(/\.py$/, '.json')), 'utf8')).config;
      const r = loaded[i];
      if (!r?.ok) throw new Error(`${leaf}: ${JSON.stringify(r)}`);
      expect(toPlain(r.config), leaf).toEqual(expected);
      expect(pyEqual(r.config, docOf(leaf).config), `${leaf}: int/float or tuple/list differ`).toBe(true);
    });
  });

  it('applies form edits so python loads the edited config, changing only the edited statements', () => {
    const cases = v2Leaves.flatMap((leaf) =>
      [...Object.entries(edits), ['all', allEdits] as const].map(([name, edit]) => {
        const doc = docOf(leaf);
        const edited = structuredClone(doc.config);
        edit(edited);
        const result = exportImported(doc, edited, { mode: 'inherit' });
        expect(result.diagnostics.filter((d) => d.severity === 'error'), `${leaf} ${name}`).toEqual([]);
        expectOnlyStatementLinesChanged(doc, result.text, result.changedKeys);
        return { leaf, name, doc, edited, text: result.text };
      }),
    );
    const loaded = loadBesideLeaves(cases);
    let withDelete = 0;
    cases.forEach(({ leaf, name, doc, edited, text }, i) => {
      const r = loaded[i];
      if (!r?.ok) throw new Error(`${leaf} ${name}: ${JSON.stringify(r)}\n${text}`);
      const expected = expectedConfig(doc, edited);
      if (!pyEqual(r.config, expected)) expect(toPlain(r.config), `${leaf} ${name}\n${text}`).toEqual(toPlain(expected));
      expect(pyEqual(r.config, expected), `${leaf} ${name}: int/float or tuple/list differ`).toBe(true);
      if (/_delete_=True/.test(text) && !/_delete_=True/.test(doc.text)) withDelete++;
    });
    console.info(`form edits: ${cases.length} exports of ${v2Leaves.length} fixtures loaded by python3; ${withDelete} gained _delete_=True`);
  });

  it('patches a 3.x (MMEngine) value in place and keeps `_base_.x` reads verbatim', () => {
    for (const leaf of v3Leaves.filter((l) => !l.includes('mmdet_configs'))) {
      const doc = docOf(leaf);
      const edited = structuredClone(doc.config);
      const ow = edited.optim_wrapper;
      if (!isPyDict(ow) || !isPyDict(ow.optimizer)) continue;
      setKey(ow.optimizer, 'lr', 0.0123);
      const result = exportImported(doc, edited, { mode: 'inherit' });
      expect(result.diagnostics.filter((d) => d.severity === 'error'), leaf).toEqual([]);
      const reads = doc.text.match(/_base_\.[\w.]+/g) ?? [];
      for (const read of reads) expect(result.text, leaf).toContain(read);
    }
  });
});

/** Random edits: each picks part of the merged config and changes it. */
type Op =
  | { kind: 'edit'; name: string }
  | { kind: 'setPath'; pick: number; value: PyValue }
  | { kind: 'drop'; pick: number }
  | { kind: 'add'; name: string; value: PyValue };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constantFrom(...Object.keys(edits)).map((name): Op => ({ kind: 'edit', name })),
  fc.record({ kind: fc.constant('setPath' as const), pick: fc.nat(), value: pyValueArb }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), name: fc.stringMatching(/^x_[a-z0-9_]{1,8}$/), value: pyValueArb }),
);

/** Every key path to a dict entry, three levels deep at most (top-level keys included). */
function dictPaths(v: PyDict, prefix: string[] = []): string[][] {
  return Object.keys(v).flatMap((k) => {
    const here = [...prefix, k];
    const x = v[k];
    return [here, ...(isPyDict(x) && here.length < 3 ? dictPaths(x, here) : [])];
  });
}

function applyOp(c: PyDict, op: Op): void {
  if (op.kind === 'edit') edits[op.name]?.(c);
  else if (op.kind === 'add') setKey(c, op.name, structuredClone(op.value));
  else {
    const paths = dictPaths(c);
    const path = paths[op.pick % Math.max(1, paths.length)];
    if (!path) return;
    let parent: PyDict = c;
    for (const k of path.slice(0, -1)) parent = parent[k] as PyDict;
    const last = path[path.length - 1] as string;
    if (op.kind === 'drop') delete parent[last];
    else setKey(parent, last, structuredClone(op.value));
  }
}

describe('exportImported properties', () => {
  it('loads (python3) to exactly the edited config for random edits of random fixtures', () => {
    const arb = fc.record({ leaf: fc.constantFrom(...v2Leaves), ops: fc.array(opArb, { minLength: 1, maxLength: 4 }) });
    const exportOf = (value: { leaf: string; ops: Op[] }): { edited: PyDict; text: string } => {
      const doc = docOf(value.leaf);
      const edited = structuredClone(doc.config);
      for (const op of value.ops) applyOp(edited, op);
      return { edited, text: exportImported(doc, edited, { mode: 'inherit' }).text };
    };
    const stats = assertWithBatchedOracle(
      arb,
      (value) => [JSON.stringify({ leaf: value.leaf, text: exportOf(value).text })],
      (inputs) => loadBesideLeaves(inputs.map((s) => JSON.parse(s) as { leaf: string; text: string })),
      (value, [answer]) => {
        const { edited, text } = exportOf(value);
        const errors = exportImported(docOf(value.leaf), edited, { mode: 'inherit' }).diagnostics.filter((d) => d.severity === 'error');
        expect(errors, text).toEqual([]);
        const expected = expectedConfig(docOf(value.leaf), edited);
        if (!answer?.ok) throw new Error(`python could not load it: ${JSON.stringify(answer)}\n${text}`);
        if (!pyEqual(answer.config, expected)) {
          expect(toPlain(answer.config), text).toEqual(toPlain(expected));
          throw new Error(`int/float or tuple/list differ:\n${text}`);
        }
      },
      200,
    );
    console.info(`random edits: 200 runs, ${stats.batched} files through one python3, seed ${stats.seed}`);
  });

  it('gives back the text of any fixture unchanged after an edit is undone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...v2Leaves, ...v3Leaves), fc.array(opArb, { maxLength: 3 }), (leaf, ops) => {
        const doc = docOf(leaf);
        const edited = structuredClone(doc.config);
        for (const op of ops) applyOp(edited, op);
        exportImported(doc, edited, { mode: 'inherit' });
        expect(exportImported(doc, structuredClone(doc.config), { mode: 'inherit' }).text).toBe(doc.text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('exportImported on configs that rebind builtins', () => {
  it('adds a `float` key whose value calls dict() to a file that set `dict = None`', () => {
    // Found by the generated-config property below: the appended `float = (..., dict())` ran
    // after the file's own `dict = None` had been put back.
    const base = writeConfig({ ...presetLike(), dict: null }, { mode: 'inherit', scheduleBase: '1x' });
    const dir = join(copyRoot, 'studio');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'shadowed_builtins.py');
    writeFileSync(path, base, 'utf8');
    const doc = importDocument(path, nodeFs);
    const edited: PyDict = { ...doc.config, float: { $tuple: [268, null, {}] } };
    const result = exportImported(doc, edited, { mode: 'inherit' });
    expect(result.diagnostics.filter((d) => d.severity === 'error'), result.text).toEqual([]);
    const out = join(dir, 'shadowed_builtins_edited.py');
    writeFileSync(out, result.text, 'utf8');
    const [answer] = loadConfigsWithPython([out]);
    if (!answer?.ok) throw new Error(`python could not load it: ${JSON.stringify(answer)}\n${result.text}`);
    expect(pyEqual(answer.config, expectedConfig(doc, edited))).toBe(true);
  });
});

/** A small 2.x runtime: the 1x schedule's optimizer and runner. */
function presetLike(): PyDict {
  return { optimizer: { type: 'SGD', lr: 0.02, momentum: 0.9, weight_decay: 0.0001 }, runner: { type: 'EpochBasedRunner', max_epochs: 12 } };
}

describe('exportImported on generated configs', () => {
  it('gives back any written config unchanged, and python loads an edit of it to the edited config', () => {
    const opts = { mode: 'inherit', scheduleBase: '1x' } as const;
    const studio = (): string => join(copyRoot, 'studio');
    let n = 0;
    const exportPair = ([a, b]: [PyDict, PyDict]): { doc: ImportedDoc; edited: PyDict; text: string } => {
      const original = writeConfig(a, opts);
      mkdirSync(studio(), { recursive: true });
      const path = join(studio(), `generated_${n++}.py`);
      writeFileSync(path, original, 'utf8');
      const doc = importDocument(path, nodeFs);
      expect(exportImported(doc, structuredClone(doc.config), { mode: 'inherit' }).text).toBe(original);
      const edited = expectLoadedConfig(b, opts);
      for (const [k, v] of Object.entries(doc.config)) if (!isRuntimeKey(k) && !Object.hasOwn(edited, k)) setKey(edited, k, v);
      const result = exportImported(doc, edited, { mode: 'inherit' });
      expect(result.diagnostics.filter((d) => d.severity === 'error'), result.text).toEqual([]);
      return { doc, edited, text: result.text };
    };
    const stats = assertWithBatchedOracle(
      fc.tuple(runtimeConfigArb, runtimeConfigArb),
      (pair) => [exportPair(pair).text],
      (texts) => {
        const paths = texts.map((text, i) => {
          const path = join(studio(), `edited_${written++}_${i}.py`);
          writeFileSync(path, text, 'utf8');
          return path;
        });
        return loadConfigsWithPython(paths);
      },
      (pair, [answer]) => {
        const { doc, edited, text } = exportPair(pair);
        if (!answer?.ok) throw new Error(`python could not load it: ${JSON.stringify(answer)}\n${text}`);
        const expected = expectedConfig(doc, edited);
        if (!pyEqual(answer.config, expected)) {
          expect(toPlain(answer.config), text).toEqual(toPlain(expected));
          throw new Error(`int/float or tuple/list differ:\n${text}`);
        }
      },
      150,
    );
    console.info(`generated configs: 150 pairs, ${stats.batched} exports through one python3, seed ${stats.seed}`);
  });
});

/** Keys writeConfig groups as runtime sections; the rest of a generated config are extras. */
function isRuntimeKey(k: string): boolean {
  return /^(optimizer|optimizer_config|lr_config|momentum_config|runner|checkpoint_config|log_config|custom_hooks|evaluation|workflow|dist_params|log_level|load_from|resume_from|opencv_num_threads|mp_start_method|auto_scale_lr)$/.test(k);
}
