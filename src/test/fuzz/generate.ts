/**
 * Seeded generators for the hostile-input families of issue 14 (deep chains, brackets, spreads of
 * big lists, cyclic and deep values, format specs, prototype keys, big ints, base fan-out and bad
 * base paths) plus mutations of real configs. Same seed, same inputs: a failure replays.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { basesByPathV2 } from '../../core/config/builtinBases/v2.ts';
import { basesByPathV3 } from '../../core/config/builtinBases/v3.ts';

export interface FuzzInput {
  family: string;
  /** Files by absolute path; `root` is the one loaded. */
  files: Record<string, string>;
  root: string;
}

/** mulberry32: small, fast, seedable. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** A count spread over orders of magnitude: 1..max, small values as likely as huge ones. */
  size(max: number): number {
    return Math.max(1, Math.floor(Math.exp(this.next() * Math.log(max))));
  }
}

const root = '/fuzz/main.py';
const one = (family: string, text: string): FuzzInput => ({ family, files: { [root]: text }, root });

const chainUnits = ['1+', '[0]', 'a.', 'f()', 'lambda:', '1 if 1 else ', '2**', '-', 'not ', '(', '[', '{', '{1:', 'x[', 'dict(a=', '*', '1<'];
function chains(r: Rng): FuzzInput {
  const unit = r.pick(chainUnits);
  const n = r.size(20_000);
  const head = unit === '[0]' || unit === '()' ? 'x = y' : 'x = ';
  return one('chain', `${head}${unit.repeat(n)}${r.pick(['1', '', ')', ']'])}\n`);
}

function brackets(r: Rng): FuzzInput {
  const open = r.pick(['(', '[', '{', '(((', "f'{", '"""']);
  return one('brackets', `x = ${open.repeat(r.size(150_000))}\n`);
}

function spreads(r: Rng): FuzzInput {
  const n = r.size(400_000);
  const templates = [
    `x = [0]*${n}\nx += x\n`,
    `y = [*'x'*${n}]\n`,
    `z = [0]*${n}\nz.extend(z)\n`,
    `w = [0]*${n}\nv = w*${r.size(10)}\n`,
    `a = list(range(${n}))\nb = dict(zip(map, a))\n`,
    `a = [0]*${n}\nb = (*a, *a)\nc = max(*a)\n`,
    `s = 'ab'*${n}\nt = s + s + s\nu = s.split('a')\n`,
    `d = {str(i): i for i in range(${n})}\ne = {**d, **d}\n`,
    `a = [0]*${n}\nb = [x for x in a for y in a]\n`,
  ];
  return one('spread', r.pick(templates));
}

function cyclic(r: Rng): FuzzInput {
  const n = r.size(20_000);
  const templates = [
    'x = []\nx.append(x)\n',
    "d = {}\nd['self'] = d\n",
    'x = []\ny = [x]\nx.append(y)\nz = str(x)\n',
    `x = []\n${'x = [x]\n'.repeat(n)}`,
    `x = {}\n${'x = dict(a=x)\n'.repeat(Math.min(n, 5000))}y = x == x\n`,
    `x = [0]\n${'x = [x, x]\n'.repeat(Math.min(n, 200))}`,
    "d = dict(a=1)\nd.update(b=d)\ne = f'{d}'\n",
    'x = []\nx.append(x)\ny = x == x\nz = x in x\n',
    `x = ()\n${'x = (x,)\n'.repeat(Math.min(n, 3000))}`,
  ];
  return one('cyclic-deep', r.pick(templates));
}

function formats(r: Rng): FuzzInput {
  const value = r.pick(['1', '1.5', '-0.0', '15', "'s'", '2**60', '1e300', "float('inf')", '0.125', 'True', 'None']);
  const width = r.next() < 0.5 ? '' : String(r.size(1_000_000_000));
  const prec = r.next() < 0.4 ? '' : `.${r.size(1_000_000)}`;
  const spec = `${r.pick(['', '>', '<', '^', '=', '*^', '0'])}${r.pick(['', '+', ' '])}${width}${r.pick(['', ',', '_'])}${prec}${r.pick(['', 'f', 'e', 'g', '%', 'd', 'x', 's', 'E', 'n'])}`;
  const nested = r.next() < 0.2 ? `{w}` : '';
  return one('format', `w = ${r.size(100_000)}\nx = f'{${value}:${spec}${nested}}'\ny = x * 2\n`);
}

const protoKeys = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', '$float', '$tuple', '$int', '$ref', 'module', '__defineGetter__', 'prototype'];
function prototype(r: Rng): FuzzInput {
  const k = (): string => `'${r.pick(protoKeys)}'`;
  const lines = ['x = {}', `y = {${k()}: 1, ${k()}: {${k()}: 2}}`];
  for (let i = r.int(1, 6); i > 0; i--) {
    lines.push(
      r.pick([
        `x[${k()}] = {}`,
        `x[${k()}][${k()}] = 1`,
        `z = x.get(${k()})`,
        `z = x.get(${k()}, {})`,
        `z = x.setdefault(${k()}, {})`,
        `z[${k()}] = 0`,
        `x.update({${k()}: y})`,
        `x.update(dict(**y))`,
        `z = x.pop(${k()}, None)`,
        `z = ${k()} in x`,
        `del x[${k()}]`,
        `y = dict(${r.pick(['__proto__', 'constructor', 'toString'])}=1)`,
        `y = {k: 1 for k in [${k()}, ${k()}]}`,
        `z = y[${k()}]`,
        `z = {**x, ${k()}: x}`,
        `x = y.copy()`,
        `z = _base_.${r.pick(protoKeys.filter((p) => !p.startsWith('$')))}`,
        `z = list(x.keys()) + list(y.items())`,
      ]),
    );
  }
  return one('prototype', `${lines.join('\n')}\n`);
}

