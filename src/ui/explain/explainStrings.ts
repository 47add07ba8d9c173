/** Strings of the curve explanation, spread into `en.ts` and `zh.ts`. */
export const explainEn = {
  explainHint: 'Hover the curve to see why it has this shape (click to keep it); focus a field to see the stretch it governs.',
  explainPinned: 'kept — click the chart again to let go',
  explainRange: 'iterations {{from}}–{{to}}',
  explainRangeEpochs: 'epoch {{from}} → {{to}}',
} as const;

export const explainZh: { readonly [K in keyof typeof explainEn]: string } = {
  explainHint: '将鼠标移到曲线上，查看这段曲线为何如此（点击可固定）；聚焦某个字段，可看到它所控制的曲线区间。',
  explainPinned: '已固定——再次点击图表即可取消',
  explainRange: '迭代 {{from}}–{{to}}',
  explainRangeEpochs: '第 {{from}} → {{to}} 轮',
};
