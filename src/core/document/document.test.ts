import { describe, expect, it } from 'vitest';
import { defaultDocument, documentFields, documentFromSaved, documentToSaved, sameDocument } from './document.ts';
import { documentSchema } from './documentSchema.ts';
import { encodeWirePyValue } from '../share/wirePyValue.ts';
import { reprPy } from '../python/repr.ts';
import { readPython } from '../python/read.ts';

describe('the open document', () => {
  it('lists exactly the fields its schema has (undo and comparisons cannot drift from it)', () => {
    expect([...documentFields].sort()).toEqual(Object.keys(documentSchema.parse(defaultDocument())).sort());
  });

  it('the default document passes its schema', () => {
    expect(documentSchema.safeParse(defaultDocument()).success).toBe(true);
  });

  it.each([['a b'], ['text'], ['__x'], ['_base_']])('refuses the top-level key %j', (key) => {
    const r = documentSchema.safeParse({ ...defaultDocument(), config: { [key]: 1 } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/cannot be Python names/);
  });

  it('a saved entry from before the 3.x dialect opens as 2.x with no source; saving it back keeps its fields', () => {
    const old = { config: { a: 1 }, name: 'x', scheduleBase: '1x' as const, exportMode: 'inherit' as const };
    const doc = documentFromSaved(old);
    expect(doc).toEqual({ ...old, dialect: 'mmcv1', source: null });
    expect(documentToSaved(doc)).toEqual({ ...old, dialect: 'mmcv1' });
    expect(documentFromSaved(documentToSaved(doc))).toEqual(doc);
  });

  it('sameDocument compares each field by identity', () => {
    const a = defaultDocument();
    expect(sameDocument(a, { ...a })).toBe(true);
    expect(sameDocument(a, { ...a, config: { ...a.config } })).toBe(false);
  });

  it('a config with non-string dict keys (mmpose keypoint_info) passes the schema through its wire form, unchanged', () => {
    const read = readPython("dataset_info = dict(keypoint_info={0: dict(name='nose'), 1.5: (1, 2)}, m={(0, None): True})\n");
    expect(read.diagnostics).toEqual([]);
    const doc = { ...defaultDocument(), config: { ...defaultDocument().config, ...read.value } };
    const wire = JSON.parse(JSON.stringify({ ...doc, config: encodeWirePyValue(doc.config) })) as unknown;
    const back = documentSchema.parse(wire);
    expect(reprPy(back.config.dataset_info ?? null)).toBe("{'keypoint_info': {0: {'name': 'nose'}, 1.5: (1, 2)}, 'm': {(0, None): True}}");
  });
});
