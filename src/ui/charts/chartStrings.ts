/** Chart strings, spread into `en.ts` and `zh.ts` (kept here so chart work does not touch every locale line). */
export const chartsEn = {
  zoomHint: 'Drag across the chart to zoom to a range; the wheel zooms around the pointer.',
  zoomShowing: 'Iterations {{from}}–{{to}}',
  zoomReset: 'Show the whole run',
  timelineBand: '{{count}} in this stretch',
  itersDatasetSource: 'Train-set size: {{source}}',
  itersDatasetUnknown: 'No known train-set size for this dataset: type the number of images.',
  itersDatasetTyped: 'typed by you',
} as const;

export const chartsZh: { readonly [K in keyof typeof chartsEn]: string } = {
  zoomHint: '在图上拖动选择区间即可放大；滚轮以指针为中心缩放。',
  zoomShowing: '迭代 {{from}}–{{to}}',
  zoomReset: '显示完整训练',
  timelineBand: '此区间共 {{count}} 次',
  itersDatasetSource: '训练集大小：{{source}}',
  itersDatasetUnknown: '此数据集没有已知的训练集大小：请输入图片数量。',
  itersDatasetTyped: '由你输入',
};
