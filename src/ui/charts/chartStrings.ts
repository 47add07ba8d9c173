/** Chart strings, spread into `en.ts` and `zh.ts` (kept here so chart work does not touch every locale line). */
export const chartsEn = {
  zoomHint: 'Drag across the chart to zoom to a range; the wheel zooms around the pointer.',
  zoomShowing: 'Iterations {{from}}–{{to}}',
  zoomReset: 'Show the whole run',
  timelineBand: '{{count}} in this stretch',
  itersDatasetSource: 'Train-set size: {{source}}',
  itersDatasetKnown: 'Train-set size: {{source}}, {{images}} images',
  itersDatasetRepeats: '× {{times}} (RepeatDataset times)',
  itersDatasetCitation: '. Source: ',
  itersDirectLabel: 'Batches per epoch',
  itersDatasetUnknown: 'No known train-set size in this config: COCO 2017 train (117,266 images) is assumed; type the number of images.',
  itersDatasetTyped: 'typed by you',
  shapeFromConfig: 'From the config',
  shapeUseConfig: 'Use {{name}} ({{images}} images)',
} as const;

export const chartsZh: { readonly [K in keyof typeof chartsEn]: string } = {
  zoomHint: '在图上拖动选择区间即可放大；滚轮以指针为中心缩放。',
  zoomShowing: '迭代 {{from}}–{{to}}',
  zoomReset: '显示完整训练',
  timelineBand: '此区间共 {{count}} 次',
  itersDatasetSource: '训练集大小：{{source}}',
  itersDatasetKnown: '训练集大小：{{source}}，{{images}} 张图片',
  itersDatasetRepeats: '× {{times}}（RepeatDataset 的 times）',
  itersDatasetCitation: '。来源：',
  itersDirectLabel: '每轮批次数',
  itersDatasetUnknown: '此配置中没有已知大小的训练集：按 COCO 2017 train（117,266 张）计算；可输入图片数量。',
  itersDatasetTyped: '由你输入',
  shapeFromConfig: '来自配置',
  shapeUseConfig: '改用 {{name}}（{{images}} 张图片）',
};
