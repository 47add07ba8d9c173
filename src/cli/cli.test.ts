import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { testDataDir } from '../test/testData.ts';
import { readConfigText } from './readConfigText.ts';
import { describeFailure, runCli, type CliIo } from './runCli.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mainTs = fileURLToPath(new URL('./main.ts', import.meta.url));
const goldenCase = join(testDataDir, 'golden/cases/mmcv_docs_step_1x_warmup500.json');
const work = mkdtempSync(join(tmpdir(), 'mmcfg-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI in this process, collecting what it writes. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  const io: CliIo = { stderr: (text) => void err.push(text), env: {} };
  const code = await runCli(argv, io);
  vi.restoreAllMocks();
  return { code, stdout: out.join(''), stderr: err.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('mmcfg errors', () => {
  it('prints one line without a stack for an unexpected error, and the stack only with MMCFG_DEBUG=1', async () => {
    const stderr: string[] = [];
    const boom = { crash: async () => ({ run: async (): Promise<number> => { throw new TypeError('cannot read x\nsecond line'); } }) };
    const code = await runCli(['crash'], { stderr: (t) => void stderr.push(t), env: {} }, boom);
    expect(code).toBe(1);
    expect(stderr.join('')).toBe('mmcfg: error: TypeError: cannot read x (set MMCFG_DEBUG=1 for the stack trace)\n');
    const debug = describeFailure(new Error('boom'), 'json', true);
    expect(debug).toMatch(/^mmcfg: error: boom\nError: boom\n\s+at /);
  });

  it('exits 1 with the usage line for a bad flag, a missing argument or an unknown command', async () => {
    const flag = await cli('curves', '--bogus', goldenCase);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toBe('mmcfg curves: error: unknown option --bogus\nusage: mmcfg curves FILE... [--format json|csv] [--stats] [--iters-per-epoch N]\n');
    expect(await cli('json')).toMatchObject({ code: 1, stderr: 'usage: mmcfg json FILE...\n' });
    expect(await cli('export', 'a.py', 'b.py')).toMatchObject({ code: 1, stderr: 'usage: mmcfg export FILE.py [--standalone]\n' });
    expect((await cli('convert', 'a.py', '--to', 'mmdet')).code).toBe(1);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^mmcfg: error: unknown command 'frobnicate'\nusage: mmcfg <command>/);
    expect((await cli('toString')).code).toBe(1);
  });

  it('says what a path is when it is no config file: missing, a directory, a FIFO, binary, not UTF-8', async () => {
    const dir = join(work, 'folder.py');
    mkdirSync(dir, { recursive: true });
    const binary = file('binary.py', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 10, 0x41, 0x00, 0x01, 0xff, 10, 0x00]));
    const latin1 = file('latin1.py', Uint8Array.from([...Buffer.from("x = 1\ny = '"), 0xe9, 0x27, 10]));
    expect(readConfigText(join(work, 'none.py'))).toEqual({ problem: 'was not found', line: 1, column: 1 });
    expect(readConfigText(dir)).toEqual({ problem: 'is a directory, not a config file', line: 1, column: 1 });
    expect(readConfigText(binary)).toMatchObject({ problem: expect.stringMatching(/^is not a text file/), line: 2, column: 2 });
    expect(readConfigText(latin1)).toMatchObject({ problem: expect.stringMatching(/^is not UTF-8 text \(byte 0xe9/), line: 2, column: 6 });
    if (spawnSync('mkfifo', [join(work, 'fifo.py')]).status === 0) {
      expect(readConfigText(join(work, 'fifo.py'))).toMatchObject({ problem: expect.stringMatching(/^is not a regular file/) });
    }
    for (const command of ['json', 'export', 'curves']) {
      const onDir = await cli(command, dir);
      expect(onDir, command).toMatchObject({ code: 1 });
      expect(onDir.stderr, command).toBe(`${dir}:1:1: error: ${dir} is a directory, not a config file\n`);
      const onBinary = await cli(command, binary);
      expect(onBinary.stderr.trim().split('\n'), command).toEqual([`${binary}:2:2: error: ${binary} is not a text file (it holds a NUL byte; a binary file?)`]);
    }
    // `check` walks a directory for leaf configs, prints its findings on stdout with their rule id.
    const onDir = await cli('check', dir);
    expect(onDir).toMatchObject({ code: 1, stdout: `${dir}:1:1: error: ${dir} holds no leaf config (a .py file outside a _base_ folder) [config/no-leaf]\n` });
    const onBinary = await cli('check', binary);
    expect(onBinary.stdout.trim().split('\n')).toEqual([`${binary}:2:2: error: ${binary} is not a text file (it holds a NUL byte; a binary file?) [config/load-error]`]);
    expect((await cli('json', join(work, 'none.py'))).stderr).toBe(`${join(work, 'none.py')}:1:1: error: ${join(work, 'none.py')} was not found\n`);
  });

  it('fails on a missing _base_ in json, export, convert and check, naming the file looked for', async () => {
    const leaf = file('missing/leaf.py', "x = 1\n_base_ = ['./gone.py']\n");
    const gone = join(work, 'missing/gone.py');
    for (const args of [['json', leaf], ['export', leaf], ['export', leaf, '--standalone'], ['convert', leaf, '--to', 'mmengine'], ['check', leaf]]) {
      const run = await cli(...args);
      expect(run.code, args.join(' ')).toBe(1);
      const rule = args[0] === 'check' ? ' \\[config/missing-base\\]' : '';
      expect(`${run.stderr}${run.stdout}`, args.join(' ')).toMatch(new RegExp(`^${leaf}:2:\\d+: error: base config './gone.py' was not found: ${gone}${rule}\\n$`));
    }
    mkdirSync(join(work, 'missing/adir.py'));
    const toDir = file('missing/todir.py', "_base_ = './adir.py'\n");
    expect((await cli('json', toDir)).stderr).toMatch(/error: base config '.\/adir.py' is a directory, not a config file: /);
  });

  it('names the file that holds the line in curves diagnostics from base files', async () => {
    file('chain/a.py', "_base_ = './b.py'\nx = 1\n");
    file('chain/b.py', "y = 2\n_base_ = './c.py'\n");
    file('chain/c.py', "_base_ = './a.py'\n");
    const cycle = await cli('curves', join(work, 'chain/a.py'));
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toMatch(new RegExp(`^${join(work, 'chain/c.py')}:1:1: error: .*circular`));
    expect(JSON.parse(cycle.stdout)).toMatchObject({ file: join(work, 'chain/a.py'), error: expect.stringContaining('chain/c.py:1:1: error:') });
    file('sim/base.py', "optimizer = dict(type='SGD', lr=0.02, momentum=0.9)\n\nlr_config = dict(policy='step')\nrunner = dict(type='EpochBasedRunner', max_epochs=12)\n");
    const leaf = file('sim/leaf.py', "_base_ = './base.py'\noptimizer = dict(lr=0.01)\n");
    const sim = await cli('curves', leaf, '--format', 'csv');
    expect(sim.code).toBe(1);
    expect(sim.stderr).toMatch(new RegExp(`^${join(work, 'sim/base.py')}:3:1: error: `));
  });
});

describe('mmcfg json, check and curves on several files', () => {
  it('json prints one line per file: its config, or its first error located in the file that holds it', async () => {
    const a = file('multi/a.py', "x = dict(a=1, b=[1, 2])\n");
    const b = file('multi/b.py', "_base_ = './a.py'\nx = dict(b=(3,), c=None)\n");
    const broken = file('multi/broken.py', "_base_ = './bad_base.py'\n");
    file('multi/bad_base.py', 'y = = 1\n');
    const run = await cli('json', a, broken, b);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { file: a, config: { x: { a: 1, b: [1, 2] } } },
      { file: broken, error: expect.stringMatching(new RegExp(`^${join(work, 'multi/bad_base.py')}:1:\\d+: error: `)) },
      { file: b, config: { x: { a: 1, b: [3], c: null } } },
    ]);
    // One file keeps the plain dump.
    expect(JSON.parse((await cli('json', b)).stdout)).toEqual({ x: { a: 1, b: [3], c: null } });
  });

  it('check walks directories for leaves (not _base_), prints rule ids, and JSON lines with --format json', async () => {
    file('tree/configs/_base_/sched.py', "optimizer = dict(type='SGD', lr=0.02, momentum=0.9)\nlr_config = dict(policy='step', step=[8, 11])\nrunner = dict(type='EpochBasedRunner', max_epochs=12)\n");
    file('tree/configs/ok/leaf.py', "_base_ = '../_base_/sched.py'\n");
    file('tree/configs/bad/leaf.py', "_base_ = '../_base_/sched.py'\noptimizer = dict(type='AdamW', lr=0.0001)\n");
    const text = await cli('check', join(work, 'tree'));
    expect(text.code).toBe(1);
    const bad = join(work, 'tree/configs/bad/leaf.py');
    // AdamW inherits SGD's momentum from the base: torch raises TypeError (mmpretrain #1587),
    // located in the base file that holds the line.
    const base = join(work, 'tree/configs/_base_/sched.py');
    expect(text.stdout).toContain(`${base}:1:39: error: optimizer.momentum: TypeError: AdamW.__init__() got an unexpected keyword argument 'momentum'.`);
    expect(text.stdout.trim().split('\n').every((l) => /^\S+:\d+:\d+: (error|warning|info): .+ \[[a-z0-9-]+\/[a-z0-9-]+\]$/.test(l))).toBe(true);
    const json = await cli('check', '--format', 'json', join(work, 'tree'));
    expect(json.code).toBe(1);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // The base is checked through its leaves, never as a leaf of its own.
    expect([...new Set(rows.map((r) => r.leaf))]).toEqual([bad]);
    const row = rows.find((r) => r.rule === 'optimizer/unknown-argument');
    expect(Object.keys(row ?? {})).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'message_zh', 'reference', 'fix', 'leaf']);
    expect(row).toMatchObject({ file: base, line: 1, column: 39, severity: 'error', message_zh: expect.stringMatching(/[\u4e00-\u9fff]/), reference: expect.any(String) });
    expect((await cli('check', join(work, 'tree/configs/ok/leaf.py'))).code).toBe(0);
  });

  it('curves says in one line that a test-only config has no training part', async () => {
    const tta = file('tta/rtmdet_tta.py', "tta_model = dict(type='DetTTAModel')\n");
    const run = await cli('curves', tta);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${tta}:1:1: error: this config has no training part: train_dataloader, train_cfg and optim_wrapper are all None or absent (a test or TTA config), so there is no schedule to chart\n`);
  });
});

describe('mmcfg curves output', () => {
  it('streams a long CSV in bounded pieces, each waiting for the pipe', async () => {
    const pieces: number[] = [];
    let rows = 0;
    let last = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      const text = String(chunk);
      pieces.push(text.length);
      rows += text.split('\n').length - 1;
      last = text;
      return true;
    });
    // 12 epochs of 100,000 iterations: 1.2 M rows (at 50 M the one-string CSV threw RangeError).
    expect(await runCli(['curves', goldenCase, '--format', 'csv', '--iters-per-epoch', '100000'], { stderr: () => {}, env: {} })).toBe(0);
    vi.restoreAllMocks();
    expect(rows).toBe(1 + 1_200_000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces)).toBeLessThan(4_000_000);
    expect(last.endsWith('1199999,11,0.00020000000000000004,0.9\n')).toBe(true);
  });

  it('stops quietly with exit 0 when the reader closes the pipe (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainTs, 'curves', goldenCase, '--format', 'csv', '--iters-per-epoch', '100000'], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
