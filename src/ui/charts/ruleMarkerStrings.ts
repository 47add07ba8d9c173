/** Strings of the rule markers on the lr chart, spread into `en.ts` and `zh.ts`. */
export const ruleMarkersEn = {
  ruleMarkerTitle: '{{message}} (iteration {{iteration}}; {{rule}})',
} as const;

export const ruleMarkersZh: { readonly [K in keyof typeof ruleMarkersEn]: string } = {
  ruleMarkerTitle: '{{message}}（迭代 {{iteration}}；{{rule}}）',
};