function bigInts(r: Rng): FuzzInput {
  const operand = (): string => r.pick(['2**53', '2**53 + 1', '-(2**64)', '9007199254740993', '0xFFFFFFFFFFFFFFFFFF', '7', '-3', '10**30', '1.5', 'True']);
  const op = r.pick(['+', '-', '*', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '==', '/']);
  return one('big-int', `seed = ${operand()} ${op} ${operand()}\nx = [seed, f'{seed}', str(seed), -seed if seed else seed]\ny = ${r.pick(['2**10**9', '10**4400', '1 << 10**7', '2**64', String(r.size(1e18))])}\n`);
}

function bases(r: Rng): FuzzInput {
  const fan = r.int(1, 30);
  const depth = r.int(1, 4);
  const files: Record<string, string> = {};
  for (let level = 0; level < depth; level++) {
    for (let i = 0; i < fan; i++) {
      const names = level === depth - 1 ? [] : Array.from({ length: fan }, (_, j) => `'./l${level + 1}_${j}.py'`);
      const odd = r.next() < 0.05 ? [r.pick(["'/dev/zero'", "'/dev/stdin'", "'./fifo'", "'../../etc/passwd'", "'./main.py'", "'./l0_0.py'"])] : [];
      files[`/fuzz/l${level}_${i}.py`] = `_base_ = [${[...names, ...odd].join(', ')}]\nk${level}_${i} = dict(v=${i})\n`;
    }
  }
  files[root] = `_base_ = ['./l0_0.py'${r.next() < 0.3 ? ", '/dev/zero'" : ''}]\nk = {{_base_.k0_0}}\n`;
  return { family: 'base-fan-out', files, root };
}

function soup(r: Rng): FuzzInput {
  const tokens = ['(', ')', '[', ']', '{', '}', ',', ':', '=', '+', '*', '**', '.', 'x', 'dict', '1', '1.5', "'s'", 'f"{x}"', '\n', ' ', 'lambda', 'if', 'else', 'for', 'in', '_base_', '__proto__', 'import', 'with', '\t', '\\', '#', '"""', '\0', '\uFFFF'];
  let text = '';
  for (let i = r.size(2000); i > 0; i--) text += r.pick(tokens);
  return one('token-soup', text);
}

/** Real config files: the built-in bases and the repository's MMDetection fixtures (test-data/). */
function loadCorpus(): { files: Record<string, string>; roots: string[] }[] {
  const out: { files: Record<string, string>; roots: string[] }[] = [];
  for (const map of [basesByPathV2, basesByPathV3]) {
    for (const [path, text] of Object.entries(map)) out.push({ files: { [root]: text }, roots: [root, path] });
  }
  const candidates = [join(process.cwd(), 'test-data')];
  for (const dir of candidates) {
    const base = dir === undefined ? undefined : [join(dir, 'fixtures/mmdet/v2'), join(dir, 'fixtures/mmdet/v3'), join(dir, 'mmdet/v2'), join(dir, 'mmdet/v3')].filter((d) => existsSync(d));
    if (!base || base.length === 0) continue;
    for (const b of base) {
      const files: Record<string, string> = {};
      const walk = (d: string): void => {
        for (const name of readdirSync(d)) {
          const p = join(d, name);
          if (statSync(p).isDirectory()) walk(p);
          else if (name.endsWith('.py')) files[`/fx/${relative(b, p)}`] = readFileSync(p, 'utf8');
        }
      };
      walk(b);
      const roots = Object.keys(files).filter((p) => !p.includes('/_base_/'));
      out.push({ files, roots });
    }
    break;
  }
  return out;
}

let corpus: ReturnType<typeof loadCorpus> | undefined;

function mutate(r: Rng, text: string): string {
  let out = text;
  for (let i = r.int(1, 4); i > 0; i--) {
    const at = r.int(0, out.length);
    const len = r.size(200);
    switch (r.int(0, 5)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + len);
        break;
      case 1:
        out = out.slice(0, at + len) + out.slice(at, at + len) + out.slice(at + len);
        break;
      case 2:
        out = out.slice(0, at);
        break;
      case 3:
        out = out.slice(0, at) + r.pick(['(', ')', '[', ']', "'", '"', '\n    ', '**', '__proto__', '{{_base_.x}}', '2**53+1', "['__proto__']", '.copy()', '\0']) + out.slice(at);
        break;
      case 4: {
        const b = r.int(0, out.length);
        out = out.slice(0, at) + out.slice(b, b + len) + out.slice(at);
        break;
      }
      default:
        out = out.replace(/\d+/, String(r.size(1e12)));
    }
  }
  return out;
}

function realMutation(r: Rng): FuzzInput {
  corpus ??= loadCorpus();
  const entry = r.pick(corpus);
  const target = r.pick(entry.roots.filter((p) => entry.files[p] !== undefined));
  const files = { ...entry.files, [target]: mutate(r, entry.files[target] ?? '') };
  return { family: 'real-config-mutation', files, root: target };
}

const families = [chains, brackets, spreads, cyclic, formats, prototype, bigInts, bases, soup, realMutation, realMutation, realMutation];

/** The `index`-th input of the run seeded with `seed` (each input has its own stream, so any one replays alone). */
export function generateInput(seed: number, index: number): FuzzInput {
  const r = new Rng((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  return r.pick(families)(r);
}
