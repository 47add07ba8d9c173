import { useEffect, useState } from 'react';

type SourceTools = typeof import('./sourceTools.ts');

let loading: Promise<SourceTools> | null = null;
let loadedTools: SourceTools | null = null;

/** Starts loading the reader chunk (idempotent); resolves to the module. */
export function loadSourceTools(): Promise<SourceTools> {
  loading ??= import('./sourceTools.ts').then((m) => (loadedTools = m));
  return loading;
}

/** The reader-dependent tools once their chunk has arrived (null until then). */
export function useSourceTools(needed: boolean): SourceTools | null {
  const [tools, setTools] = useState<SourceTools | null>(loadedTools);
  useEffect(() => {
    if (!needed || tools) return;
    let live = true;
    void loadSourceTools().then((m) => live && setTools(m));
    return () => {
      live = false;
    };
  }, [needed, tools]);
  return tools;
}
