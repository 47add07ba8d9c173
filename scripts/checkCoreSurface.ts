/**
 * Lint step: the store, the UI and the command line reach the core only through its public
 * surface, src/core/index.ts and the on-demand chunks in src/core/entries/ (allDialects only
 * from the CLI, since it pulls every dialect into one bundle). Tests may import internals.
 * Prints `FILE:LINE: ...` for each other import of a core module and exits 1.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const layers = ['src/store', 'src/ui', 'src/cli'];
const publicEntries = ['src/core/index.ts', 'src/core/entries/'];
const cliOnly = ['src/core/entries/allDialects.ts'];

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return listSources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

// `from '...'` (imports and re-exports) and `import('...')`.
const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*)'(\.[^']*)'/g;

function findViolations(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(specifier)) {
    const target = relative('.', normalize(join(dirname(file), m[1] as string))).replaceAll('\\', '/');
    if (!target.startsWith('src/core/')) continue;
    const line = text.slice(0, m.index).split('\n').length;
    const allowed = publicEntries.some((p) => (p.endsWith('/') ? target.startsWith(p) : target === p));
    if (!allowed) out.push(`${file}:${line}: imports ${target}; import from src/core/index.ts (or src/core/entries/) instead`);
    else if (cliOnly.includes(target) && !file.startsWith('src/cli/')) out.push(`${file}:${line}: ${target} is for the command line only (it bundles every dialect)`);
  }
  return out;
}

const violations = layers.flatMap(listSources).flatMap(findViolations);
for (const v of violations) process.stderr.write(`${v}\n`);
process.exit(violations.length > 0 ? 1 : 0);
