/**
 * The comment headings a written 3.x config groups its top-level keys under, in file order:
 * those of MMDetection 3.3's schedule files, then the runtime keys of default_runtime.py.
 */
export const sectionHeadingsV3: readonly { heading: string; keys: readonly string[] }[] = [
  { heading: '# training schedule', keys: ['train_cfg', 'val_cfg', 'test_cfg'] },
  { heading: '# learning rate', keys: ['param_scheduler'] },
  { heading: '# optimizer', keys: ['optim_wrapper'] },
  { heading: '# automatic LR scaling', keys: ['auto_scale_lr'] },
  {
    heading: '# runtime settings',
    keys: ['default_scope', 'default_hooks', 'custom_hooks', 'env_cfg', 'vis_backends', 'visualizer', 'log_processor', 'log_level', 'load_from', 'resume', 'randomness', 'work_dir'],
  },
];

/** Heading for keys the studio does not model (kept from an imported file, or user extras). */
export const otherHeadingV3 = '# other settings';

/** Groups top-level keys by heading, headings in `sectionHeadingsV3` order, keys in config order. */
export function groupBySectionV3(keys: readonly string[]): { heading: string; keys: string[] }[] {
  const known = new Map<string, number>();
  sectionHeadingsV3.forEach((s, i) => s.keys.forEach((k) => known.set(k, i)));
  const groups = [...sectionHeadingsV3.map((s) => ({ heading: s.heading, keys: [] as string[] })), { heading: otherHeadingV3, keys: [] as string[] }];
  for (const key of keys) groups[known.get(key) ?? sectionHeadingsV3.length]?.keys.push(key);
  return groups.filter((g) => g.keys.length > 0);
}
