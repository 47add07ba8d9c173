/**
 * The comment headings a written config groups its top-level keys under, in file order.
 * The first two are the ones MMDetection's schedule files use (`# optimizer`,
 * `# learning policy`, with `runner` under the latter).
 */
export const sectionHeadings = [
  { heading: '# optimizer', keys: ['optimizer', 'optimizer_config'] },
  { heading: '# learning policy', keys: ['lr_config', 'momentum_config', 'runner', 'total_epochs'] },
  { heading: '# evaluation', keys: ['evaluation'] },
  {
    heading: '# runtime settings',
    keys: [
      'checkpoint_config', 'log_config', 'custom_hooks', 'dist_params', 'log_level', 'load_from',
      'resume_from', 'workflow', 'opencv_num_threads', 'mp_start_method', 'auto_scale_lr',
      'fp16', 'find_unused_parameters', 'work_dir', 'gpu_ids',
    ],
  },
] as const;

/** Heading for keys the studio does not model (kept from an imported file, or user extras). */
export const otherHeading = '# other settings';

/** Groups top-level keys by heading, headings in `sectionHeadings` order, keys in config order. */
export function groupBySection(keys: readonly string[]): { heading: string; keys: string[] }[] {
  const known = new Map<string, number>();
  sectionHeadings.forEach((s, i) => s.keys.forEach((k) => known.set(k, i)));
  const groups = [...sectionHeadings.map((s) => ({ heading: s.heading as string, keys: [] as string[] })), { heading: otherHeading, keys: [] as string[] }];
  for (const key of keys) groups[known.get(key) ?? sectionHeadings.length]?.keys.push(key);
  return groups.filter((g) => g.keys.length > 0);
}
