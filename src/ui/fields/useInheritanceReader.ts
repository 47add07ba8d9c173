import { useEffect, useState } from 'react';
import type { InheritanceReader } from '../../store/derivations/fieldInheritance.ts';
import { useStudio } from '../storeContext.tsx';

let loading: Promise<InheritanceReader> | null = null;
let loaded: InheritanceReader | null = null;

/**
 * The chunk that tells an imported file's inherited fields from set ones (it needs the Python
 * reader): loaded once the open config is an imported file, null until it has arrived.
 */
export function useInheritanceReader(): InheritanceReader | null {
  const needed = useStudio((s) => s.source !== null);
  const [reader, setReader] = useState<InheritanceReader | null>(loaded);
  useEffect(() => {
    if (!needed || reader) return;
    let live = true;
    loading ??= import('../../core/entries/inheritance.ts').then((m) => (loaded = m));
    void loading.then((m) => live && setReader(m));
    return () => {
      live = false;
    };
  }, [needed, reader]);
  return reader;
}
