/**
 * Names for the fixture configs in the gallery. Upstream file names pack backbone, GPUs ×
 * batch, schedule and dataset into one token soup; a person scanning a list wants
 * "DETR R50 150e", so known files get a written title and unknown ones a derived one.
 */

/** Model family by the config folder upstream keeps it in (`configs/<folder>/`). */
const familyByFolder: Record<string, string> = {
  atss: 'ATSS',
  cascade_rcnn: 'Cascade R-CNN',
  centernet: 'CenterNet',
  convnext: 'ConvNeXt',
  ddq: 'DDQ',
  deformable_detr: 'Deformable DETR',
  detr: 'DETR',
  dino: 'DINO',
  faster_rcnn: 'Faster R-CNN',
  fcos: 'FCOS',
  gfl: 'GFL',
  mask2former: 'Mask2Former',
  mask_rcnn: 'Mask R-CNN',
  retinanet: 'RetinaNet',
  rtmdet: 'RTMDet',
  solo: 'SOLO',
  sparse_rcnn: 'Sparse R-CNN',
  ssd: 'SSD',
  strongsort: 'YOLOX',
  swin: 'Swin',
  tood: 'TOOD',
  vfnet: 'VFNet',
  yolo: 'YOLOv3',
  yolox: 'YOLOX',
};

/** Families that a file name overrides within a shared folder. */
const familyByFilePrefix: Record<string, string> = {
  ssdlite: 'SSDLite',
};

const titleByFile: Record<string, string> = {
  atss_r50_fpn_1x_coco: 'ATSS R50 FPN 1x',
  cascade_mask_rcnn_r50_fpn_20e_coco: 'Cascade Mask R-CNN R50 FPN 20e',
  'cascade-mask-rcnn_r50_fpn_20e_coco': 'Cascade Mask R-CNN R50 FPN 20e',
  centernet_resnet18_dcnv2_140e_coco: 'CenterNet R18 DCNv2 140e',
  'mask_rcnn_convnext-t_p4_w7_fpn_fp16_ms-crop_3x_coco': 'Mask R-CNN ConvNeXt-T FP16 3x',
  'ddq-detr-4scale_r50_8xb2-12e_coco': 'DDQ DETR 4-scale R50 12e',
  deformable_detr_r50_16x2_50e_coco: 'Deformable DETR R50 50e',
  'deformable-detr_r50_16xb2-50e_coco': 'Deformable DETR R50 50e',
  detr_r50_8x2_150e_coco: 'DETR R50 150e',
  'detr_r50_8xb2-150e_coco': 'DETR R50 150e',
  detr_r50_8xb2_150e_coco: 'DETR R50 150e',
  'dino-4scale_r50_8xb2-12e_coco': 'DINO 4-scale R50 12e',
  faster_rcnn_r50_fpn_1x_coco: 'Faster R-CNN R50 FPN 1x',
  'faster-rcnn_r50_fpn_1x_coco': 'Faster R-CNN R50 FPN 1x',
  'faster-rcnn_r50-caffe_fpn_ms-1x_coco': 'Faster R-CNN R50-caffe multi-scale 1x',
  'faster-rcnn_r50-caffe_fpn_ms-2x_coco': 'Faster R-CNN R50-caffe multi-scale 2x',
  'faster-rcnn_r50_fpn_amp-1x_coco': 'Faster R-CNN R50 FPN AMP 1x',
  'fcos_r50_caffe_fpn_gn-head_1x_coco': 'FCOS R50-caffe GN-head 1x',
  gfl_r50_fpn_1x_coco: 'GFL R50 FPN 1x',
  'mask2former_r50_lsj_8x2_50e_coco-panoptic': 'Mask2Former R50 panoptic 50e',
  'mask2former_swin-t-p4-w7-224_lsj_8x2_50e_coco-panoptic': 'Mask2Former Swin-T panoptic 50e',
  mask_rcnn_r50_fpn_1x_coco: 'Mask R-CNN R50 FPN 1x',
  'mask-rcnn_r50_fpn_1x-wandb_coco': 'Mask R-CNN R50 FPN 1x (W&B logging)',
  retinanet_r50_fpn_1x_coco: 'RetinaNet R50 FPN 1x',
  retinanet_r50_fpn_90k_coco: 'RetinaNet R50 FPN 90k iterations',
  'rtmdet-ins_l_8xb32-300e_coco': 'RTMDet-Ins-L 300e',
  'rtmdet-ins_x_8xb16-300e_coco': 'RTMDet-Ins-X 300e',
  'rtmdet_l_8xb32-300e_coco': 'RTMDet-L 300e',
  rtmdet_l_8xb32_300e_coco: 'RTMDet-L 300e',
  solo_r50_fpn_1x_coco: 'SOLO R50 FPN 1x',
  sparse_rcnn_r50_fpn_1x_coco: 'Sparse R-CNN R50 FPN 1x',
  ssd300_coco: 'SSD300 24e',
  ssdlite_mobilenetv2_scratch_600e_coco: 'SSDLite MobileNetV2 600e',
  'mask_rcnn_swin-t-p4-w7_fpn_1x_coco': 'Mask R-CNN Swin-T 1x',
  'mask-rcnn_swin-t-p4-w7_fpn_1x_coco': 'Mask R-CNN Swin-T 1x',
  tood_r50_fpn_1x_coco: 'TOOD R50 FPN 1x',
  vfnet_r50_fpn_1x_coco: 'VFNet R50 FPN 1x',
  'yolov3_d53_mstrain-608_273e_coco': 'YOLOv3 DarkNet-53 608 273e',
  yolox_s_8x8_300e_coco: 'YOLOX-S 300e',
  'yolox_s_8xb8-300e_coco': 'YOLOX-S 300e',
  'yolox_x_8xb8-300e_coco': 'YOLOX-X 300e',
  'yolox_x_8xb4-80e_crowdhuman-mot17halftrain_test-mot17halfval': 'YOLOX-X 80e CrowdHuman + MOT17',
};

export interface ConfigNames {
  family: string;
  title: string;
  /** False when the title was derived from the file name (the build script warns). */
  known: boolean;
}

function splitPath(repoPath: string): { folder: string; stem: string } {
  const parts = repoPath.split('/');
  const file = parts[parts.length - 1] ?? repoPath;
  return { folder: parts[parts.length - 2] ?? '', stem: file.replace(/\.py$/, '') };
}

/** Family and display title of an upstream config, from its repository path. */
export function describeConfigPath(repoPath: string): ConfigNames {
  const { folder, stem } = splitPath(repoPath);
  const prefixFamily = Object.entries(familyByFilePrefix).find(([p]) => stem.startsWith(p))?.[1];
  const family = prefixFamily ?? familyByFolder[folder] ?? folder;
  const written = titleByFile[stem];
  if (written !== undefined) return { family, title: written, known: true };
  return { family, title: `${family} ${stem.replace(/[_-]+/g, ' ')}`, known: false };
}
