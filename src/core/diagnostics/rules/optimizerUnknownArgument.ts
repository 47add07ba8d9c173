import { optimizerPathMmcv1, optimizerPathMmengine } from '../facts.ts';
import type { Rule } from '../types.ts';
import { unknownArgumentFindings } from './unknownArguments.ts';

/** A torch optimizer given a keyword its `__init__` lacks (`momentum` for AdamW) raises TypeError when training starts. */
const optimizerArgs = {
  id: 'optimizer/unknown-argument',
  summary: 'optimizer arguments the torch class does not accept, including keys inherited across a type change',
  reference: { source: 'mmpretrain issue #1587 (SGD momentum inherited by AdamW)', url: 'https://github.com/open-mmlab/mmpretrain/issues/1587' },
};

export const optimizerUnknownArgumentMmcv1: Rule = { ...optimizerArgs, check: (input) => unknownArgumentFindings(input, 'optimizer', [...optimizerPathMmcv1]) };

export const optimizerUnknownArgumentMmengine: Rule = { ...optimizerArgs, check: (input) => unknownArgumentFindings(input, 'optimizer', [...optimizerPathMmengine]) };
