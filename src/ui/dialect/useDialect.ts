import { useEffect, useState } from 'react';
import { loadDialect, loadedDialect, type Dialect, type DialectId } from '../../core/index.ts';

/** The dialect module of `id` (the core registry picks it); null while its chunk is still loading. */
export function useDialect(id: DialectId): Dialect | null {
  const ready = loadedDialect(id);
  const [, setLoaded] = useState<Dialect | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadDialect(id).then((d) => live && setLoaded(d));
    return () => {
      live = false;
    };
  }, [id, ready]);
  return ready ?? null;
}
