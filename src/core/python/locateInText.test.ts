import { describe, expect, it } from 'vitest';
import { fieldLocator } from './locateInText.ts';

const text = ["_base_ = ['../_base_/schedules/schedule_1x.py']", '', 'optimizer = dict(', "    type='AdamW',", '    lr=0.0001)', "lr_config = dict(policy='Cosine')", ''].join('\n');

describe('fieldLocator', () => {
  const locate = fieldLocator(text);
  it('finds the entry a path names, on its own line and column', () => {
    expect(locate(['lr_config', 'policy'])).toMatchObject({ line: 6, column: 18, endLine: 6 });
    expect(locate(['optimizer', 'type'])).toMatchObject({ line: 4, column: 5 });
  });
  it('falls back to the deepest part written (an inherited key marks its dict)', () => {
    expect(locate(['optimizer', 'momentum'])).toMatchObject({ line: 3, column: 1, endLine: 5 });
  });
  it('is undefined for a field the text does not write', () => {
    expect(locate(['runner', 'max_epochs'])).toBeUndefined();
  });
});
