/**
 * Writes src/core/gallery/galleryData.json: the runtime part of every MMDetection config in
 * test-data/fixtures/mmdet (v2/configs, v3/configs, v3/mmdet_configs; `_base_` folders skipped),
 * loaded with its `_base_` chain exactly as the app loads it. Files without a training
 * schedule (TTA helpers, test-only configs) are listed and left out.
 * `npx tsx scripts/build-gallery.ts`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { nodeFs } from '../src/cli/readConfigText.ts';
import { loadConfig } from '../src/core/config/load/loadConfig.ts';
import { decodeGalleryData } from '../src/core/gallery/decode.ts';
import { locateFixture, makeCodebaseEntry, makeGalleryEntry } from '../src/core/gallery/build/makeEntry.ts';
import { describeConfigPath } from '../src/core/gallery/build/describe.ts';
import type { GalleryDataFile, GalleryPreset } from '../src/core/gallery/types.ts';
import { pyEqual } from '../src/core/python/value.ts';
import { testDataDir } from '../src/test/testData.ts';

const outFile = resolve(import.meta.dirname, '../src/core/gallery/galleryData.json');
const roots = ['v2/configs', 'v3/configs', 'v3/mmdet_configs'];

function listConfigFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== '_base_') listConfigFiles(path, out);
    } else if (name.endsWith('.py')) {
      out.push(path);
    }
  }
  return out;
}

/** The two upstream commits, read from SOURCES.md so the JSON names what the files are. */
function readCommits(fixtures: string): Record<'2.25.0' | '3.3.0', string> {
  const text = readFileSync(join(fixtures, 'SOURCES.md'), 'utf8');
  const find = (tag: string): string => {
    const m = new RegExp(`\`${tag}/\` = MMDetection \\*\\*v[\\d.]+\\*\\*, commit \`([0-9a-f]{40})\``).exec(text);
    if (!m?.[1]) throw new Error(`SOURCES.md: no commit for ${tag}/`);
    return m[1];
  };
  return { '2.25.0': find('v2'), '3.3.0': find('v3') };
}

/** The scope name of each fixture folder's codebase (mmpretrain 0.x was still mmcls). */
const codebaseNames: Record<string, string> = {
  'mmpose@v0.29.0': 'mmpose',
  'mmpose@v1.3.2': 'mmpose',
  'mmpretrain@v0.25.0': 'mmcls',
  'mmselfsup@v0.11.0': 'mmselfsup',
  'mmselfsup@v1.0.0': 'mmselfsup',
  'mmdetection3d@v1.4.0': 'mmdet3d',
  'mmtracking@v1.0.0rc1': 'mmtrack',
  'mmocr@v1.0.1': 'mmocr',
  'mmaction2@v1.2.0': 'mmaction2',
  'mmrotate@v1.0.0rc1': 'mmrotate',
  'mmrotate@v0.3.4': 'mmrotate',
  'mmsegmentation@v0.18.0': 'mmseg',
  'mmsegmentation@v0.23.0': 'mmseg',
  'mmsegmentation@v1.2.2': 'mmseg',
};

/**
 * Entries for the leaf configs of test-data/fixtures/codebases (the files with an expected
 * output), each with its repository, release and commit from that folder's SOURCES.md.
 */
