/**
 * Layer-wise learning-rate decay (ConvNeXt, BEiT, MAE backbones). These optimizer constructors
 * replace the default `add_params`: every backbone layer gets its own group with
 * lr × decay_rate^(num_layers + 1 − layer_id), from scale 1 for the heads and necks down to
 * decay_rate^(num_layers + 1) for the stem (mmseg 0.21+ / 1.x and mmdet 2.x / 3.x
 * `LearningRateDecayOptimizerConstructor`: `num_layers = paramwise_cfg.num_layers + 2`,
 * `scale = decay_rate ** (num_layers - layer_id - 1)`; mmseg `LayerDecayOptimizerConstructor`
 * is the same with `layer_decay_rate`). Which layer a parameter lands in depends on the model,
 * which a runtime config does not hold, so the chart draws the scale-1 groups only; this says so.
 */
import { isPyDict } from '../../python/value.ts';
import type { PyDict } from '../../python/value.ts';
import { dictAt, numberAt } from '../pyAccess.ts';
import { text } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

interface LayerDecayConstructor {
  registeredBy: string;
  /** The paramwise_cfg key holding the rate, when the scale formula above is the class's own. */
  rateKey?: string;
}

const CONSTRUCTORS: Readonly<Record<string, LayerDecayConstructor>> = {
  LearningRateDecayOptimizerConstructor: { registeredBy: 'mmseg 0.21+/1.x, mmdet 2.x/3.x and mmselfsup 0.x', rateKey: 'decay_rate' },
  LayerDecayOptimizerConstructor: { registeredBy: 'mmseg 0.x/1.x', rateKey: 'layer_decay_rate' },
  LearningRateDecayOptimWrapperConstructor: { registeredBy: 'mmpretrain 1.x' },
};

const id = 'optimizer/layer-decay-not-charted';
const summary = 'layer-wise lr decay constructor: the chart draws the groups of scale 1 only';
const reference = {
  source: 'mmseg v1.2.2 mmseg/engine/optimizers/layer_decay_optimizer_constructor.py (LearningRateDecayOptimizerConstructor.add_params)',
  url: 'https://github.com/open-mmlab/mmsegmentation/blob/v1.2.2/mmseg/engine/optimizers/layer_decay_optimizer_constructor.py',
};

/** `section` holds `constructor` and `paramwise_cfg`; `optimizerPath` the dict with `lr`. */
function findingAt(config: PyDict, section: string[], optimizerPath: string[]): Finding[] {
  const holder = dictAt(config, section);
  // Own keys only: a plain object answers `.constructor` with Object itself.
  const name = holder !== undefined && Object.hasOwn(holder, 'constructor') ? holder['constructor'] : undefined;
  const known = typeof name === 'string' && Object.hasOwn(CONSTRUCTORS, name) ? CONSTRUCTORS[name] : undefined;
  if (known === undefined) return [];
  const paramwise = isPyDict(holder?.paramwise_cfg) ? holder.paramwise_cfg : undefined;
  const rate = known.rateKey === undefined ? undefined : numberAt(paramwise, known.rateKey);
  const layers = numberAt(paramwise, 'num_layers');
  const lr = numberAt(dictAt(config, optimizerPath), 'lr');
  let stem = { en: '', zh: '' };
  if (rate !== undefined && layers !== undefined && Number.isInteger(layers)) {
    const scale = Number((rate ** (layers + 1)).toPrecision(6));
    const atStart = lr === undefined ? '' : ` (lr ${Number((lr * rate ** (layers + 1)).toPrecision(6))} before any schedule)`;
    const atStartZh = lr === undefined ? '' : `（未经调度时 lr 为 ${Number((lr * rate ** (layers + 1)).toPrecision(6))}）`;
    stem = {
      en: `, down to ${known.rateKey}^${layers + 1} = ${scale} for the stem${atStart}`,
      zh: `，主干最底层（stem）为 ${known.rateKey}^${layers + 1} = ${scale}${atStartZh}`,
    };
  }
  return [
    {
      severity: 'info',
      path: [...section, 'constructor'],
      message: text(
        `constructor='${String(name)}' (registered by ${known.registeredBy}) gives each backbone layer its own learning rate, lr × a power of the decay rate: 1 for the heads${stem.en}. Which layer a parameter belongs to depends on the model, so the chart draws the groups of scale 1 (heads and neck) only.`,
        `constructor='${String(name)}'（由 ${known.registeredBy} 注册）为主干的每一层设置各自的学习率，即 lr 乘以衰减率的幂：头部为 1${stem.zh}。参数属于哪一层取决于模型，因此图表只画出倍率为 1 的参数组（头部与 neck）。`,
      ),
    },
  ];
}

/** MMCV's build_optimizer pops `constructor` and `paramwise_cfg` from `optimizer`. */
export const layerDecayNotChartedMmcv1: Rule = {
  id,
  summary,
  reference,
  check: (input) => findingAt(input.config, ['optimizer'], ['optimizer']),
};

/** MMEngine's build_optim_wrapper pops them from `optim_wrapper`. */
export const layerDecayNotChartedMmengine: Rule = {
  id,
  summary,
  reference,
  check: (input) => findingAt(input.config, ['optim_wrapper'], ['optim_wrapper', 'optimizer']),
};
