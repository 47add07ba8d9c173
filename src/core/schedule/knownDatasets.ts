import type { I18nText } from '../model/fieldSpec.ts';
import type { PyDict, PyValue } from '../python/value.ts';
import { isPyDict, isPyTuple } from '../python/value.ts';

/** A training set whose size is known, with where the number comes from. */
export interface KnownTrainSet {
  id: string;
  /** Shown to the user, e.g. "Cityscapes train". */
  name: string;
  images: number;
  /** Where the number was checked (a file or page anyone can open), in both languages. */
  source: I18nText;
  /** What the loader may do differently from the raw count. */
  note?: I18nText;
}

/**
 * Train-set sizes checked against upstream text (the `source` of each entry). A config's dataset
 * is recognised by its `type` and, where one type covers several sets, its `ann_file`.
 */
export const knownTrainSets = {
  coco2017: {
    id: 'coco2017',
    name: 'COCO 2017 train',
    images: 117266,
    source: { en: 'instances_train2017.json: 118,287 images, 117,266 with at least one annotation (mmdet drops the rest with filter_empty_gt); counts as reported in NVIDIA TAO Mask Grounding DINO notes and a COCO/BDD100K statistics table', zh: 'instances_train2017.json：118,287 张图片，其中 117,266 张至少有一个标注（mmdet 用 filter_empty_gt 丢弃其余）；数字见 NVIDIA TAO Mask Grounding DINO 说明和一份 COCO/BDD100K 统计表' },
  },
  lvisV1: {
    id: 'lvisV1',
    name: 'LVIS v1 train',
    images: 100170,
    source: { en: 'lvis_v1_train.json: 100,170 images (train split of the LVIS Hugging Face loader, winvoker/lvis README)', zh: 'lvis_v1_train.json：100,170 张图片（LVIS Hugging Face 加载器的 train 划分，winvoker/lvis README）' },
    note: { en: 'ClassBalancedDataset repeats rare-class images, so an epoch is longer than this', zh: 'ClassBalancedDataset 会重复稀有类别的图片，一轮实际比这更长' },
  },
  voc2007: {
    id: 'voc2007',
    name: 'VOC2007 trainval',
    images: 5011,
    source: { en: 'VOC2007/ImageSets/Main/trainval.txt: 5,011 images (devkit split counts, e.g. voc_img_num in VOC tooling)', zh: 'VOC2007/ImageSets/Main/trainval.txt：5,011 张图片（devkit 的划分统计，如 VOC 工具中的 voc_img_num）' },
  },
  voc2012: {
    id: 'voc2012',
    name: 'VOC2012 trainval',
    images: 11540,
    source: { en: 'VOC2012/ImageSets/Main/trainval.txt: 11,540 images (devkit README listing: train 5,717 + val 5,823)', zh: 'VOC2012/ImageSets/Main/trainval.txt：11,540 张图片（devkit README 列表：train 5,717 + val 5,823）' },
  },
  cityscapes: {
    id: 'cityscapes',
    name: 'Cityscapes train',
    images: 2975,
    source: { en: 'gtFine train split: 2,975 images (Cityscapes download notes: train 2,975, val 500, test 1,525)', zh: 'gtFine train 划分：2,975 张图片（Cityscapes 下载说明：train 2,975，val 500，test 1,525）' },
    note: { en: 'mmdet skips training images without any instance, so a few fewer may load', zh: 'mmdet 会跳过没有任何实例的训练图片，实际加载的可能略少' },
  },
  ade20k: {
    id: 'ade20k',
    name: 'ADE20K train',
    images: 20210,
    source: { en: 'ADEChallengeData2016 images/training: 20,210 images (CSAIL sceneparsing benchmark README)', zh: 'ADEChallengeData2016 images/training：20,210 张图片（CSAIL sceneparsing 基准 README）' },
  },
  objects365v2: {
    id: 'objects365v2',
    name: 'Objects365 v2 train',
    images: 1742289,
    source: { en: 'zhiyuan_objv2_train.json: 1,742,289 images (Ultralytics Objects365.yaml, train split comment)', zh: 'zhiyuan_objv2_train.json：1,742,289 张图片（Ultralytics Objects365.yaml 中 train 划分的注释）' },
  },
  crowdhuman: {
    id: 'crowdhuman',
    name: 'CrowdHuman train',
    images: 15000,
    source: { en: 'annotation_train.odgt: 15,000 images (CrowdHuman: 15,000 train, 4,370 val, 5,000 test)', zh: 'annotation_train.odgt：15,000 张图片（CrowdHuman：train 15,000，val 4,370，test 5,000）' },
  },
} satisfies Record<string, KnownTrainSet>;

