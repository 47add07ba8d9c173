import type { FieldMessage } from '../../core/index.ts';
import { useDialect } from '../dialect/useDialect.ts';
import { useStudio, useStudioStoreApi } from '../storeContext.tsx';

const none: FieldMessage[] = [];

/** Every message of the open config (store derivation `diagnostics`); empty while its dialect loads. */
export function useDiagnostics(): FieldMessage[] {
  const derive = useStudioStoreApi().derive;
  const dialect = useDialect(useStudio((s) => s.dialect));
  const config = useStudio((s) => s.config);
  const scheduleBase = useStudio((s) => s.scheduleBase);
  const exportMode = useStudio((s) => s.exportMode);
  const source = useStudio((s) => s.source);
  const itersPerEpoch = useStudio((s) => s.itersPerEpoch);
  if (!dialect) return none;
  return derive.diagnostics({ config, dialect, scheduleBase, exportMode, source, itersPerEpoch });
}
