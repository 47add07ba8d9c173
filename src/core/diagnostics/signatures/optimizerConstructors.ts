/**
 * Optimizer constructors (`optimizer.constructor` in MMCV 1.x, `optim_wrapper.constructor` in
 * MMEngine): which ones build parameter groups by the default rules the simulators model
 * (`paramwise_cfg.custom_keys`, bias/norm multipliers), and what the others that OpenMMLab codebases
 * register do instead. Shared by both dialects' simulators (they draw the default groups only under
 * a default constructor) and by the diagnostics (which say what is not drawn, and which keys a
 * constructor takes out of the optimizer dict before the optimizer class sees them).
 */
import type { Text } from '../types.ts';

/** Constructors whose groups follow MMCV 1.7.2 / MMEngine 0.10.7's default rules. */
const DEFAULT_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'DefaultOptimizerConstructor',
  'DefaultOptimWrapperConstructor',
  // mmpose 1.x / mmdet 3.x: the default rules, with force_default_settings.
  'ForceDefaultOptimWrapperConstructor',
]);

export interface ConstructorFacts {
  registeredBy: string;
  /**
   * Keys of the MMCV 1.x optimizer dict that never reach the optimizer class: the constructor pops
   * them (and mmselfsup 0.x's own `build_optimizer` pops `paramwise_options`).
   */
  pops: readonly string[];
  /** The groups it makes, in words. */
  groups: Text;
}

const LAYER_DECAY_ZH = '按层衰减学习率';

/** Non-default constructors of the OpenMMLab codebases, by registered name. */
export const CODEBASE_CONSTRUCTORS: ReadonlyMap<string, ConstructorFacts> = new Map<string, ConstructorFacts>([
  [
    'TransformerFinetuneConstructor',
    {
      registeredBy: 'mmselfsup 0.x (mmselfsup/core/optimizer/transformer_finetune_constructor.py)',
      pops: ['model_type', 'layer_decay', 'paramwise_options'],
      groups: {
        en:
          'one group per parameter: with model_type and layer_decay, a ViT has lr × layer_decay^(L+1) for patch_embed, pos_embed and cls_token and lr × layer_decay^(L−i) for backbone.layers.i (L layers); other parameters (the head) keep lr; paramwise_options regexes set the rest (weight_decay=0 for ln, bias...)',
        zh: '每个参数一组：设置 model_type 与 layer_decay 时，ViT 的 patch_embed、pos_embed、cls_token 为 lr × layer_decay^(L+1)，backbone.layers.i 为 lr × layer_decay^(L−i)（L 为层数），其余参数（分类头）保持 lr；paramwise_options 的正则再设置其他值（如 ln、bias 的 weight_decay=0）',
      },
    },
  ],
  [
    'LearningRateDecayOptimizerConstructor',
    {
      registeredBy: 'mmdet 2.x / mmseg 0.x / mmcls 0.x (ConvNeXt, BEiT fine-tuning)',
      pops: [],
      groups: { en: `layer-wise or stage-wise lr decay from paramwise_cfg decay_rate, decay_type and num_layers`, zh: `由 paramwise_cfg 的 decay_rate、decay_type、num_layers ${LAYER_DECAY_ZH}（逐层或逐阶段）` },
    },
  ],
  [
    'LayerDecayOptimizerConstructor',
    {
      registeredBy: 'mmseg 0.x (BEiT)',
      pops: [],
      groups: { en: 'layer-wise lr decay from paramwise_cfg layer_decay_rate and num_layers', zh: `由 paramwise_cfg 的 layer_decay_rate、num_layers ${LAYER_DECAY_ZH}` },
    },
  ],
  [
    'LearningRateDecayOptimWrapperConstructor',
    {
      registeredBy: 'mmselfsup 1.x / mmpretrain 1.x (ViT, BEiT, Swin fine-tuning)',
      pops: [],
      groups: { en: 'layer-wise lr decay from paramwise_cfg layer_decay_rate, and no weight decay for 1-D parameters', zh: `由 paramwise_cfg 的 layer_decay_rate ${LAYER_DECAY_ZH}，一维参数不做权重衰减` },
    },
  ],
  [
    'TSMOptimizerConstructor',
    {
      registeredBy: 'mmaction2 0.x',
      pops: [],
      groups: { en: 'first conv, normal conv/linear, bias and BN groups; with fc_lr5 the last fc layer trains at 5× lr (10× for its bias)', zh: '首层卷积、普通卷积/全连接、偏置与 BN 分组；fc_lr5 时最后的全连接层为 5 倍学习率（偏置 10 倍）' },
    },
  ],
  [
    'TSMOptimWrapperConstructor',
    {
      registeredBy: 'mmaction2 1.x',
      pops: [],
      groups: { en: 'first conv, normal conv/linear, bias and BN groups; with fc_lr5 the last fc layer trains at 5× lr (10× for its bias)', zh: '首层卷积、普通卷积/全连接、偏置与 BN 分组；fc_lr5 时最后的全连接层为 5 倍学习率（偏置 10 倍）' },
    },
  ],
]);

/** The registered name a `constructor` value gives (a lazy-import config may write `mmdet.engine.X`), or undefined when absent. */
export function constructorName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.slice(value.lastIndexOf('.') + 1);
}

/**
 * True when the parameter groups follow the default rules the simulators draw: no `constructor`,
 * or one of the default constructors. Any other constructor makes groups this tool does not model.
 */
export function usesDefaultGroups(constructor: unknown): boolean {
  const name = constructorName(constructor);
  return constructor === undefined || constructor === null || (name !== undefined && DEFAULT_CONSTRUCTORS.has(name));
}

/** Keys of an MMCV 1.x optimizer dict that the named constructor (and its codebase's builder) consume. */
export function constructorPops(constructor: unknown): readonly string[] {
  const name = constructorName(constructor);
  return (name !== undefined && CODEBASE_CONSTRUCTORS.get(name)?.pops) || [];
}
