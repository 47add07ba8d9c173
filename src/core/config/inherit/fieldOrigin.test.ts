import { describe, expect, it } from 'vitest';
import { formBaseLayers, formBases } from '../../dialects/formBases.ts';
import { getAtPath, setAtPath } from '../../model/paths.ts';
import { pyFloat } from '../../python/value.ts';
import { diffAgainstBase } from '../write/diffAgainstBase.ts';
import { fieldOrigin } from './fieldOrigin.ts';

const layers = formBaseLayers('mmcv1', '1x');
const fresh = formBases('mmcv1', '1x');

describe('fieldOrigin', () => {
  it('names the base file that defines the top-level key of an inherited value', () => {
    expect(fieldOrigin(fresh, layers, ['optimizer', 'lr'])).toEqual({ kind: 'inherited', from: 'schedule_1x.py' });
    expect(fieldOrigin(fresh, layers, ['checkpoint_config', 'interval'])).toEqual({ kind: 'inherited', from: 'default_runtime.py' });
    expect(fieldOrigin(formBases('mmcv1', '2x'), formBaseLayers('mmcv1', '2x'), ['runner', 'max_epochs'])).toEqual({ kind: 'inherited', from: 'schedule_2x.py' });
    expect(fieldOrigin(formBases('mmengine', '20e'), formBaseLayers('mmengine', '20e'), ['default_scope'])).toEqual({ kind: 'inherited', from: 'default_runtime.py' });
  });

  it('calls a changed or dropped value set, with the base value to reset to', () => {
    expect(fieldOrigin(setAtPath(fresh, ['optimizer', 'lr'], 0.01), layers, ['optimizer', 'lr'])).toEqual({ kind: 'set', from: 'schedule_1x.py', baseValue: 0.02 });
    expect(fieldOrigin(setAtPath(fresh, ['optimizer', 'momentum'], undefined), layers, ['optimizer', 'momentum'])).toEqual({ kind: 'set', from: 'schedule_1x.py', baseValue: 0.9 });
  });

  it('keeps int and float apart as Python does (warmup_ratio=1 is not 0.001, 12 is not 12.0)', () => {
    expect(fieldOrigin(setAtPath(fresh, ['runner', 'max_epochs'], pyFloat(12)), layers, ['runner', 'max_epochs']).kind).toBe('set');
  });

  it('says own for keys no base has, and for every key under schedule base none but the runtime', () => {
    expect(fieldOrigin(setAtPath(fresh, ['optimizer', 'nesterov'], true), layers, ['optimizer', 'nesterov'])).toEqual({ kind: 'own' });
    expect(fieldOrigin(fresh, formBaseLayers('mmcv1', 'none'), ['optimizer', 'lr'])).toEqual({ kind: 'own' });
    expect(fieldOrigin(fresh, layers, [])).toEqual({ kind: 'own' });
  });

  it('ignores _delete_ markers, which never reach the loaded config', () => {
    const config = setAtPath(fresh, ['optimizer'], { _delete_: true, ...(fresh['optimizer'] as object) });
    expect(fieldOrigin(config, layers, ['optimizer']).kind).toBe('inherited');
  });

  it('agrees with the writer: an inherited field is one the exported child file does not write', () => {
    const edits: [string[], number][] = [[['optimizer', 'lr'], 0.01], [['optimizer', 'weight_decay'], 0.05], [['runner', 'max_epochs'], 24], [['checkpoint_config', 'interval'], 2]];
    const paths = edits.map(([p]) => p);
    for (let mask = 0; mask < 1 << edits.length; mask++) {
      let config = fresh;
      edits.forEach(([p, v], i) => { if (mask & (1 << i)) config = setAtPath(config, p, v); });
      const written = diffAgainstBase(config, fresh).entries;
      for (const p of paths) {
        const inherited = fieldOrigin(config, layers, p).kind === 'inherited';
        expect(inherited, `${p.join('.')} mask=${mask}`).toBe(getAtPath(written, p) === undefined);
      }
    }
  });

  it('the layers of each dialect and schedule base merge to formBases', () => {
    for (const dialect of ['mmcv1', 'mmengine'] as const) {
      for (const id of ['1x', '2x', '20e', 'none'] as const) {
        const merged = Object.assign({}, ...formBaseLayers(dialect, id).map((l) => l.keys));
        expect(merged, `${dialect} ${id}`).toEqual(formBases(dialect, id));
      }
    }
  });
});