/** What the config's training dataset adds up to, when every part is recognised. */
export interface TrainSetMatch {
  images: number;
  /** The recognised sets, in config order (VOC 07+12 is two). */
  parts: KnownTrainSet[];
  /** `RepeatDataset.times` found while unwrapping (multiplied out). */
  repeatTimes: number;
}

function str(v: PyValue | undefined): string {
  return typeof v === 'string' ? v : '';
}

/** A Python list or tuple's items. */
function itemsOf(v: PyValue | undefined): PyValue[] | null {
  if (Array.isArray(v)) return v;
  return isPyTuple(v) ? v.$tuple : null;
}

function annFiles(d: PyDict): string[] {
  const a = d.ann_file;
  if (typeof a === 'string') return [a];
  return (itemsOf(a) ?? []).filter((x): x is string => typeof x === 'string');
}

/** One plain dataset (no wrapper): the known sets its type and annotation files name. */
function matchPlain(d: PyDict): KnownTrainSet[] | null {
  const type = str(d.type);
  const files = annFiles(d);
  switch (type) {
    case 'CocoDataset':
      return files.length === 1 && /instances_train2017\.json$/.test(files[0] ?? '') ? [knownTrainSets.coco2017] : null;
    case 'LVISV1Dataset':
    case 'LVISDataset':
      return files.every((f) => /lvis_v1_train\.json$/.test(f)) && files.length === 1 ? [knownTrainSets.lvisV1] : null;
    case 'VOCDataset': {
      const parts = files.map((f) => (/VOC2007\/ImageSets\/Main\/trainval\.txt$/.test(f) ? knownTrainSets.voc2007 : /VOC2012\/ImageSets\/Main\/trainval\.txt$/.test(f) ? knownTrainSets.voc2012 : null));
      return parts.length > 0 && parts.every((p) => p !== null) ? (parts as KnownTrainSet[]) : null;
    }
    case 'CityscapesDataset':
      return [knownTrainSets.cityscapes];
    case 'ADE20KPanopticDataset':
    case 'ADE20KInstanceDataset':
    case 'ADE20KDataset':
      return [knownTrainSets.ade20k];
    case 'Objects365V2Dataset':
      return [knownTrainSets.objects365v2];
    case 'CrowdHumanDataset':
      return [knownTrainSets.crowdhuman];
    default:
      return null;
  }
}

/**
 * Recognises a training dataset config (2.x `data.train`, 3.x `train_dataloader.dataset`):
 * unwraps `RepeatDataset` (times multiplied), `ClassBalancedDataset` and `MultiImageMixDataset`
 * (inner set, see each set's note), adds up `ConcatDataset` parts and VOC's list of
 * `ann_file`s. Null when any part is not a set listed in {@link knownTrainSets}.
 */
export function matchTrainSet(dataset: PyValue | undefined): TrainSetMatch | null {
  const list = itemsOf(dataset);
  if (list) {
    // 2.x accepts a list of dataset dicts as an implicit ConcatDataset.
    const all = list.map((d) => matchTrainSet(d));
    if (all.length === 0 || all.some((m) => m === null || m.repeatTimes !== 1)) return null;
    const parts = all.flatMap((m) => m?.parts ?? []);
    return { images: parts.reduce((n, p) => n + p.images, 0), parts, repeatTimes: 1 };
  }
  if (!isPyDict(dataset)) return null;
  const type = str(dataset.type);
  if (type === 'RepeatDataset') {
    const inner = matchTrainSet(dataset.dataset);
    const times = typeof dataset.times === 'number' && Number.isInteger(dataset.times) && dataset.times > 0 ? dataset.times : null;
    return inner && times !== null ? { ...inner, repeatTimes: inner.repeatTimes * times } : null;
  }
  if (type === 'ClassBalancedDataset' || type === 'MultiImageMixDataset') return matchTrainSet(dataset.dataset);
  if (type === 'ConcatDataset') return matchTrainSet(dataset.datasets);
  const parts = matchPlain(dataset);
  return parts ? { images: parts.reduce((n, p) => n + p.images, 0), parts, repeatTimes: 1 } : null;
}