function codebasePresets(skipped: string[]): GalleryPreset[] {
  const root = join(testDataDir, 'fixtures/codebases');
  const sources = readFileSync(join(root, 'SOURCES.md'), 'utf8');
  const out: GalleryPreset[] = [];
  const expected = join(root, 'expected');
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : name.endsWith('.config.json') ? [join(dir, name)] : []));
  for (const file of walk(expected)) {
    const rel = relative(expected, file).replace(/\\/g, '/').replace(/\.config\.json$/, '.py');
    const folder = rel.slice(0, rel.indexOf('/'));
    const repoPath = rel.slice(folder.length + 1);
    const [repo = '', version = ''] = folder.split('@');
    const name = codebaseNames[folder];
    const row = new RegExp(`\\| \`${folder}/${repoPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\` \\| open-mmlab/${repo} \\| \`[^\`]+\` \\| \`([0-9a-f]{40})\``).exec(sources);
    if (name === undefined || row?.[1] === undefined) throw new Error(`${rel}: no codebase name or SOURCES.md row`);
    const loaded = loadConfig(join(root, rel), nodeFs);
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      skipped.push(`${rel}: ${errors[0]?.message ?? 'load error'}`);
      continue;
    }
    const entry = makeCodebaseEntry({ codebase: { name, repository: `open-mmlab/${repo}`, version, commit: row[1] }, repoPath }, loaded.config, loaded.dialect);
    if (typeof entry === 'string') skipped.push(`${rel}: ${entry}`);
    else out.push(entry);
  }
  return out;
}

function main(): void {
  const fixtures = join(testDataDir, 'fixtures/mmdet');
  const presets: GalleryPreset[] = [];
  const skipped: string[] = [];
  for (const root of roots) {
    for (const file of listConfigFiles(join(fixtures, root))) {
      const rel = relative(fixtures, file).replace(/\\/g, '/');
      const origin = locateFixture(rel);
      if (!origin) continue;
      const loaded = loadConfig(file, nodeFs);
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        skipped.push(`${rel}: ${errors[0]?.message ?? 'load error'}`);
        continue;
      }
      if (loaded.lazy !== origin.lazy) throw new Error(`${rel}: expected lazy=${origin.lazy}, loader says ${loaded.lazy}`);
      const entry = makeGalleryEntry(origin, loaded.config, loaded.dialect);
      if (typeof entry === 'string') {
        skipped.push(`${rel}: ${entry}`);
        continue;
      }
      if (!describeConfigPath(origin.repoPath).known) console.warn(`warning: no written title for ${origin.repoPath}, using "${entry.title}"`);
      presets.push(entry);
    }
  }
  presets.push(...codebasePresets(skipped));
  const ids = new Set<string>();
  for (const p of presets) {
    if (ids.has(p.id)) throw new Error(`duplicate gallery id ${p.id}`);
    ids.add(p.id);
  }
  const data: GalleryDataFile = {
    license:
      'Configuration data from MMDetection (https://github.com/open-mmlab/mmdetection) and, for entries with a `codebase`, from that OpenMMLab repository (mmpose, mmpretrain, mmselfsup, mmdetection3d, mmtracking, ...), Copyright (c) OpenMMLab. Licensed under the Apache License, Version 2.0: http://www.apache.org/licenses/LICENSE-2.0. Only the runtime sections (and a codebase entry\'s default_scope/custom_imports) are kept; values are unchanged.',
    source: {
      repository: 'open-mmlab/mmdetection',
      commits: readCommits(fixtures),
      note: 'Generated by scripts/build-gallery.ts from test-data/fixtures/mmdet and test-data/fixtures/codebases (see their SOURCES.md); do not edit by hand.',
    },
    presets,
  };
  const text = `${JSON.stringify(data, null, 1)}\n`;
  // JSON has no NaN/Infinity and no int/float tag beyond {$float}: prove the encoding survived.
  const back = decodeGalleryData(JSON.parse(text));
  back.forEach((p, i) => {
    if (!pyEqual(p.config, presets[i]?.config ?? null)) throw new Error(`${p.id}: config changed through JSON`);
  });
  writeFileSync(outFile, text);
  const count = (d: string) => presets.filter((p) => p.dialect === d).length;
  console.log(`wrote ${relative(process.cwd(), outFile)}: ${presets.length} presets (mmcv1 ${count('mmcv1')}, mmengine ${count('mmengine')}), ${(text.length / 1024).toFixed(1)} KiB`);
  for (const s of skipped) console.log(`skipped ${s}`);
}

main();
