/**
 * An optimizer constructor other than the default ones (mmselfsup 0.x TransformerFinetuneConstructor,
 * the layer-decay constructors, mmaction2's TSM one...) makes parameter groups by its own rules,
 * often from the model's layer names and depth, which a config editor cannot see. The simulators
 * then draw the optimizer's own group only; this says so, so a missing or single curve is not read
 * as what every parameter gets.
 */
import { getKey, type PyDict } from '../../python/value.ts';
import { dictAt } from '../pyAccess.ts';
import { CODEBASE_CONSTRUCTORS, constructorName, usesDefaultGroups } from '../signatures/optimizerConstructors.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

function findings(section: PyDict | undefined, path: string[]): Finding[] {
  // Own keys only: a dict made in code has Object's `constructor` on its prototype.
  const value = section === undefined ? undefined : getKey(section, 'constructor');
  if (value === undefined || usesDefaultGroups(value)) return [];
  const name = constructorName(value) ?? String(value);
  const facts = CODEBASE_CONSTRUCTORS.get(name);
  const what = facts
    ? text(`${name} (${facts.registeredBy}) makes its own parameter groups: ${facts.groups.en}.`, `${name}（${facts.registeredBy}）自行构建参数组：${facts.groups.zh}。`)
    : text(`${name} is not a constructor this tool models: the parameter groups it makes are unknown here.`, `${name} 不是本工具建模的构造器：其构建的参数组在此未知。`);
  return [
    {
      severity: 'info',
      path,
      message: text(
        `${what.en} These groups are not drawn: the charts show the optimizer's own lr and momentum (parameters no group rule changes).`,
        `${what.zh}这些参数组未绘制：图表只显示优化器自身的学习率和动量（不受分组规则影响的参数）。`,
      ),
    },
  ];
}

const notModelled = {
  id: 'optimizer/constructor-not-modelled',
  summary: 'a non-default optimizer constructor whose parameter groups are not drawn',
  reference: {
    source: 'mmselfsup v0.11.0 mmselfsup/core/optimizer/transformer_finetune_constructor.py; mmcv v1.7.2 mmcv/runner/optimizer/builder.py (build_optimizer)',
    url: 'https://github.com/open-mmlab/mmselfsup/blob/v0.11.0/mmselfsup/core/optimizer/transformer_finetune_constructor.py',
  },
};

/** MMCV 1.x: `optimizer.constructor`. */
export const constructorNotModelledMmcv1: Rule = {
  ...notModelled,
  check: (input) => findings(dictAt(input.config, ['optimizer']), ['optimizer', 'constructor']),
};

/** MMEngine: `optim_wrapper.constructor`. */
export const constructorNotModelledMmengine: Rule = {
  ...notModelled,
  check: (input) => findings(dictAt(input.config, ['optim_wrapper']), ['optim_wrapper', 'constructor']),
};
