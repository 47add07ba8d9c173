import { describe, expect, it } from 'vitest';
import { buildCsvHeader, curvesToCsv } from './curvesCsv.ts';

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('curvesToCsv', () => {
  it('writes a header and one row per iteration with 1-based epochs', () => {
    const parts = curvesToCsv({
      itersPerEpoch: 2,
      lr: f64([0.001, 0.02, 0.02, 0.002, 0.1 + 0.2]),
      momentum: f64([0.9, 0.9, 0.9, 0.9, 0.9]),
      extraGroups: [{ customKey: 'backbone', lr: f64([0.0001, 0.002, 0.002, 0.0002, 1e-7]), momentum: f64([0.9, 0.9, 0.9, 0.9, 0.9]) }],
    });
    expect(parts.join('')).toBe(
      [
        'iteration,epoch,lr,momentum,backbone_lr,backbone_momentum',
        '0,1,0.001,0.9,0.0001,0.9',
        '1,1,0.02,0.9,0.002,0.9',
        '2,2,0.02,0.9,0.002,0.9',
        '3,2,0.002,0.9,0.0002,0.9',
        '4,3,0.30000000000000004,0.9,1e-7,0.9',
        '',
      ].join('\n'),
    );
  });

  it('leaves out missing momentum columns and quotes odd keys', () => {
    const curves = { itersPerEpoch: 10, lr: f64([1]), momentum: null, extraGroups: [{ customKey: 'a,"b"', lr: f64([0.5]), momentum: null }] };
    expect(buildCsvHeader(curves)).toBe('iteration,epoch,lr,"a,""b""_lr"\n');
    expect(curvesToCsv(curves).join('')).toBe('iteration,epoch,lr,"a,""b""_lr"\n0,1,1,0.5\n');
  });

  it('splits rows into chunks that join to the same text, epochs right across chunk edges', () => {
    const lr = Float64Array.from({ length: 25 }, (_, i) => i / 10);
    const curves = { itersPerEpoch: 7, lr, momentum: null, extraGroups: [] };
    const one = curvesToCsv(curves, 1000);
    const many = curvesToCsv(curves, 4);
    expect(many).toHaveLength(1 + Math.ceil(25 / 4));
    expect(many.join('')).toBe(one.join(''));
    const rows = one.join('').trim().split('\n').slice(1);
    rows.forEach((row, i) => {
      const [iter, epoch, value] = row.split(',');
      expect(Number(iter)).toBe(i);
      expect(Number(epoch)).toBe(Math.floor(i / 7) + 1);
      expect(Number(value)).toBe(lr[i]);
    });
  });

  it('writes floats that read back to the same doubles', () => {
    const lr = f64([0.02 * 0.1 * 0.1, 1 / 3, 5e-324, 1.7976931348623157e308, 0]);
    const text = curvesToCsv({ itersPerEpoch: 1, lr, momentum: null, extraGroups: [] }).join('');
    const back = text.trim().split('\n').slice(1).map((r) => Number(r.split(',')[2]));
    expect(back).toEqual([...lr]);
  });

  it('rejects columns of different lengths', () => {
    expect(() => curvesToCsv({ itersPerEpoch: 1, lr: f64([1, 2]), momentum: f64([1]), extraGroups: [] })).toThrow(/length/);
  });

  it('builds 1.5 million rows with an extra group', () => {
    const n = 1_500_000;
    const lr = new Float64Array(n);
    const momentum = new Float64Array(n);
    const backbone = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      lr[i] = 0.02 * 0.5 * (1 + Math.cos((Math.PI * i) / n));
      momentum[i] = 0.9;
      backbone[i] = lr[i]! * 0.1;
    }
    const started = performance.now();
    const parts = curvesToCsv({ itersPerEpoch: 10_000, lr, momentum, extraGroups: [{ customKey: 'backbone', lr: backbone, momentum }] });
    const ms = performance.now() - started;
    const bytes = parts.reduce((s, p) => s + p.length, 0);
    console.log(`curvesToCsv: ${n.toLocaleString('en-US')} rows, ${parts.length} chunks, ${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
    expect(parts.length).toBe(1 + Math.ceil(n / 65_536));
    const last = parts[parts.length - 1]!.trim().split('\n').pop();
    expect(last?.startsWith(`${n - 1},150,`)).toBe(true);
  });
});
