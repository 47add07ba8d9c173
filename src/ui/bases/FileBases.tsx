import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSource } from '../../core/index.ts';

/**
 * An imported file's own `_base_` list, read-only: its export keeps the file's text, so a
 * schedule dropdown would do nothing there. The reader loads on demand (as an import does).
 */
export function FileBases({ source }: { source: DocumentSource }) {
  const { t } = useTranslation();
  const [bases, setBases] = useState<readonly string[] | null>(null);
  useEffect(() => {
    let current = true;
    void import('../../core/entries/loader.ts').then(({ loadConfig, createMemoryFs }) => {
      const loaded = loadConfig(source.entry, createMemoryFs(source.files));
      if (current) setBases(loaded.bases.filter((b) => b.from === source.entry).map((b) => b.written));
    });
    return () => {
      current = false;
    };
  }, [source]);
  return (
    <span className="file-bases">
      {t('fileBases')}{' '}
      <span data-testid="file-bases">{bases === null ? '…' : bases.length === 0 ? t('fileBasesNone') : bases.join(', ')}</span>
    </span>
  );
}
