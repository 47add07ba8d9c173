/**
 * Standalone export of MMEngine lazy-import configs: the file imports the classes its values
 * refer to and loads back, with the repository's own loader, to the same config.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../cli/readConfigText.ts';
import { testDataDir } from '../../../test/testData.ts';
import { loadConfig } from '../load/loadConfig.ts';
import { createMemoryFs } from '../load/fileSystem.ts';
import { collectRefs, planLazyImports } from '../write/lazyImports.ts';
import { pyRef, refToString } from '../../python/value.ts';
import type { PyDict, PyRef } from '../../python/value.ts';
import { exportImported } from './exportImported.ts';
import { importDocument } from './importDocument.ts';
import { writeStandaloneText } from './exportStandalone.ts';

function pyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return pyFiles(p);
    return e.name.endsWith('.py') ? [p] : [];
  });
}

const outPath = '/exported/config.py';

function loadText(text: string) {
  return loadConfig(outPath, createMemoryFs({ [outPath]: text }));
}

const lazyFixtures = pyFiles(join(testDataDir, 'fixtures', 'mmdet')).filter((p) => {
  const loaded = loadConfig(p, nodeFs);
  return loaded.lazy && !loaded.diagnostics.some((d) => d.severity === 'error');
});

describe('standalone export of lazy-import configs', () => {
  it('finds the lazy-import fixtures (leaves and their bases)', () => {
    expect(lazyFixtures.length).toBeGreaterThanOrEqual(8);
    expect(lazyFixtures.some((p) => p.endsWith('detr_r50_8xb2_150e_coco.py'))).toBe(true);
  });

  it.each(lazyFixtures.map((p) => [p.slice(testDataDir.length + 1), p]))('%s loads back to the same config', (_name, path) => {
    const doc = importDocument(path, nodeFs);
    const result = exportImported(doc, doc.config, { mode: 'standalone' });
    expect(result.diagnostics).toEqual([]);
    expect(result.text).not.toMatch(/\b_base_\b|read_base/);
    const back = loadText(result.text);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const refs = collectRefs(doc.config);
    expect(back.lazy).toBe(refs.length > 0);
    expect(back.config).toEqual(doc.config);
    // No dotted class path is left in the body: each reference is written by an imported name.
    const body = result.text.slice(result.text.indexOf('\n\n'));
    for (const ref of refs) if (ref.module.includes('.')) expect(body).not.toContain(refToString(ref));
  });

  it('DETR: grouped, sorted imports, short names in the body, aliases for the two LoadImageFromFile', () => {
    const doc = importDocument(join(testDataDir, 'fixtures/mmdet/v3/mmdet_configs/detr/detr_r50_8xb2_150e_coco.py'), nodeFs);
    const { text } = exportImported(doc, doc.config, { mode: 'standalone' });
    expect(text).toContain('from mmengine.runner.loops import EpochBasedTrainLoop, TestLoop, ValLoop\n');
    expect(text).toMatch(/train_cfg = dict\(\s*type=EpochBasedTrainLoop,/);
    expect(text).toContain('from mmcv.transforms.loading import (LoadImageFromFile as LoadImageFromFile_loading)');
    expect(text).toContain('LoadImageFromFile as LoadImageFromFile_transforms');
    const imports = text.slice(0, text.indexOf('\n\n')).replace(/\(\s*|\s*\)|\n\s+/g, ' ');
    const modules = [...imports.matchAll(/^from (\S+) import/gm)].map((m) => m[1]);
    expect(modules).toEqual([...new Set(modules)].sort());
  });
});

/**
 * Python's own parser reads each file: imports only at the top (one per module), no name
 * bound twice by imports or both imported and assigned, and every name the assignments read is
 * imported, assigned before, or a builtin: what MMEngine's lazy loader needs to resolve it.
 */
