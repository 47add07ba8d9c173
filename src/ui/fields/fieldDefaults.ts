import { formatFieldValue, getSection, type FieldSpec, type PyDict } from '../../core/index.ts';

/** MMCV's default for a field as text, or null when MMCV has none. */
export function formatDefault(spec: FieldSpec, config: PyDict): string | null {
  const d = spec.mmcvDefaultFor ? spec.mmcvDefaultFor(getSection(config, spec.path), config) : undefined;
  const value = d !== undefined ? d : spec.mmcvDefault;
  return value === undefined ? null : formatFieldValue(spec, value);
}
