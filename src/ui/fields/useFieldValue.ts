import { getAtPath, type PyValue } from '../../core/index.ts';
import { useStudio } from '../storeContext.tsx';

/** The current value at a config path; stable as long as that part of the config is unchanged. */
export function useFieldValue(path: readonly string[]): PyValue | undefined {
  return useStudio((s) => getAtPath(s.config, path));
}