const pythonCheck = String.raw`
import ast, builtins, json, sys
problems = []
for text in json.load(sys.stdin):
    body = ast.parse(text).body
    n = 0
    while n < len(body) and isinstance(body[n], (ast.Import, ast.ImportFrom)):
        n += 1
    imported, modules, assigned = set(), [], set()
    for stmt in body[:n]:
        if isinstance(stmt, ast.ImportFrom):
            modules.append(stmt.module)
        for a in stmt.names:
            name = a.asname or a.name
            if name in imported: problems.append('imported twice: ' + name)
            imported.add(name)
    if modules != sorted(set(modules)): problems.append('modules not grouped and sorted: %r' % modules)
    for stmt in body[n:]:
        if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.With)): problems.append('import below the top')
        for node in ast.walk(stmt.value if isinstance(stmt, ast.Assign) else stmt):
            if isinstance(node, ast.Name) and node.id not in imported and node.id not in assigned and not hasattr(builtins, node.id):
                problems.append('unbound name: ' + node.id)
        if isinstance(stmt, ast.Assign):
            for t in stmt.targets:
                for node in ast.walk(t):
                    if isinstance(node, ast.Name):
                        if node.id in imported: problems.append('assigned over an import: ' + node.id)
                        assigned.add(node.id)
print(json.dumps(problems))
`;

describe('exported lazy-import files read by python3', () => {
  it('imports at the top, grouped per module; every name the body reads is bound', () => {
    const texts = lazyFixtures.map((path) => {
      const doc = importDocument(path, nodeFs);
      return exportImported(doc, doc.config, { mode: 'standalone' }).text;
    });
    const run = spawnSync('python3', ['-c', pythonCheck], { input: JSON.stringify(texts), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});

const segment = fc.constantFrom('a', 'b', 'mod', 'x', 'ops');
const modulePath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('.'));
const className = fc.constantFrom('X', 'Y', 'Loop', 'X_b', 'X_a_b', 'b');
const refArb: fc.Arbitrary<PyRef> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(modulePath, className).map(([m, n]) => pyRef(m, n)) },
  // `import a.b as b`: a module reference.
  { weight: 1, arbitrary: modulePath.map((m) => pyRef(m, m)) },
);
// Top-level keys that collide with short names and with the aliases the rule would pick.
const keyArb = fc.constantFrom('X', 'Y', 'Loop', 'X_b', 'X_mod', 'Y_x', 'b', 'ops', 'model', 'X_2');

describe('alias rule (property)', () => {
  it('every imported name is unique, no config key, and every reference loads back to its dotted path', () => {
    fc.assert(
      fc.property(fc.array(refArb, { minLength: 1, maxLength: 12 }), fc.uniqueArray(keyArb, { maxLength: 5 }), (refs, keys) => {
        const config: PyDict = {};
        for (const k of keys) config[k] = 1;
        config['refs'] = refs;
        config['model'] = { type: refs[0] ?? null, nested: [{ type: refs[refs.length - 1] ?? null }] };
        const plan = planLazyImports(config);
        const names = [...plan.names.values()];
        expect(new Set(names).size).toBe(names.length);
        for (const n of names) expect(Object.hasOwn(config, n)).toBe(false);
        expect([...plan.names.keys()].sort()).toEqual([...new Set(refs.map(refToString))].sort());
        const back = loadText(writeStandaloneText(config));
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(back.config).toEqual(config);
      }),
      { seed: Number(process.env['FC_SEED'] ?? 20261206), numRuns: 300, verbose: true },
    );
  });

  it('aliases are deterministic: the same set in another order gets the same names', () => {
    const refs = [pyRef('a.b', 'X'), pyRef('c.b', 'X'), pyRef('a.d', 'X'), pyRef('e', 'Y')];
    const one = planLazyImports({ refs: refs, Y: 1 });
    const two = planLazyImports({ refs: [...refs].reverse(), Y: 1 });
    expect([...one.names.entries()].sort()).toEqual([...two.names.entries()].sort());
    expect(one.names.get('a.b.X')).toBe('X_b');
    expect(one.names.get('c.b.X')).toBe('X_c_b');
    expect(one.names.get('a.d.X')).toBe('X_d');
    expect(one.names.get('e.Y')).toBe('Y_e');
    expect(one.lines).toEqual(['from a.b import X as X_b', 'from a.d import X as X_d', 'from c.b import X as X_c_b', 'from e import Y as Y_e']);
  });
});
