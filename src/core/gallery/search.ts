import { readScheduleFacts } from './scheduleFacts.ts';
import type { GalleryPreset } from './types.ts';
import { dialectInfo } from '../dialects/info.ts';

/**
 * Chinese words people type for schedule vocabulary, keyed by a lower-case fragment of the
 * English name they stand for (`余弦` finds CosineAnnealing, CosineAnnealingLR, FlatCosine...).
 */
const zhByFragment: readonly [string, readonly string[]][] = [
  ['cosine', ['余弦', '余弦退火']],
  ['step', ['阶梯', '多步', '分段', '步进衰减']],
  ['linear', ['线性']],
  ['exp', ['指数']],
  ['quadratic', ['二次']],
  ['poly', ['多项式']],
  ['constant', ['常数', '恒定']],
  ['onecycle', ['单周期']],
  ['cyclic', ['循环']],
  ['warmup', ['预热', '热身']],
  // mmdet 3.x writes its warmups as a LinearLR that ends after a few hundred iterations.
  ['linearlr', ['预热', '热身']],
  ['sgd', ['随机梯度下降']],
  ['adam', ['自适应']],
];

/** The task a config trains, in Chinese, from its path (the gallery has no other task field). */
function describeTaskZh(preset: GalleryPreset): string {
  const p = preset.sourcePath.toLowerCase();
  if (p.includes('panoptic')) return '全景分割';
  if (p.includes('mot17') || p.includes('crowdhuman')) return '多目标跟踪 目标检测';
  if (/mask|solo|-ins_/.test(p)) return '实例分割';
  if (preset.family === 'Schedule base') return '训练计划 基础配置';
  return '目标检测';
}

function buildHaystack(preset: GalleryPreset): string {
  const facts = readScheduleFacts(preset.config, preset.dialect);
  const english = [
    preset.title,
    preset.family,
    preset.sourcePath,
    preset.id,
    preset.mmdetVersion ?? '',
    preset.codebase ? `${preset.codebase.name} ${preset.codebase.repository} ${preset.codebase.version}` : '',
    dialectInfo(preset.dialect).searchWords,
    preset.lazy ? 'lazy import' : '',
    facts.length?.unit === 'iter' ? 'iteration-based' : 'epoch-based',
  ]
    .join('\n')
    .toLowerCase();
  const schedule = [facts.optimizer ?? '', ...facts.typeNames].join('\n').toLowerCase();
  const zh = [...new Set(zhByFragment.filter(([fragment]) => schedule.includes(fragment)).flatMap(([, words]) => words))];
  zh.push(describeTaskZh(preset), facts.length?.unit === 'iter' ? '按迭代' : '按轮');
  return `${english}\n${schedule}\n${zh.join(' ')}`;
}

const haystacks = new WeakMap<GalleryPreset, string>();

function haystackOf(preset: GalleryPreset): string {
  let text = haystacks.get(preset);
  if (text === undefined) {
    text = buildHaystack(preset);
    haystacks.set(preset, text);
  }
  return text;
}

/**
 * The presets matching every whitespace-separated word of `query`, case-insensitively, in
 * their given order. Words are looked for in title, family, source path, optimizer type, lr
 * policy / scheduler class names, dialect ("2.x", "mmengine") and Chinese terms for the
 * schedule and task ("余弦", "预热", "实例分割"). An empty query returns every preset.
 */
export function searchGallery(query: string, presets: readonly GalleryPreset[]): GalleryPreset[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...presets];
  return presets.filter((p) => {
    const text = haystackOf(p);
    return words.every((w) => text.includes(w));
  });
}
