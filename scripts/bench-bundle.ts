import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(dist: string, file: string): ChunkSize {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/**
 * Splits dist/ into what the first screen loads (index.html's script and preloads, and the
 * JS they import statically) and the lazy rest, with gzip sizes.
 */
export function measureBundle(dist = 'dist'): { initial: ChunkSize[]; lazy: ChunkSize[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const initial = new Set<string>();
  const queue = [...referenced];
  while (queue.length) {
    const file = queue.pop() as string;
    if (initial.has(file)) continue;
    initial.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports between chunks (`from"./x.js"` / `import"./x.js"`); dynamic import() is lazy.
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
  }
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
    .filter((f) => statSync(join(dist, f)).isFile());
  return {
    initial: [...initial].map((f) => sizeOf(dist, f)),
    lazy: all.filter((f) => !initial.has(f)).map((f) => sizeOf(dist, f)),
  };
}

export function printBundle(dist = 'dist'): string[] {
  const { initial, lazy } = measureBundle(dist);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const total = initial.reduce((s, c) => s + c.gzip, 0);
  return [
    `initial JavaScript: ${kb(total)} gzip (budget 250 KB) in ${initial.length} file(s)`,
    ...initial.map((c) => `  ${c.file}: ${kb(c.bytes)} raw, ${kb(c.gzip)} gzip`),
    `lazy JavaScript (Monaco, workers, languages): ${kb(lazy.reduce((s, c) => s + c.gzip, 0))} gzip`,
    ...lazy.map((c) => `  ${c.file}: ${kb(c.bytes)} raw, ${kb(c.gzip)} gzip`),
  ];
}
